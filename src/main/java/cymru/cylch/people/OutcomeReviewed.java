package cymru.cylch.people;

import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;

/** An outcome was reviewed: payment by results and monitoring count achievements from this. */
public record OutcomeReviewed(ReviewId reviewId, OutcomeId outcomeId, PersonId personId, OrganisationId heldBy,
                              String domain, Rating rating, int progressScore, LocalDate reviewedOn)
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
