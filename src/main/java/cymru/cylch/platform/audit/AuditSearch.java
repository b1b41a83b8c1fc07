package cymru.cylch.platform.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A filter over one organisation's audit log. The organisation is not optional: auditors see only the
 * log of the organisation they act for.
 */
public record AuditSearch(
        UUID organisationId,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable AuditAction action,
        @Nullable String username,
        @Nullable String recordType,
        @Nullable String recordId,
        int page,
        int pageSize) {

    public AuditSearch {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("pageSize must be between 1 and 500");
        }
    }
}
