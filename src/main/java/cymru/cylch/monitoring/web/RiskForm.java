package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.ProviderRisks;
import cymru.cylch.monitoring.RegulatorRating;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the council records of a provider's risk, as typed. */
record RiskForm(@NotNull @Nullable RegulatorRating rating, @Size(max = 10) @Nullable String ratedOn,
                @NotNull @Min(0) @Max(1000) @Nullable Integer safeguardingConcerns,
                @MultiLineText @Size(max = 2000) @Nullable String note) {

    static RiskForm of(ProviderRisks.@Nullable Inputs inputs) {
        return inputs == null ? new RiskForm(null, null, 0, null) : new RiskForm(inputs.rating(),
                inputs.ratedOn() == null ? null : inputs.ratedOn().toString(), inputs.safeguardingConcerns(),
                inputs.note());
    }

    ProviderRisks.Inputs inputs() {
        return new ProviderRisks.Inputs(rating == null ? RegulatorRating.NOT_RATED : rating,
                ActionRow.date(ratedOn), safeguardingConcerns == null ? 0 : safeguardingConcerns,
                ActionRow.text(note));
    }
}
