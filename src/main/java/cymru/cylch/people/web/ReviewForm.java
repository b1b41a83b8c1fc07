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
        @NotNull @Min(0) @Max(10) Integer progressScore,
        @MultiLineText @NotBlank @Size(max = 4000) String evidence,
        @MultiLineText @Size(max = 2000) @Nullable String personView,
        @MultiLineText @Size(max = 2000) @Nullable String carerView,
        @MultiLineText @Size(max = 2000) @Nullable String providerView,
        @MultiLineText @Size(max = 2000) @Nullable String workerView,
        @Nullable Boolean viewsDiffer,
        @MultiLineText @Size(max = 2000) @Nullable String disagreement,
        @Nullable Boolean revisesPlan) {

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
