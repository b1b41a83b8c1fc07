package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.ReviewId;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider's claim that the person it supports under an agreement achieved an outcome of the contract's rate card
 * (held by the council that holds the agreement), priced by the card version the agreement is paid under.
 *
 * @param sampled        chosen, when verified, for a second check by someone else
 * @param raisedByReview the review whose rating raised the claim, when no one at the provider made it
 * @param verification   the care manager's decision, once made
 * @param check          the second check's decision, once made
 * @param version        changes with every decision, so that two people deciding at once cannot both succeed
 */
public record OutcomeClaim(ClaimId id, OrganisationId heldBy, ServiceAgreementId agreement, ContractId contract,
                           OrganisationId provider, PersonId person, String outcome, int cardVersion,
                           LocalDate achievedOn, @Nullable LocalDate sustainedUntil, String evidence,
                           ClaimStatus status, boolean sampled, @Nullable ReviewId raisedByReview,
                           Instant submittedAt, @Nullable UUID submittedBy, @Nullable Decision verification,
                           @Nullable Decision check, long version) {

    /** Who decided, when, and what they noted. */
    public record Decision(Instant at, @Nullable UUID by, @Nullable String note) {
    }

    /** Whether it counts towards payment. */
    public boolean counts() {
        return status == ClaimStatus.VERIFIED;
    }
}
