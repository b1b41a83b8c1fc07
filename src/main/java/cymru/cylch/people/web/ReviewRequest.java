package cymru.cylch.people.web;

import cymru.cylch.people.Rating;
import cymru.cylch.people.ReviewRecord;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.WholeNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Reviewing one outcome through the API, within the page's limits ({@link ReviewForm}). When {@code viewsDiffer},
 * the disagreement must be recorded (otherwise 422 {@code review.disagreement.missing}).
 */
record ReviewRequest(
        @NotNull LocalDate reviewedOn,
        @NotNull Rating rating,
        @JsonDeserialize(using = WholeNumber.class)
        @NotNull @Min(ReviewForm.LOWEST_SCORE) @Max(ReviewForm.HIGHEST_SCORE) Integer progressScore,
        @MultiLineText @NotBlank @Size(max = ReviewForm.LONGEST_EVIDENCE) String evidence,
        @Nullable Boolean viewsDiffer,
        @MultiLineText @Size(max = ReviewForm.LONGEST_VIEW) @Nullable String disagreement,
        @MultiLineText @Size(max = ReviewForm.LONGEST_VIEW) @Nullable String personView,
        @MultiLineText @Size(max = ReviewForm.LONGEST_VIEW) @Nullable String carerView,
        @MultiLineText @Size(max = ReviewForm.LONGEST_VIEW) @Nullable String providerView,
        @MultiLineText @Size(max = ReviewForm.LONGEST_VIEW) @Nullable String workerView) {

    static final String EXAMPLE = """
            {"reviewedOn": "2027-01-15", "rating": "PARTLY_ACHIEVED", "progressScore": 6,
             "evidence": "Went to chapel on three Sundays out of five; the provider's notes agree",
             "personView": "I feel more like myself", "carerView": "She is brighter after chapel",
             "providerView": "Ready in good time each Sunday", "workerView": "Good progress; keep the plan",
             "viewsDiffer": false}""";

    ReviewRecord record() {
        return new ReviewRecord(reviewedOn, rating, progressScore, evidence, personView, carerView, providerView,
                workerView, Boolean.TRUE.equals(viewsDiffer), disagreement);
    }
}
