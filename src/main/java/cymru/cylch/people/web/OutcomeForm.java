package cymru.cylch.people.web;

import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Agreeing one personal outcome. */
record OutcomeForm(
        @MultiLineText @NotBlank @Size(max = LONGEST_STATEMENT) String statement,
        // Asked for beside the helper's verdict when it reads the words as something other than an outcome.
        @Nullable Boolean confirmedAsOutcome,
        @NotBlank String domain,
        @SingleLineText @Size(max = LONGEST_DETAIL) @Nullable String indicator,
        @SingleLineText @Size(max = LONGEST_DETAIL) @Nullable String baseline,
        @Nullable Integer targetDay,
        @Nullable Integer targetMonth,
        @Nullable Integer targetYear,
        @SingleLineText @Size(max = LONGEST_DETAIL) @Nullable String contributors,
        @Nullable Boolean genuine,
        @Nullable Boolean realistic) {

    static final int LONGEST_STATEMENT = 1000;
    /** The indicator, baseline and contributors; the API takes no more than the page. */
    static final int LONGEST_DETAIL = 1000;

    static OutcomeForm blank() {
        return new OutcomeForm("", false, "", null, null, null, null, null, null, false, false);
    }

    void validate(Errors errors) {
        var target = new DateParts(targetDay, targetMonth, targetYear);
        if (!target.blank() && target.toDate().isEmpty()) {
            FormErrors.reject(errors, "targetDay", "outcome.targetDate.invalid");
        }
    }

    /** The words as typed so far and the confirmation as ticked, for the helper beside them. */
    static OutcomeForm typing(String statement, boolean confirmed) {
        return new OutcomeForm(statement, confirmed, "", null, null, null, null, null, null, false, false);
    }

    /** The worker confirms the words are what the person wants to achieve, whatever the helper reads them as. */
    boolean confirmed() {
        return Boolean.TRUE.equals(confirmedAsOutcome);
    }

    OutcomeAgreement agreement() {
        return new OutcomeAgreement(statement, domain, indicator, baseline,
                new DateParts(targetDay, targetMonth, targetYear).toDate().orElse(null), contributors,
                Boolean.TRUE.equals(genuine), Boolean.TRUE.equals(realistic));
    }
}
