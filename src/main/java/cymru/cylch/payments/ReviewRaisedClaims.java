package cymru.cylch.payments;

import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.payments.ClaimEvent.Action;
import cymru.cylch.people.OutcomeReviewed;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.events.OrganisationEventListener;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.time.Today;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A review that rates an outcome raises the claim itself where the contract says so: for each agreement working to
 * the outcome on the review's day, each outcome of its card shown by that review rating with {@code raisesClaim} is
 * claimed for the provider, dated the day of the review, unless it has been claimed already (by the provider or an
 * earlier review). The claim then waits for the care manager like any other. Runs in the council's scope, once per
 * review; a claim the rules refuse (a review after the agreement ended) is not raised, and the log says why.
 */
@Component
class ReviewRaisedClaims {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewRaisedClaims.class);

    private final ServiceAgreementManagement agreements;
    private final RateCards cards;
    private final OutcomeClaims claims;
    private final AuditLog audit;
    private final Today today;

    ReviewRaisedClaims(ServiceAgreementManagement agreements, RateCards cards, OutcomeClaims claims, AuditLog audit,
                       Today today) {
        this.agreements = agreements;
        this.cards = cards;
        this.claims = claims;
        this.audit = audit;
        this.today = today;
    }

    @OrganisationEventListener
    void on(OutcomeReviewed reviewed) {
        for (ServiceAgreement agreement : agreements.workingTo(reviewed.heldBy(), reviewed.personId(),
                reviewed.outcomeId(), reviewed.reviewedOn())) {
            Optional<RateCardVersion> version = RateCardVersion.forAgreementStarting(cards.of(agreement.contract()),
                    agreement.start());
            if (version.isEmpty()) {
                continue;
            }
            List<RateCardOutcome> raised = version.get().card().outcomes().stream()
                    .filter(o -> o.raisedByReview() && Optional.ofNullable(o.basis())
                            .map(b -> b.key().equals(reviewed.rating().name())).orElse(false)).toList();
            for (RateCardOutcome outcome : raised) {
                raise(reviewed, agreement, version.get(), outcome);
            }
        }
    }

    private void raise(OutcomeReviewed reviewed, ServiceAgreement agreement, RateCardVersion version,
                       RateCardOutcome outcome) {
        String evidence = "Outcome review on " + reviewed.reviewedOn() + ": " + reviewed.rating() + " ("
                + reviewed.domain() + ", progress " + reviewed.progressScore() + ")";
        try {
            ClaimRules.check(agreement, version.card(), outcome.code(), reviewed.reviewedOn(), null, evidence,
                    today.date());
        } catch (RuleViolationException refused) {
            LOG.info("Review {} raises no claim for {} under {}: {}", reviewed.reviewId(), outcome.code(),
                    agreement.id(), refused.code());
            return;
        }
        var claim = new OutcomeClaim(ClaimId.of(UUID.randomUUID()), agreement.heldBy(), agreement.id(),
                agreement.contract(), agreement.provider(), agreement.person(), outcome.code(), version.version(),
                reviewed.reviewedOn(), null, evidence, ClaimStatus.SUBMITTED, false, reviewed.reviewId(),
                today.now(), reviewed.reviewedBy(), null, null, 0);
        if (claims.insert(claim)) {
            claims.record(claim, Action.RAISED_BY_REVIEW, null, claim.submittedAt(), reviewed.reviewedBy());
            audit.recordInEach(List.of(claim.heldBy().value(), claim.provider().value()), AuditAction.CREATED,
                    "outcome-claim", claim.id(), outcome.code() + " raised by review " + reviewed.reviewId());
        }
    }
}
