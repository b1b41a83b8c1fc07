package cymru.cylch.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One change in a provider's standing with a council, kept for good (the table is append-only): who, when, from
 * which status to which, why, and the evidence and dates as they were made.
 */
@Entity
@Table(name = "provider_standing_change")
public class StandingChange {

    @Id
    private UUID id;

    @Column(name = "standing_id")
    private UUID standingId;

    @Column(name = "council_id")
    private UUID councilId;

    @Column(name = "provider_id")
    private UUID providerId;

    @Enumerated(EnumType.STRING)
    private StandingStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable StandingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private StandingStatus toStatus;

    private @Nullable String reason;

    private @Nullable String evidence;

    @Column(name = "accredited_until")
    private @Nullable LocalDate accreditedUntil;

    @Column(name = "suspended_from")
    private @Nullable LocalDate suspendedFrom;

    @Column(name = "suspended_until")
    private @Nullable LocalDate suspendedUntil;

    @Column(name = "changed_by")
    private @Nullable UUID changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    /** Made by the database, in the order the changes were made. */
    @Column(name = "sequence", insertable = false, updatable = false)
    private @Nullable Long sequence;

    protected StandingChange() {
        // for JPA
    }

    /** The change just made to the standing, from the status it had before. */
    StandingChange(UUID id, ProviderStanding standing, StandingStep step, @Nullable StandingStatus fromStatus,
                   @Nullable String reason, @Nullable UUID by, Instant now) {
        this.id = id;
        this.standingId = standing.id();
        this.councilId = standing.councilId();
        this.providerId = standing.providerId();
        this.step = step;
        this.fromStatus = fromStatus;
        this.toStatus = standing.status();
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        boolean accreditation = step == StandingStep.ACCREDITED || step == StandingStep.RENEWED;
        this.evidence = accreditation ? standing.evidence() : null;
        this.accreditedUntil = accreditation ? standing.accreditedUntil() : null;
        this.suspendedFrom = step == StandingStep.SUSPENDED ? standing.suspendedFrom() : null;
        this.suspendedUntil = step == StandingStep.SUSPENDED ? standing.suspendedUntil() : null;
        this.changedBy = by;
        this.changedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public UUID councilId() {
        return councilId;
    }

    public StandingStep step() {
        return step;
    }

    public @Nullable StandingStatus fromStatus() {
        return fromStatus;
    }

    public StandingStatus toStatus() {
        return toStatus;
    }

    public @Nullable String reason() {
        return reason;
    }

    public @Nullable String evidence() {
        return evidence;
    }

    public @Nullable LocalDate accreditedUntil() {
        return accreditedUntil;
    }

    public @Nullable LocalDate suspendedFrom() {
        return suspendedFrom;
    }

    public @Nullable LocalDate suspendedUntil() {
        return suspendedUntil;
    }

    public @Nullable UUID changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
