package cymru.cylch.people;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a person's outcomes fall due for review: a first review a few weeks after the plan starts, then
 * periodically after the latest review. Councils set both ({@code CYLCH_FIRST_REVIEW_AFTER},
 * {@code CYLCH_REVIEW_INTERVAL}, ISO-8601 periods such as P6W and P12M).
 */
@ConfigurationProperties("cylch.reviews")
public record ReviewSchedule(Period firstAfter, Period interval) {

    public ReviewSchedule {
        if (firstAfter.isNegative() || firstAfter.isZero() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Review periods must be positive");
        }
    }

    /** The date the next review is due, from the plan's start and the latest review (if any). */
    public LocalDate nextDue(LocalDate planStart, @Nullable LocalDate latestReview) {
        return latestReview == null ? planStart.plus(firstAfter) : latestReview.plus(interval);
    }

    public boolean overdue(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }
}
