package cymru.cylch.people.web;

import cymru.cylch.people.OutcomeReview;
import cymru.cylch.people.OutcomeReviewing;
import cymru.cylch.people.Rating;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiReadProblems;
import cymru.cylch.platform.web.ApiWriteProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews of one personal outcome for case management systems: the history read by those who may read the
 * record (audited), a review recorded by care managers under the page's rules ({@link OutcomeReviewing}).
 */
@RestController
@RequestMapping("/api/v1/people/{personId}/outcomes/{outcomeId}/reviews")
@Tag(name = "Personal outcomes")
class OutcomeReviewsApi {

    private final OutcomeReviewing reviewing;

    OutcomeReviewsApi(OutcomeReviewing reviewing) {
        this.reviewing = reviewing;
    }

    /** One review: the rating, the progress score (0 to 10), the evidence and everyone's views. */
    record ReviewView(UUID id, UUID outcomeId, LocalDate reviewedOn, Rating rating, int progressScore,
                      String evidence, @Nullable String personView, @Nullable String carerView,
                      @Nullable String providerView, @Nullable String workerView, boolean viewsDiffer,
                      @Nullable String disagreement) {
        static ReviewView of(OutcomeReview r) {
            return new ReviewView(r.id(), r.outcomeId(), r.reviewedOn(), r.rating(), r.progressScore(),
                    r.evidence(), r.personView(), r.carerView(), r.providerView(), r.workerView(), r.viewsDiffer(),
                    r.disagreement());
        }
    }

    @GetMapping
    @PreAuthorize(PeoplePages.READERS)
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The reviews")
    @Operation(summary = "Every review of the outcome, newest first; audited as a view of the record")
    List<ReviewView> history(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                             @PathVariable UUID outcomeId) {
        return reviewing.history(user, personId, outcomeId).reviews().stream().map(ReviewView::of).toList();
    }

    @PostMapping
    @PreAuthorize(PeoplePages.WRITERS)
    @ApiWriteProblems
    @ApiResponse(responseCode = "201", description = "Recorded; Location is the outcome's review history")
    @Operation(summary = "Record a review of the outcome (care managers); 201 with the review, its Location the "
            + "outcome's review history",
            description = "The review date cannot be in the future, before the outcome was agreed or the plan took "
                    + "effect, or after the person's death (422 review.date.*). When viewsDiffer is true the "
                    + "disagreement must be given (422 review.disagreement.missing). Send an Idempotency-Key header "
                    + "to retry safely.")
    ResponseEntity<ReviewView> review(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                                      @PathVariable UUID outcomeId,
                                      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                              examples = @ExampleObject(name = "review",
                                                      value = ReviewRequest.EXAMPLE)))
                                      @Valid @RequestBody ReviewRequest request) {
        OutcomeReview review = reviewing.review(user, personId, outcomeId, request.record());
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/outcomes/" + outcomeId
                + "/reviews")).body(ReviewView.of(review));
    }
}
