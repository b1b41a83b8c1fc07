package cymru.cylch.payments;

import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.payments.ClaimEvent.Action;
import cymru.cylch.payments.OutcomeClaim.Decision;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome claims. A provider's staff claim an outcome of the rate card for a person they support under an agreement
 * ({@link ClaimRules}); each outcome (each stage) once per agreement, so of identical claims made at once one is
 * stored and the rest are told it exists. The council's care managers and team managers verify or reject them;
 * a seeded share of those verified goes to a second check by someone other than the verifier before it counts.
 * No one verifies a claim they made. A rejected claim may be resubmitted by the provider with new evidence. Every
 * step is kept in the claim's history and audited in both organisations' logs.
 */
@Service
@Transactional
@EnableConfigurationProperties(ClaimSettings.class)
public class ClaimManagement {

    /** The most claims one list shows; older ones are reached by status. */
    public static final int LIST_LIMIT = 500;

    private final OutcomeClaims claims;
    private final RateCards cards;
    private final ServiceAgreementManagement agreements;
    private final ClaimSettings settings;
    private final AuditLog audit;
    private final Today today;

    ClaimManagement(OutcomeClaims claims, RateCards cards, ServiceAgreementManagement agreements,
                    ClaimSettings settings, AuditLog audit, Today today) {
        this.claims = claims;
        this.cards = cards;
        this.agreements = agreements;
        this.settings = settings;
        this.audit = audit;
        this.today = today;
    }

    /** Whether the user verifies claims: a care manager or team manager of a council. */
    /**
     * Whether the user reads a claim's evidence, which describes the person's life: the provider that gave it, the
     * care and team managers who verify it, and auditors. Commissioners and finance officers see the claim without it.
     */
    public static boolean seesEvidence(CylchUser user) {
        return user.hasRole(Role.PROVIDER_USER) || verifies(user) || user.hasRole(Role.AUDITOR);
    }

    public static boolean verifies(CylchUser user) {
        return user.hasRole(Role.CARE_MANAGER) || user.hasRole(Role.TEAM_MANAGER);
    }

    public OutcomeClaim submit(CylchUser actor, NewClaim request) {
        if (!actor.hasRole(Role.PROVIDER_USER)) {
            throw new AccessDeniedException("only providers claim outcomes");
        }
        ServiceAgreement agreement = agreements.agreement(actor, request.agreement());
        if (!agreement.provider().value().equals(actor.organisationId())) {
            audit.recordRefusal("service-agreement", request.agreement());
            throw new RecordNotFoundException("service-agreement", request.agreement());
        }
        RateCardVersion card = RateCardVersion.forAgreementStarting(cards.of(agreement.contract()),
                agreement.start()).orElseThrow(() -> new RuleViolationException("claim.contract.noRateCard"));
        ClaimRules.check(agreement, card.card(), request.outcome(), request.achievedOn(), request.sustainedUntil(),
                request.evidence(), today.date());
        var claim = new OutcomeClaim(ClaimId.of(UUID.randomUUID()), agreement.heldBy(), agreement.id(),
                agreement.contract(), agreement.provider(), agreement.person(), request.outcome(), card.version(),
                request.achievedOn(), request.sustainedUntil(), request.evidence().strip(), ClaimStatus.SUBMITTED,
                false, null, today.now(), actor.userId(), null, null, 0);
        if (!claims.insert(claim)) {
            throw new RuleViolationException("claim.alreadyMade");
        }
        claims.record(claim, Action.SUBMITTED, null, claim.submittedAt(), actor.userId());
        audit.recordInEach(List.of(claim.heldBy().value(), claim.provider().value()), AuditAction.CREATED,
                "outcome-claim", claim.id(), claim.outcome() + " under " + agreement.id());
        return claim;
    }

    /** A rejected claim made again, with new dates and evidence, by the provider that made it. */
    public OutcomeClaim resubmit(CylchUser actor, ClaimId id, long version, LocalDate achievedOn,
                                 @Nullable LocalDate sustainedUntil, String evidence) {
        if (!actor.hasRole(Role.PROVIDER_USER)) {
            throw new AccessDeniedException("only providers claim outcomes");
        }
        OutcomeClaim claim = visible(actor, id);
        if (!claim.provider().value().equals(actor.organisationId())) {
            throw refused(id);
        }
        if (claim.status() != ClaimStatus.REJECTED) {
            throw new RuleViolationException("claim.resubmit.notRejected");
        }
        ServiceAgreement agreement = agreements.agreement(actor, claim.agreement());
        RateCard card = cardOf(claim);
        ClaimRules.check(agreement, card, claim.outcome(), achievedOn, sustainedUntil, evidence, today.date());
        if (!claims.resubmit(id, version, achievedOn, sustainedUntil, evidence.strip(), today.now(),
                actor.userId())) {
            throw new RuleViolationException("claim.changedMeanwhile");
        }
        claims.record(claim, Action.RESUBMITTED, null, today.now(), actor.userId());
        auditBoth(claim, "resubmitted");
        return claims.find(id).orElseThrow();
    }

    /**
     * The care manager's decision on a submitted claim. Verified, it counts, unless the draw chooses it for a second
     * check; rejected, it needs a reason the provider can act on.
     */
    public OutcomeClaim verify(CylchUser actor, ClaimId id, long version, boolean verified, @Nullable String note) {
        requireVerifier(actor);
        OutcomeClaim claim = held(actor, id);
        if (claim.status() != ClaimStatus.SUBMITTED) {
            throw new RuleViolationException("claim.verify.notSubmitted");
        }
        if (Objects.equals(claim.submittedBy(), actor.userId())) {
            throw new RuleViolationException("claim.verify.ownClaim");
        }
        String reason = reasonFor(verified, note);
        boolean sampled = verified && settings.chosenForSecondCheck(id);
        ClaimStatus status = !verified ? ClaimStatus.REJECTED
                : sampled ? ClaimStatus.SECOND_CHECK : ClaimStatus.VERIFIED;
        if (!claims.verify(id, version, status, sampled, new Decision(today.now(), actor.userId(), reason))) {
            throw new RuleViolationException("claim.changedMeanwhile");
        }
        claims.record(claim, verified ? Action.VERIFIED : Action.REJECTED, reason, today.now(), actor.userId());
        if (sampled) {
            claims.record(claim, Action.SENT_TO_SECOND_CHECK, null, today.now(), null);
        }
        auditBoth(claim, status.name().toLowerCase(Locale.ROOT));
        return claims.find(id).orElseThrow();
    }

    /** The second check of a sampled claim, by anyone who verifies claims except the one who verified it. */
    public OutcomeClaim secondCheck(CylchUser actor, ClaimId id, long version, boolean confirmed,
                                    @Nullable String note) {
        requireVerifier(actor);
        OutcomeClaim claim = held(actor, id);
        if (claim.status() != ClaimStatus.SECOND_CHECK) {
            throw new RuleViolationException("claim.check.notWaiting");
        }
        Decision verification = Objects.requireNonNull(claim.verification());
        if (Objects.equals(verification.by(), actor.userId())
                || Objects.equals(claim.submittedBy(), actor.userId())) {
            throw new RuleViolationException("claim.check.sameAsVerifier");
        }
        String reason = reasonFor(confirmed, note);
        ClaimStatus status = confirmed ? ClaimStatus.VERIFIED : ClaimStatus.REJECTED;
        if (!claims.check(id, version, status, new Decision(today.now(), actor.userId(), reason))) {
            throw new RuleViolationException("claim.changedMeanwhile");
        }
        claims.record(claim, confirmed ? Action.CONFIRMED : Action.REJECTED, reason, today.now(), actor.userId());
        auditBoth(claim, confirmed ? "confirmed at second check" : "rejected at second check");
        return claims.find(id).orElseThrow();
    }

    /**
     * A verification withdrawn by anyone who verifies claims, with the reason (the outcome was found not to have been
     * achieved, say). The claim is rejected again, so the provider may resubmit it with new evidence; what was paid
     * for it is recovered by the next payment run, as a line of its own, never by changing a posted one.
     */
    public OutcomeClaim withdraw(CylchUser actor, ClaimId id, long version, @Nullable String reason) {
        requireVerifier(actor);
        OutcomeClaim claim = held(actor, id);
        if (claim.status() != ClaimStatus.VERIFIED) {
            throw new RuleViolationException("claim.withdraw.notVerified");
        }
        String why = note(reason);
        if (why == null) {
            throw new RuleViolationException("claim.withdraw.reasonNeeded");
        }
        if (!claims.withdraw(id, version)) {
            throw new RuleViolationException("claim.changedMeanwhile");
        }
        claims.record(claim, Action.WITHDRAWN, why, today.now(), actor.userId());
        auditBoth(claim, "verification withdrawn");
        return claims.find(id).orElseThrow();
    }

    /** The council's claims, or the provider's own, newest first, perhaps of one status. */
    @Transactional(readOnly = true)
    public List<OutcomeClaim> claims(CylchUser reader, @Nullable ClaimStatus status) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        return claims.list(organisation, reader.hasRole(Role.PROVIDER_USER) && !verifies(reader), status,
                LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public OutcomeClaim claim(CylchUser reader, ClaimId id) {
        return visible(reader, id);
    }

    @Transactional(readOnly = true)
    public List<ClaimEvent> history(CylchUser reader, ClaimId id) {
        return claims.history(visible(reader, id).id());
    }

    /** The card an agreement the user may read is paid under, if its contract has one. */
    @Transactional(readOnly = true)
    public Optional<RateCard> cardFor(CylchUser reader, ServiceAgreement agreement) {
        ServiceAgreement readable = agreements.agreement(reader, agreement.id());
        return RateCardVersion.forAgreementStarting(cards.of(readable.contract()), readable.start())
                .map(RateCardVersion::card);
    }

    /** The card the claim is priced by: the version it was made under. */
    @Transactional(readOnly = true)
    public RateCard cardOf(OutcomeClaim claim) {
        return cards.of(claim.contract()).stream().filter(v -> v.version() == claim.cardVersion()).findFirst()
                .orElseThrow().card();
    }

    private static @Nullable String reasonFor(boolean accepted, @Nullable String note) {
        String reason = note(note);
        if (!accepted && reason == null) {
            throw new RuleViolationException("claim.reject.reasonNeeded");
        }
        return reason;
    }

    /** A decision's note, stripped; null if blank. */
    private static @Nullable String note(@Nullable String note) {
        String stripped = note == null || note.isBlank() ? null : note.strip();
        if (stripped != null && stripped.length() > ClaimRules.EVIDENCE_LIMIT) {
            throw new RuleViolationException("claim.note.tooLong");
        }
        return stripped;
    }

    private OutcomeClaim visible(CylchUser reader, ClaimId id) {
        UUID organisation = reader.organisationId();
        return claims.find(id).filter(c -> c.heldBy().value().equals(organisation)
                || c.provider().value().equals(organisation)).orElseThrow(() -> refused(id));
    }

    private OutcomeClaim held(CylchUser actor, ClaimId id) {
        return claims.find(id).filter(c -> c.heldBy().value().equals(actor.organisationId()))
                .orElseThrow(() -> refused(id));
    }

    private void auditBoth(OutcomeClaim claim, String what) {
        audit.recordInEach(List.of(claim.heldBy().value(), claim.provider().value()), AuditAction.CHANGED,
                "outcome-claim", claim.id(), what);
    }

    private RecordNotFoundException refused(ClaimId id) {
        audit.recordRefusal("outcome-claim", id);
        return new RecordNotFoundException("outcome-claim", id);
    }

    private static void requireVerifier(CylchUser actor) {
        if (!verifies(actor)) {
            throw new AccessDeniedException("only care managers and team managers verify claims");
        }
    }
}
