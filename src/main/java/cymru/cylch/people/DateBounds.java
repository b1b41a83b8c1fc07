package cymru.cylch.people;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How early and how late each date typed about a person may be, so that a slip of the keyboard (1800 for 2018, a
 * review dated before the outcome it reviews) is refused where it is typed, by page and API alike. Each check gives
 * the message key of the first bound broken, or nothing; callers report it against their own field.
 *
 * <ul>
 *   <li>Born: not in the future, and not more than {@value #OLDEST_YEARS} years ago (older than anyone living).</li>
 *   <li>Anything that happens to a person (an assessment conversation, a measurement, a review, a support plan
 *       taking effect, their death): not before they were born, and not in the future, except a plan's start.</li>
 *   <li>A support plan takes effect no more than {@value #PLAN_YEARS_BACK} years before today (a plan recorded after
 *       the event, such as one brought over from another system, but not a mistyped year) and no more than
 *       {@value #PLAN_YEARS_AHEAD} year ahead, and not before the revision it replaces.</li>
 *   <li>A review: not before the outcome was agreed, nor before the support plan first took effect (there is
 *       nothing to review before then), nor after the person died.</li>
 *   <li>An outcome's target date: after today, and no more than {@value #TARGET_YEARS_AHEAD} years ahead (an outcome
 *       is reviewed within a year; a target further off than this is a mistyped year).</li>
 * </ul>
 */
public final class DateBounds {

    /** No one is born longer ago than this. */
    public static final int OLDEST_YEARS = 130;
    /** A support plan cannot take effect further back than this. */
    public static final int PLAN_YEARS_BACK = 5;
    /** A support plan cannot take effect further ahead than this. */
    public static final int PLAN_YEARS_AHEAD = 1;
    /** An outcome's target date cannot be further ahead than this. */
    public static final int TARGET_YEARS_AHEAD = 10;

    private DateBounds() {
    }

    public static Optional<String> birth(LocalDate born, LocalDate today) {
        if (born.isAfter(today)) {
            return Optional.of("person.dateOfBirth.future");
        }
        if (born.isBefore(today.minusYears(OLDEST_YEARS))) {
            return Optional.of("person.dateOfBirth.tooOld");
        }
        return Optional.empty();
    }

    public static Optional<String> death(LocalDate died, LocalDate born, LocalDate today) {
        if (died.isAfter(today)) {
            return Optional.of("person.death.future");
        }
        if (died.isBefore(born)) {
            return Optional.of("person.death.beforeBirth");
        }
        return Optional.empty();
    }

    public static Optional<String> assessment(LocalDate heldOn, LocalDate born, LocalDate today) {
        if (heldOn.isAfter(today)) {
            return Optional.of("assessment.heldOn.future");
        }
        if (heldOn.isBefore(born)) {
            return Optional.of("assessment.heldOn.beforeBirth");
        }
        return Optional.empty();
    }

    /** A measurement taken with or by the person. */
    public static Optional<String> measurement(LocalDate takenOn, LocalDate born, @Nullable LocalDate died,
                                               LocalDate today) {
        if (takenOn.isAfter(today)) {
            return Optional.of("measurement.date.future");
        }
        if (takenOn.isBefore(born)) {
            return Optional.of("measurement.date.beforeBirth");
        }
        if (died != null && takenOn.isAfter(died)) {
            return Optional.of("measurement.date.afterDeath");
        }
        return Optional.empty();
    }

    /**
     * A review of an outcome agreed on {@code agreedOn}.
     *
     * @param planStarted when the person's support plan first took effect, if they have one
     */
    public static Optional<String> review(LocalDate reviewedOn, LocalDate agreedOn, @Nullable LocalDate planStarted,
                                          @Nullable LocalDate died, LocalDate today) {
        if (reviewedOn.isAfter(today)) {
            return Optional.of("review.date.future");
        }
        if (reviewedOn.isBefore(agreedOn)) {
            return Optional.of("review.date.beforeAgreed");
        }
        if (planStarted != null && reviewedOn.isBefore(planStarted)) {
            return Optional.of("review.date.beforePlan");
        }
        if (died != null && reviewedOn.isAfter(died)) {
            return Optional.of("review.date.afterDeath");
        }
        return Optional.empty();
    }

    /**
     * A support plan taking effect.
     *
     * @param previous when the revision it replaces took effect, if there is one
     */
    public static Optional<String> planStart(LocalDate effectiveFrom, LocalDate born, @Nullable LocalDate previous,
                                             LocalDate today) {
        if (effectiveFrom.isAfter(today.plusYears(PLAN_YEARS_AHEAD))) {
            return Optional.of("plan.effectiveFrom.tooLate");
        }
        if (effectiveFrom.isBefore(born)) {
            return Optional.of("plan.effectiveFrom.beforeBirth");
        }
        if (effectiveFrom.isBefore(today.minusYears(PLAN_YEARS_BACK))) {
            return Optional.of("plan.effectiveFrom.tooEarly");
        }
        if (previous != null && effectiveFrom.isBefore(previous)) {
            return Optional.of("plan.effectiveFrom.beforePrevious");
        }
        return Optional.empty();
    }

    public static Optional<String> target(LocalDate target, LocalDate today) {
        if (!target.isAfter(today)) {
            return Optional.of("outcome.targetDate.past");
        }
        if (target.isAfter(today.plusYears(TARGET_YEARS_AHEAD))) {
            return Optional.of("outcome.targetDate.tooLate");
        }
        return Optional.empty();
    }
}
