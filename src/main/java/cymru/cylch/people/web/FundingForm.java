package cymru.cylch.people.web;

import cymru.cylch.people.FundingRuling;
import cymru.cylch.people.FundingVerdict;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.TypedAmounts;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A funding decision as the decider gives it: the verdict, the amount agreed (with changes) and the reasons. */
record FundingForm(
        // Checked in validate, with words that say what to choose.
        @Nullable FundingVerdict verdict,
        // Kept as typed and read in validate, so that "£1,2x0" can be shown back with its error.
        @Size(max = 20) @Nullable String approvedWeeklyAmount,
        @MultiLineText @Size(max = 2000) @Nullable String reasons) {

    static FundingForm blank() {
        return new FundingForm(null, null, null);
    }

    void validate(Errors errors) {
        if (verdict == null) {
            FormErrors.reject(errors, "verdict", "funding.verdict.missing");
        }
        if (approvedWeeklyAmount != null && !approvedWeeklyAmount.isBlank()) {
            BigDecimal amount = TypedAmounts.parse(approvedWeeklyAmount);
            if (amount == null || amount.scale() > 2) {
                FormErrors.reject(errors, "approvedWeeklyAmount", "funding.amount.number");
            }
        }
        if (reasons == null || reasons.isBlank()) {
            FormErrors.reject(errors, "reasons", "funding.reasons.missing");
        }
    }

    /** Only after {@link #validate} found nothing wrong. */
    FundingRuling ruling() {
        return new FundingRuling(verdict, TypedAmounts.parse(approvedWeeklyAmount), reasons);
    }
}
