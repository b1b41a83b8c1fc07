package cymru.cylch.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reviews of outcomes. Row-level security limits them to the acting organisation's. */
interface OutcomeReviews extends JpaRepository<OutcomeReview, UUID> {

    List<OutcomeReview> findByPersonIdOrderByReviewedOnDescCreatedAtDesc(UUID personId);

    List<OutcomeReview> findByOutcomeIdOrderByReviewedOnDescCreatedAtDesc(UUID outcomeId);

    boolean existsByPersonIdAndReviewedOn(UUID personId, LocalDate reviewedOn);
}
