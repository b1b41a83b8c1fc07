package cymru.cylch.people.web;

import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Agreeing an outcome through the API, within the page's limits ({@link OutcomeForm}). {@code confirmedAsOutcome}:
 * the worker confirms the words are what the person wants to achieve, when the outcome helper reads them as an
 * output, a process or an input (otherwise 422 {@code outcome.confirm.<kind>}).
 */
record OutcomeRequest(
        @MultiLineText @NotBlank @Size(max = OutcomeForm.LONGEST_STATEMENT) String statement,
        @NotBlank @Size(max = LONGEST_DOMAIN) String domain,
        @SingleLineText @Size(max = OutcomeForm.LONGEST_DETAIL) @Nullable String indicator,
        @SingleLineText @Size(max = OutcomeForm.LONGEST_DETAIL) @Nullable String baseline,
        @Nullable LocalDate targetDate,
        @SingleLineText @Size(max = OutcomeForm.LONGEST_DETAIL) @Nullable String contributors,
        @Nullable Boolean genuine,
        @Nullable Boolean realistic,
        @Nullable Boolean confirmedAsOutcome) {

    /** Longer than any framework domain's key ({@code wales-nof/health}); the service refuses unknown ones. */
    private static final int LONGEST_DOMAIN = 100;

    static final String EXAMPLE = """
            {"statement": "I want to get to chapel on Sundays and see my friends there",
             "domain": "wales-nof/relationships", "indicator": "Goes to chapel most Sundays",
             "baseline": "Has not been since the winter", "targetDate": "2027-06-30",
             "contributors": "Her son drives her; the provider helps her get ready", "genuine": true,
             "realistic": true, "confirmedAsOutcome": false}""";

    boolean confirmed() {
        return Boolean.TRUE.equals(confirmedAsOutcome);
    }

    OutcomeAgreement agreement() {
        return new OutcomeAgreement(statement, domain, indicator, baseline, targetDate, contributors,
                Boolean.TRUE.equals(genuine), Boolean.TRUE.equals(realistic));
    }
}
