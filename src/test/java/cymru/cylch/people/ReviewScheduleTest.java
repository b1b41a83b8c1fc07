package cymru.cylch.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

    private final ReviewSchedule standard = new ReviewSchedule(Period.parse("P6W"), Period.parse("P12M"));
    private final LocalDate planStart = LocalDate.of(2026, 1, 15);

    @Test
    void theFirstReviewFallsDueWeeksAfterThePlanStarts() {
        assertThat(standard.nextDue(planStart, null)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void laterReviewsFallDueAnIntervalAfterTheLatest() {
        assertThat(standard.nextDue(planStart, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aCouncilCanChooseItsOwnRhythm() {
        var quarterly = new ReviewSchedule(Period.ofDays(28), Period.ofMonths(3));

        assertThat(quarterly.nextDue(planStart, null)).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(quarterly.nextDue(planStart, LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
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
