package cymru.cylch.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a person's outcomes fall due for review. Each outcome falls due on its own: a period after its latest
 * review; or, if it has never been reviewed, the first-review period after the support plan starts (its first
 * revision), or after the outcome was agreed if that came later or there is no plan yet. The person's next review
 * is the earliest of their outcomes' dates, so reviewing one outcome does not push back another that was never
 * reviewed. Someone with a plan but no outcomes yet is due the first-review period after the plan starts. Councils
 * set both periods ({@code CYLCH_FIRST_REVIEW_AFTER}, {@code CYLCH_REVIEW_INTERVAL}, ISO-8601 periods such as P6W
 * and P12M).
 *
 * <p>{@link ReviewsDue} is the same rule in SQL, for the caseload and the achievement summary;
 * {@code ReviewsDueAgreeTest} keeps the two the same.
 */
@ConfigurationProperties("cylch.reviews")
public record ReviewSchedule(Period firstAfter, Period interval) {

    public ReviewSchedule {
        if (firstAfter.isNegative() || firstAfter.isZero() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Review periods must be positive");
        }
    }

    /** One outcome as the schedule sees it: when it was agreed, and when it was last reviewed (if ever). */
    public record OutcomeDates(LocalDate agreedOn, @Nullable LocalDate latestReview) {
    }

    /**
     * The date the person's next review is due: the earliest due date of their outcomes; with no outcomes, the
     * first-review period after the plan starts; with neither, none.
     */
    public Optional<LocalDate> nextDue(@Nullable LocalDate planStart, Collection<OutcomeDates> outcomes) {
        if (outcomes.isEmpty()) {
            return Optional.ofNullable(planStart).map(start -> start.plus(firstAfter));
        }
        return outcomes.stream().map(outcome -> due(planStart, outcome)).min(Comparator.naturalOrder());
    }

    /** When one outcome is due: a period after its latest review, or the first period after it came into the plan. */
    public LocalDate due(@Nullable LocalDate planStart, OutcomeDates outcome) {
        LocalDate latestReview = outcome.latestReview();
        if (latestReview != null) {
            return latestReview.plus(interval);
        }
        LocalDate from = planStart == null || planStart.isBefore(outcome.agreedOn()) ? outcome.agreedOn() : planStart;
        return from.plus(firstAfter);
    }

    public boolean overdue(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }
}
