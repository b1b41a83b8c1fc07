package cymru.cylch.platform.audit.web;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditSearch;
import cymru.cylch.platform.web.Dates;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit search form, bound from the query string so a filtered view can be bookmarked and shared. */
record AuditFilter(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
        @Nullable AuditAction action,
        @SingleLineText @Size(max = 100) @Nullable String username,
        @SingleLineText @Size(max = 100) @Nullable String recordType,
        @SingleLineText @Size(max = 100) @Nullable String recordId,
        @Nullable Integer page) {

    static final int PAGE_SIZE = 50;

    AuditSearch toSearch(UUID organisationId) {
        return new AuditSearch(organisationId,
                from == null ? null : from.atStartOfDay(Dates.UK).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Dates.UK).toInstant(),
                action, username, recordType, recordId,
                page == null || page < 0 ? 0 : page, PAGE_SIZE);
    }

    boolean datesOutOfOrder() {
        return from != null && to != null && to.isBefore(from);
    }
}
