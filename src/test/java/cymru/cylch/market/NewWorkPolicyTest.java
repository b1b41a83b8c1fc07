package cymru.cylch.market;

import static cymru.cylch.market.StandingStatus.ACCREDITED;
import static cymru.cylch.market.StandingStatus.APPLIED;
import static cymru.cylch.market.StandingStatus.REMOVED;
import static cymru.cylch.market.StandingStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whether a provider may take new work on a day: accredited, not expired that day, not inside a suspension. */
class NewWorkPolicyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate EXPIRY = LocalDate.of(2027, 3, 31);

    @Test
    void anAccreditedProviderWithinItsAccreditationMayTakeNewWork() {
        assertThat(NewWorkPolicy.mayTakeNewWork(ACCREDITED, EXPIRY, null, null, DAY)).isTrue();
    }

    @Test
    void theAccreditationRunsToTheEndOfItsExpiryDayAndNotBeyond() {
        assertThat(NewWorkPolicy.mayTakeNewWork(ACCREDITED, EXPIRY, null, null, EXPIRY)).isTrue();
        assertThat(NewWorkPolicy.mayTakeNewWork(ACCREDITED, EXPIRY, null, null, EXPIRY.plusDays(1))).isFalse();
    }

    @Test
    void appliedAndRemovedProvidersNeverMay() {
        assertThat(NewWorkPolicy.mayTakeNewWork(APPLIED, null, null, null, DAY)).isFalse();
        assertThat(NewWorkPolicy.mayTakeNewWork(REMOVED, EXPIRY, null, null, DAY)).isFalse();
    }

    @Test
    void aSuspensionStopsNewWorkFromItsFirstDayToItsLastInclusive() {
        LocalDate from = DAY.plusDays(2);
        LocalDate until = DAY.plusDays(9);
        assertThat(NewWorkPolicy.mayTakeNewWork(SUSPENDED, EXPIRY, from, until, from.minusDays(1))).isTrue();
        assertThat(NewWorkPolicy.mayTakeNewWork(SUSPENDED, EXPIRY, from, until, from)).isFalse();
        assertThat(NewWorkPolicy.mayTakeNewWork(SUSPENDED, EXPIRY, from, until, until)).isFalse();
        assertThat(NewWorkPolicy.mayTakeNewWork(SUSPENDED, EXPIRY, from, until, until.plusDays(1))).isTrue();
    }

    @Test
    void aSuspensionWithoutAnEndStopsNewWorkUntilLifted() {
        assertThat(NewWorkPolicy.mayTakeNewWork(SUSPENDED, EXPIRY, DAY, null, DAY.plusYears(1).minusMonths(9)))
                .isFalse();
    }

    @Test
    void aSuspensionThatRanOutDoesNotOutliveTheAccreditation() {
        assertThat(NewWorkPolicy.mayTakeNewWork(SUSPENDED, EXPIRY, DAY, DAY.plusDays(1), EXPIRY.plusDays(1)))
                .isFalse();
    }
}
