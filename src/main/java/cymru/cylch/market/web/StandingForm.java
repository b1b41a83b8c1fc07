package cymru.cylch.market.web;

import cymru.cylch.market.StandingStep;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A commissioner's change to a provider's standing: what to do, and what that needs (evidence and expiry to
 * accredit or renew; from and until to suspend) and, always, the reason.
 */
record StandingForm(
        @Nullable StandingStep step,
        @MultiLineText @Size(max = 2000) @Nullable String evidence,
        @Nullable Integer expiryDay,
        @Nullable Integer expiryMonth,
        @Nullable Integer expiryYear,
        @Nullable Integer fromDay,
        @Nullable Integer fromMonth,
        @Nullable Integer fromYear,
        @Nullable Integer untilDay,
        @Nullable Integer untilMonth,
        @Nullable Integer untilYear,
        @MultiLineText @Size(max = 2000) @Nullable String reason) {

    static StandingForm blank() {
        return new StandingForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Checks what the service cannot be asked about: a step chosen, dates that are real dates. */
    void validate(Errors errors) {
        if (step == null || step == StandingStep.APPLIED) {
            FormErrors.reject(errors, "step", "market.standing.step.missing");
        }
        date(errors, expiry(), "expiryDay", "market.standing.expiry.invalid");
        date(errors, from(), "fromDay", "market.standing.from.invalid");
        date(errors, until(), "untilDay", "market.standing.until.invalid");
    }

    private static void date(Errors errors, DateParts parts, String field, String code) {
        if (!parts.blank() && parts.toDate().isEmpty()) {
            FormErrors.reject(errors, field, code);
        }
    }

    DateParts expiry() {
        return new DateParts(expiryDay, expiryMonth, expiryYear);
    }

    DateParts from() {
        return new DateParts(fromDay, fromMonth, fromYear);
    }

    DateParts until() {
        return new DateParts(untilDay, untilMonth, untilYear);
    }

    static @Nullable LocalDate dateOf(DateParts parts) {
        return parts.toDate().orElse(null);
    }

    String evidenceText() {
        return evidence == null ? "" : evidence;
    }

    String reasonText() {
        return reason == null ? "" : reason;
    }
}
