package cymru.cylch.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.measurement.ScoreChange.Meaning;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a change in a score means against the instrument's meaningful-change threshold. */
class ScoreChangeTest {

    private static final BigDecimal SWEMWBS_THRESHOLD = new BigDecimal("3");

    @Test
    void aSwemwbsFallBeyondTheThresholdIsAMeaningfulWorseningNotNotYet() {
        assertThat(swemwbs("25.03", "19.25").meaning()).isEqualTo(Meaning.WORSENED);
    }

    @Test
    void aSwemwbsRiseBeyondTheThresholdIsAMeaningfulImprovement() {
        assertThat(swemwbs("15.32", "25.03").meaning()).isEqualTo(Meaning.IMPROVED);
    }

    @Test
    void aChangeOfExactlyTheThresholdCountsEitherWay() {
        assertThat(swemwbs("20.00", "23.00").meaning()).isEqualTo(Meaning.IMPROVED);
        assertThat(swemwbs("23.00", "20.00").meaning()).isEqualTo(Meaning.WORSENED);
    }

    @Test
    void aSmallChangeEitherWayIsNotMeaningful() {
        assertThat(swemwbs("20.00", "22.99").meaning()).isEqualTo(Meaning.NOT_MEANINGFUL);
        assertThat(swemwbs("22.99", "20.00").meaning()).isEqualTo(Meaning.NOT_MEANINGFUL);
    }

    @Test
    void whereLowerIsBetterAFallIsTheImprovement() {
        var profileTotal = change("30", "20", new BigDecimal("5"), true);

        assertThat(profileTotal.meaning()).isEqualTo(Meaning.IMPROVED);
        assertThat(change("20", "30", new BigDecimal("5"), true).meaning()).isEqualTo(Meaning.WORSENED);
    }

    @Test
    void withoutAThresholdNothingIsJudged() {
        assertThat(change("14", "28", null, false).meaning()).isEqualTo(Meaning.NO_THRESHOLD);
    }

    private static ScoreChange swemwbs(String first, String latest) {
        return change(first, latest, SWEMWBS_THRESHOLD, false);
    }

    private static ScoreChange change(String first, String latest, BigDecimal threshold, boolean lowerIsBetter) {
        return new ScoreChange("metric", LocalDate.of(2026, 1, 5), new BigDecimal(first), LocalDate.of(2026, 7, 6),
                new BigDecimal(latest), threshold, lowerIsBetter);
    }
}
