package cymru.cylch.platform.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the audit log as read back. It names records by type and id; it never holds their content. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        @Nullable UUID actorUserId,
        @Nullable String actorUsername,
        @Nullable UUID organisationId,
        AuditAction action,
        @Nullable String recordType,
        @Nullable String recordId,
        @Nullable String reason,
        AuditChannel channel) {
}
