package cymru.cylch.people;

import java.time.LocalDate;
import java.util.UUID;

/** An outcome was reviewed: payment by results and monitoring count achievements from this. */
public record OutcomeReviewed(UUID reviewId, UUID outcomeId, UUID personId, UUID heldBy, String domain,
                              Rating rating, int progressScore, LocalDate reviewedOn) {
}
