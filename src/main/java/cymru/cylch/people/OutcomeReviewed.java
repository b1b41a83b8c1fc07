package cymru.cylch.people;

import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An outcome was reviewed: payment by results and monitoring count achievements from this.
 *
 * @param reviewedBy who recorded the review (none for reviews loaded from another system): a claim the review raises
 *                   is theirs, so they may not also verify it
 */
public record OutcomeReviewed(ReviewId reviewId, OutcomeId outcomeId, PersonId personId, OrganisationId heldBy,
                              String domain, Rating rating, int progressScore, LocalDate reviewedOn,
                              @Nullable UUID reviewedBy)
        implements OrganisationEvent {

    @Override
    public OrganisationId organisation() {
        return heldBy;
    }

    @Override
    public String key() {
        return "outcome-reviewed/" + reviewId;
    }
}
