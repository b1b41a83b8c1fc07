package cymru.cylch.platform.audit.web;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditSearch;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.Dates;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The audit search form, bound from the query string so a filtered view can be bookmarked and shared. The dates
 * are typed as day, month and year (the GOV.UK date input), so they read the UK way in either language rather
 * than as the browser's own date picker would show them.
 */
record AuditFilter(
        @Nullable Integer fromDay, @Nullable Integer fromMonth, @Nullable Integer fromYear,
        @Nullable Integer toDay, @Nullable Integer toMonth, @Nullable Integer toYear,
        @Nullable AuditAction action,
        @SingleLineText @Size(max = 100) @Nullable String username,
        @SingleLineText @Size(max = 100) @Nullable String recordType,
        @SingleLineText @Size(max = 100) @Nullable String recordId,
        @Nullable Integer page) {

    static final int PAGE_SIZE = 50;

    /** The first day searched, if one is given. */
    @Nullable LocalDate from() {
        return new DateParts(fromDay, fromMonth, fromYear).toDate().orElse(null);
    }

    /** The last day searched, if one is given. */
    @Nullable LocalDate to() {
        return new DateParts(toDay, toMonth, toYear).toDate().orElse(null);
    }

    /** A date partly typed or not a real date; then dates out of order. */
    void validate(Errors errors) {
        boolean fromTyped = typed(errors, "from", new DateParts(fromDay, fromMonth, fromYear));
        boolean toTyped = typed(errors, "to", new DateParts(toDay, toMonth, toYear));
        LocalDate from = from();
        LocalDate to = to();
        if (fromTyped && toTyped && from != null && to != null && to.isBefore(from)) {
            FormErrors.reject(errors, "toDay", "audit.filter.to.beforeFrom");
        }
    }

    /** Whether the date is blank or real; if not, says so against its day (once: not again after a day of letters). */
    private static boolean typed(Errors errors, String prefix, DateParts date) {
        if (date.blank() || date.toDate().isPresent()) {
            return true;
        }
        // The date input shows its day's error beside the three boxes.
        if (!errors.hasFieldErrors(prefix + "Day")) {
            FormErrors.reject(errors, prefix + "Day", "audit.filter.date.invalid");
        }
        return false;
    }

    AuditSearch toSearch(UUID organisationId) {
        LocalDate from = from();
        LocalDate to = to();
        return new AuditSearch(organisationId,
                from == null ? null : from.atStartOfDay(Dates.UK).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Dates.UK).toInstant(),
                action, username, recordType, recordId,
                page == null || page < 0 ? 0 : page, PAGE_SIZE);
    }
}
