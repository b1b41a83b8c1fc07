package cymru.cylch.people.web;

import cymru.cylch.people.Rating;
import cymru.cylch.people.ReviewRecord;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Reviewing one outcome; {@code revisesPlan} takes the care manager on to revise the support plan. */
record ReviewForm(
        @Nullable Integer reviewedDay,
        @Nullable Integer reviewedMonth,
        @Nullable Integer reviewedYear,
        @NotNull Rating rating,
        @NotNull @Min(LOWEST_SCORE) @Max(HIGHEST_SCORE) Integer progressScore,
        @MultiLineText @NotBlank @Size(max = LONGEST_EVIDENCE) String evidence,
        @MultiLineText @Size(max = LONGEST_VIEW) @Nullable String personView,
        @MultiLineText @Size(max = LONGEST_VIEW) @Nullable String carerView,
        @MultiLineText @Size(max = LONGEST_VIEW) @Nullable String providerView,
        @MultiLineText @Size(max = LONGEST_VIEW) @Nullable String workerView,
        @Nullable Boolean viewsDiffer,
        @MultiLineText @Size(max = LONGEST_VIEW) @Nullable String disagreement,
        @Nullable Boolean revisesPlan) {

    /** Limits the API's reviews share, so that it cannot store what the page refuses. */
    static final int LONGEST_EVIDENCE = 4000;
    /** Each view, and the disagreement between them. */
    static final int LONGEST_VIEW = 2000;
    static final int LOWEST_SCORE = 0;
    static final int HIGHEST_SCORE = 10;

    static ReviewForm today(LocalDate today) {
        var on = DateParts.of(today);
        return new ReviewForm(on.day(), on.month(), on.year(), null, null, "", null, null, null, null, false, null, false);
    }

    void validate(Errors errors) {
        if (new DateParts(reviewedDay, reviewedMonth, reviewedYear).toDate().isEmpty()) {
            FormErrors.reject(errors, "reviewedDay", "review.date.invalid");
        }
    }

    ReviewRecord record() {
        return new ReviewRecord(new DateParts(reviewedDay, reviewedMonth, reviewedYear).toDate().orElseThrow(),
                rating, progressScore, evidence, personView, carerView, providerView, workerView,
                Boolean.TRUE.equals(viewsDiffer), disagreement);
    }
}
