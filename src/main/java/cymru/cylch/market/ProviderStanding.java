package cymru.cylch.market;

import cymru.cylch.platform.database.ChangeStamp;
import cymru.cylch.platform.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A council's relationship with one provider: its status now, the evidence and expiry of its accreditation and
 * any suspension. Each change is checked here (what makes sense from which status, with which dates) and kept
 * for good as a {@link StandingChange}; this row only says where things stand.
 */
@Entity
@Table(name = "provider_standing")
public class ProviderStanding {

    @Id
    private UUID id;

    @Column(name = "council_id")
    private UUID councilId;

    @Column(name = "provider_id")
    private UUID providerId;

    @Enumerated(EnumType.STRING)
    private StandingStatus status;

    private @Nullable String evidence;

    @Column(name = "accredited_until")
    private @Nullable LocalDate accreditedUntil;

    @Column(name = "suspension_reason")
    private @Nullable String suspensionReason;

    @Column(name = "suspended_from")
    private @Nullable LocalDate suspendedFrom;

    @Column(name = "suspended_until")
    private @Nullable LocalDate suspendedUntil;

    @Embedded
    private ChangeStamp stamp;

    @Version
    private @Nullable Long version;

    protected ProviderStanding() {
        // for JPA
    }

    /** A provider's application to a council. */
    ProviderStanding(UUID id, UUID councilId, UUID providerId, @Nullable UUID by, Instant now) {
        this.id = id;
        this.councilId = councilId;
        this.providerId = providerId;
        this.status = StandingStatus.APPLIED;
        this.stamp = ChangeStamp.created(by, now);
    }

    /** An applied provider is accredited, with the evidence seen and the date the accreditation runs to. */
    StandingStep accredit(String evidence, LocalDate until, String reason, LocalDate today) {
        notRemoved();
        if (status != StandingStatus.APPLIED) {
            throw new RuleViolationException("market.standing.alreadyAccredited");
        }
        checkAccreditation(evidence, until, reason, today);
        this.status = StandingStatus.ACCREDITED;
        this.evidence = evidence.strip();
        this.accreditedUntil = until;
        return StandingStep.ACCREDITED;
    }

    /** An accredited (or suspended) provider's accreditation runs on, with new evidence; a suspension stays. */
    StandingStep renew(String evidence, LocalDate until, String reason, LocalDate today) {
        notRemoved();
        if (status == StandingStatus.APPLIED) {
            throw new RuleViolationException("market.standing.notAccredited");
        }
        checkAccreditation(evidence, until, reason, today);
        this.evidence = evidence.strip();
        this.accreditedUntil = until;
        return StandingStep.RENEWED;
    }

    /** Stops new work from a day (today if none is given), until a day or until lifted. */
    StandingStep suspend(String reason, @Nullable LocalDate from, @Nullable LocalDate until, LocalDate today) {
        notRemoved();
        if (status == StandingStatus.APPLIED) {
            throw new RuleViolationException("market.standing.notAccredited");
        }
        if (status == StandingStatus.SUSPENDED) {
            throw new RuleViolationException("market.standing.alreadySuspended");
        }
        requireReason(reason);
        LocalDate starts = from == null ? today : from;
        if (starts.isBefore(today)) {
            throw new RuleViolationException("market.standing.from.past");
        }
        if (until != null && until.isBefore(starts)) {
            throw new RuleViolationException("market.standing.until.beforeFrom");
        }
        this.status = StandingStatus.SUSPENDED;
        this.suspensionReason = reason.strip();
        this.suspendedFrom = starts;
        this.suspendedUntil = until;
        return StandingStep.SUSPENDED;
    }

    /** Ends a suspension at once; the accreditation is as it was. */
    StandingStep lift(String reason) {
        notRemoved();
        if (status != StandingStatus.SUSPENDED) {
            throw new RuleViolationException("market.standing.notSuspended");
        }
        requireReason(reason);
        this.status = StandingStatus.ACCREDITED;
        this.suspensionReason = null;
        this.suspendedFrom = null;
        this.suspendedUntil = null;
        return StandingStep.SUSPENSION_LIFTED;
    }

    /** Takes the provider off the council's list for good. */
    StandingStep remove(String reason) {
        notRemoved();
        requireReason(reason);
        this.status = StandingStatus.REMOVED;
        return StandingStep.REMOVED;
    }

    void changed(@Nullable UUID by, Instant now) {
        this.stamp = stamp.changed(by, now);
    }

    /** Whether the provider may take new work from the council on the day ({@link NewWorkPolicy}). */
    public boolean mayTakeNewWork(LocalDate day) {
        return NewWorkPolicy.mayTakeNewWork(status, accreditedUntil, suspendedFrom, suspendedUntil, day);
    }

    /** Whether a suspension covers the day (a suspension from a later day, or one that has run out, does not). */
    public boolean suspendedOn(LocalDate day) {
        return NewWorkPolicy.suspendedOn(status, suspendedFrom, suspendedUntil, day);
    }

    /** Whether the accreditation ran out before the day. */
    public boolean expiredOn(LocalDate day) {
        return accreditedUntil != null && accreditedUntil.isBefore(day);
    }

    private static void checkAccreditation(String evidence, LocalDate until, String reason, LocalDate today) {
        if (evidence == null || evidence.isBlank()) {
            throw new RuleViolationException("market.standing.evidence.missing");
        }
        if (until == null) {
            throw new RuleViolationException("market.standing.expiry.missing");
        }
        if (until.isBefore(today)) {
            throw new RuleViolationException("market.standing.expiry.past");
        }
        requireReason(reason);
    }

    private static void requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("market.standing.reason.missing");
        }
    }

    private void notRemoved() {
        if (status == StandingStatus.REMOVED) {
            throw new RuleViolationException("market.standing.removed");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID councilId() {
        return councilId;
    }

    public UUID providerId() {
        return providerId;
    }

    public StandingStatus status() {
        return status;
    }

    public @Nullable String evidence() {
        return evidence;
    }

    public @Nullable LocalDate accreditedUntil() {
        return accreditedUntil;
    }

    public @Nullable String suspensionReason() {
        return suspensionReason;
    }

    public @Nullable LocalDate suspendedFrom() {
        return suspendedFrom;
    }

    public @Nullable LocalDate suspendedUntil() {
        return suspendedUntil;
    }

    public ChangeStamp stamp() {
        return stamp;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
