package cymru.cylch.contracts.web;

import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The last day of support under an agreement, as three boxes, and why it ends. */
record AgreementEndForm(@Nullable Integer lastDay, @Nullable Integer lastMonth, @Nullable Integer lastYear,
                        @NotBlank @MultiLineText @Size(max = 2000) @Nullable String reason) {

    static AgreementEndForm blank() {
        return new AgreementEndForm(null, null, null, null);
    }
}
