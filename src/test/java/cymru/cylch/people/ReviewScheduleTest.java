package cymru.cylch.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.people.ReviewSchedule.OutcomeDates;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

    private final ReviewSchedule standard = new ReviewSchedule(Period.parse("P6W"), Period.parse("P12M"));
    private final LocalDate planStart = LocalDate.of(2026, 1, 15);
    private final LocalDate agreedBeforeThePlan = LocalDate.of(2025, 11, 20);

    @Test
    void theFirstReviewFallsDueWeeksAfterThePlanStartsNotAfterTheFirstOutcomeWasAgreed() {
        var outcomes = List.of(new OutcomeDates(agreedBeforeThePlan, null),
                new OutcomeDates(agreedBeforeThePlan.plusDays(10), null));

        assertThat(standard.nextDue(planStart, outcomes)).contains(LocalDate.of(2026, 2, 26));
    }

    @Test
    void withoutAPlanTheFirstReviewFallsDueWeeksAfterTheOutcomeWasAgreed() {
        assertThat(standard.nextDue(null, List.of(new OutcomeDates(agreedBeforeThePlan, null))))
                .contains(agreedBeforeThePlan.plusWeeks(6));
    }

    @Test
    void anOutcomeAgreedAfterThePlanStartedFallsDueWeeksAfterItWasAgreed() {
        LocalDate agreedLater = LocalDate.of(2026, 6, 1);

        assertThat(standard.nextDue(planStart, List.of(new OutcomeDates(agreedLater, null))))
                .contains(LocalDate.of(2026, 7, 13));
    }

    @Test
    void laterReviewsFallDueAnIntervalAfterTheLatest() {
        var reviewed = new OutcomeDates(agreedBeforeThePlan, LocalDate.of(2026, 3, 1));

        assertThat(standard.nextDue(planStart, List.of(reviewed))).contains(LocalDate.of(2027, 3, 1));
    }

    @Test
    void reviewingOneOfTwoOutcomesLeavesTheOtherStillDue() {
        var reviewed = new OutcomeDates(agreedBeforeThePlan, LocalDate.of(2026, 2, 20));
        var neverReviewed = new OutcomeDates(agreedBeforeThePlan, null);

        assertThat(standard.nextDue(planStart, List.of(reviewed, neverReviewed))).contains(LocalDate.of(2026, 2, 26));
    }

    @Test
    void whenEveryOutcomeIsReviewedTheEarliestLatestReviewSetsTheDate() {
        var reviewedEarly = new OutcomeDates(agreedBeforeThePlan, LocalDate.of(2026, 2, 20));
        var reviewedLate = new OutcomeDates(agreedBeforeThePlan, LocalDate.of(2026, 4, 2));

        assertThat(standard.nextDue(planStart, List.of(reviewedLate, reviewedEarly)))
                .contains(LocalDate.of(2027, 2, 20));
    }

    @Test
    void aPlanWithNoOutcomesYetIsDueWeeksAfterItStarts() {
        assertThat(standard.nextDue(planStart, List.of())).contains(LocalDate.of(2026, 2, 26));
    }

    @Test
    void noPlanAndNoOutcomesMeansNothingIsDue() {
        assertThat(standard.nextDue(null, List.of())).isEmpty();
    }

    @Test
    void aCouncilCanChooseItsOwnRhythm() {
        var quarterly = new ReviewSchedule(Period.ofDays(28), Period.ofMonths(3));

        assertThat(quarterly.nextDue(planStart, List.of(new OutcomeDates(agreedBeforeThePlan, null))))
                .contains(LocalDate.of(2026, 2, 12));
        assertThat(quarterly.nextDue(planStart, List.of(new OutcomeDates(agreedBeforeThePlan,
                LocalDate.of(2026, 11, 30))))).contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aReviewIsOverdueTheDayAfterItFellDue() {
        LocalDate due = LocalDate.of(2026, 2, 26);

        assertThat(standard.overdue(due, due)).isFalse();
        assertThat(standard.overdue(due, due.plusDays(1))).isTrue();
    }

    @Test
    void periodsMustBePositive() {
        assertThatThrownBy(() -> new ReviewSchedule(Period.ZERO, Period.ofMonths(12)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
