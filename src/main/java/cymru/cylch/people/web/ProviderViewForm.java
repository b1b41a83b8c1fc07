package cymru.cylch.people.web;

import cymru.cylch.people.Rating;
import cymru.cylch.people.SupportedPeople;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A provider's view of progress on an outcome: the rating it would give and what it saw. */
record ProviderViewForm(
        @NotNull @Nullable Rating rating,
        @MultiLineText @NotBlank @Size(max = SupportedPeople.LONGEST_SEEN) String seen) {

    static ProviderViewForm blank() {
        return new ProviderViewForm(null, "");
    }
}
