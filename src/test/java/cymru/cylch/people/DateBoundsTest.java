package cymru.cylch.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every date typed about a person has a sensible lower bound (and, where it matters, an upper one). */
class DateBoundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate BORN = LocalDate.of(1950, 6, 1);
    private static final LocalDate EIGHTEEN_HUNDRED = LocalDate.of(1800, 1, 1);

    @Test
    void aDateOfBirthIsNeitherInTheFutureNorLongerAgoThanAnyoneLives() {
        assertThat(DateBounds.birth(BORN, TODAY)).isEmpty();
        assertThat(DateBounds.birth(TODAY, TODAY)).isEmpty();
        assertThat(DateBounds.birth(TODAY.plusDays(1), TODAY)).contains("person.dateOfBirth.future");
        assertThat(DateBounds.birth(EIGHTEEN_HUNDRED, TODAY)).contains("person.dateOfBirth.tooOld");
        assertThat(DateBounds.birth(TODAY.minusYears(130), TODAY)).isEmpty();
    }

    @Test
    void nothingHappensToAPersonBeforeTheyWereBorn() {
        assertThat(DateBounds.death(EIGHTEEN_HUNDRED, BORN, TODAY)).contains("person.death.beforeBirth");
        assertThat(DateBounds.assessment(EIGHTEEN_HUNDRED, BORN, TODAY)).contains("assessment.heldOn.beforeBirth");
        assertThat(DateBounds.measurement(EIGHTEEN_HUNDRED, BORN, null, TODAY))
                .contains("measurement.date.beforeBirth");
        assertThat(DateBounds.planStart(EIGHTEEN_HUNDRED, BORN, null, TODAY))
                .contains("plan.effectiveFrom.beforeBirth");
        assertThat(DateBounds.measurement(BORN, BORN, null, TODAY)).isEmpty();
        assertThat(DateBounds.assessment(TODAY, BORN, TODAY)).isEmpty();
    }

    @Test
    void nothingIsRecordedAsHappenedInTheFutureOrAfterDeath() {
        LocalDate died = TODAY.minusMonths(1);
        assertThat(DateBounds.death(TODAY.plusDays(1), BORN, TODAY)).contains("person.death.future");
        assertThat(DateBounds.assessment(TODAY.plusDays(1), BORN, TODAY)).contains("assessment.heldOn.future");
        assertThat(DateBounds.measurement(TODAY.plusDays(1), BORN, null, TODAY)).contains("measurement.date.future");
        assertThat(DateBounds.measurement(TODAY, BORN, died, TODAY)).contains("measurement.date.afterDeath");
        assertThat(DateBounds.review(TODAY, BORN, null, died, TODAY)).contains("review.date.afterDeath");
        assertThat(DateBounds.review(TODAY.plusDays(1), BORN, null, null, TODAY)).contains("review.date.future");
    }

    @Test
    void aReviewIsNeitherBeforeTheOutcomeWasAgreedNorBeforeThePlanTookEffect() {
        LocalDate agreed = TODAY.minusMonths(6);
        LocalDate planStarted = TODAY.minusMonths(3);

        assertThat(DateBounds.review(agreed.minusDays(1), agreed, null, null, TODAY))
                .contains("review.date.beforeAgreed");
        assertThat(DateBounds.review(EIGHTEEN_HUNDRED, agreed, planStarted, null, TODAY))
                .contains("review.date.beforeAgreed");
        assertThat(DateBounds.review(planStarted.minusDays(1), agreed, planStarted, null, TODAY))
                .contains("review.date.beforePlan");
        assertThat(DateBounds.review(planStarted, agreed, planStarted, null, TODAY)).isEmpty();
        assertThat(DateBounds.review(agreed, agreed, null, null, TODAY)).isEmpty();
    }

    @Test
    void aPlanTakesEffectWithinFiveYearsBackAndOneAheadAndNotBeforeTheRevisionItReplaces() {
        assertThat(DateBounds.planStart(TODAY.minusYears(5), BORN, null, TODAY)).isEmpty();
        assertThat(DateBounds.planStart(TODAY.minusYears(5).minusDays(1), BORN, null, TODAY))
                .contains("plan.effectiveFrom.tooEarly");
        assertThat(DateBounds.planStart(TODAY.plusYears(1), BORN, null, TODAY)).isEmpty();
        assertThat(DateBounds.planStart(TODAY.plusYears(1).plusDays(1), BORN, null, TODAY))
                .contains("plan.effectiveFrom.tooLate");
        assertThat(DateBounds.planStart(TODAY.minusDays(1), BORN, TODAY, TODAY))
                .contains("plan.effectiveFrom.beforePrevious");
        // Someone born last month can have a plan from their birth, not before it.
        LocalDate baby = TODAY.minusMonths(1);
        assertThat(DateBounds.planStart(baby.minusDays(1), baby, null, TODAY)).contains("plan.effectiveFrom.beforeBirth");
        assertThat(DateBounds.planStart(baby, baby, null, TODAY)).isEmpty();
    }

    @Test
    void aTargetDateIsAfterTodayAndWithinTenYears() {
        assertThat(DateBounds.target(TODAY, TODAY)).contains("outcome.targetDate.past");
        assertThat(DateBounds.target(TODAY.plusDays(1), TODAY)).isEmpty();
        assertThat(DateBounds.target(TODAY.plusYears(10), TODAY)).isEmpty();
        assertThat(DateBounds.target(LocalDate.of(2206, 1, 1), TODAY)).contains("outcome.targetDate.tooLate");
    }
}
