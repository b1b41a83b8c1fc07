package cymru.cylch.people.web;

import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A carer or another person who matters to the person. */
record ContactForm(
        @SingleLineText @NotBlank @Size(max = 200) String name,
        @SingleLineText @NotBlank @Size(max = 100) String relationship,
        @Nullable Boolean carer,
        @Pattern(regexp = "^[0-9 +()-]{0,30}$") @Nullable String telephone,
        @SingleLineText @Size(max = 1000) @Nullable String notes) {

    static ContactForm blank() {
        return new ContactForm("", "", false, null, null);
    }
}
