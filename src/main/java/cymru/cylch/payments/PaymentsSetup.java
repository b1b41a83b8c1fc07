package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.payments.ClaimEvent.Action;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk set-up of payments as they stood (the demo county): rate card versions and providers' claims with their
 * decisions, written directly and without the rules on today's date, in the caller's scope (a system scope when
 * loading the demo).
 */
@Service
@Transactional
public class PaymentsSetup {

    private final RateCards cards;
    private final OutcomeClaims claims;
    private final InvestorCommitments commitments;

    PaymentsSetup(RateCards cards, OutcomeClaims claims, InvestorCommitments commitments) {
        this.cards = cards;
        this.claims = claims;
        this.commitments = commitments;
    }

    /** A claim as it stood, and the steps of its history after it was made, each with its day and who. */
    public record PastClaim(OutcomeClaim claim, List<PastStep> steps) {

        public PastClaim {
            steps = List.copyOf(steps);
        }
    }

    public record PastStep(Action action, @Nullable String note, Instant at, @Nullable UUID by) {
    }

    public void rateCard(ContractId contract, OrganisationId council, LocalDate effectiveFrom, RateCard card,
                         String reason, Instant at, @Nullable UUID by) {
        RateCardRules.check(card, List.of());
        int version = cards.of(contract).size() + 1;
        cards.insert(new RateCardVersion(contract, version, council, effectiveFrom, card, reason, at), by);
    }

    /** An investor's commitment to a social impact bond, as it was recorded. */
    public void commitment(ContractId contract, OrganisationId council, NewInvestorCommitment commitment, Instant at,
                           @Nullable UUID by) {
        commitments.insert(new InvestorCommitment(InvestorCommitmentId.of(UUID.randomUUID()), contract, council,
                commitment.investorName(), commitment.kind(), commitment.amount(), commitment.committedOn(), at), by);
    }

    public void claims(List<PastClaim> past) {
        for (PastClaim each : past) {
            OutcomeClaim claim = each.claim();
            claims.insertDecided(claim);
            claims.record(claim, claim.raisedByReview() == null ? Action.SUBMITTED : Action.RAISED_BY_REVIEW, null,
                    claim.submittedAt(), claim.submittedBy());
            for (PastStep step : each.steps()) {
                claims.record(claim, step.action(), step.note(), step.at(), step.by());
            }
        }
    }
}
