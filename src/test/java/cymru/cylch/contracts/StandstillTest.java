package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a standstill of working days ends (Procurement Act 2023, s. 51 and s. 123). */
class StandstillTest {

    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1));
    private final Standstill eightWorkingDays = new Standstill(8, BANK_HOLIDAYS);

    @Test
    void eightWorkingDaysBeginWithTheDayOfTheAwardAndSkipTheWeekend() {
        // Tuesday 3 November 2026: Tue, Wed, Thu, Fri, Mon, Tue, Wed, Thu.
        assertThat(eightWorkingDays.lastDay(LocalDate.of(2026, 11, 3))).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void anAwardAtTheWeekendStartsCountingOnMonday() {
        assertThat(eightWorkingDays.lastDay(LocalDate.of(2026, 11, 7))).isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void bankHolidaysAreNotWorkingDays() {
        // Monday 21 December 2026: 21, 22, 23, 24, (25 Christmas, 26-27 weekend, 28 Boxing Day substitute) 29, 30,
        // 31, (1 January) 4 January.
        assertThat(eightWorkingDays.lastDay(LocalDate.of(2026, 12, 21))).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theContractMayBeConcludedFromTheDayAfterTheLastDay() {
        LocalDate last = LocalDate.of(2026, 11, 12);
        assertThat(Standstill.over(last, last)).isFalse();
        assertThat(Standstill.over(last, last.minusDays(3))).isFalse();
        assertThat(Standstill.over(last, last.plusDays(1))).isTrue();
    }

    @Test
    void aLongerStandstillCanBeChosenForOneProcurement() {
        assertThat(eightWorkingDays.lastDay(LocalDate.of(2026, 11, 3), 10)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void aStandstillOfNoDaysIsAMistakeInTheConfiguration() {
        assertThatThrownBy(() -> new Standstill(0, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
