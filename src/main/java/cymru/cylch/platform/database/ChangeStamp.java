package cymru.cylch.platform.database;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who created a record and when, and who last changed it and when: embedded in every entity that people
 * change. The user ids are absent for what Cylch itself does (demo data, the first administrator).
 * Columns: {@code created_at, created_by, updated_at, updated_by}.
 */
@Embeddable
public record ChangeStamp(
        @Column(name = "created_at", nullable = false, updatable = false) Instant createdAt,
        @Column(name = "created_by", updatable = false) @Nullable UUID createdBy,
        @Column(name = "updated_at", nullable = false) Instant updatedAt,
        @Column(name = "updated_by") @Nullable UUID updatedBy) {

    public static ChangeStamp created(@Nullable UUID by, Instant now) {
        return new ChangeStamp(now, by, now, by);
    }

    public ChangeStamp changed(@Nullable UUID by, Instant now) {
        return new ChangeStamp(createdAt, createdBy, now, by);
    }
}
