package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.people.PersonId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The risk score and the level it sets, factor by factor, and the seeded audit sample. */
class RiskScoreTest {

    private static RiskScore.Factors none() {
        return new RiskScore.Factors(0, 0, List.of(), RegulatorRating.GOOD, 0, 0, 0);
    }

    @Test
    void aGoodProviderWithNothingAgainstItIsMonitoredLightly() {
        RiskScore score = RiskScore.of(none());
        assertThat(score.total()).isEqualTo(5);
        assertThat(score.level()).isEqualTo(MonitoringLevel.LIGHT);
        assertThat(score.level().visitEveryMonths()).isEqualTo(12);
        assertThat(score.points()).extracting(RiskScore.Points::factor).containsExactly("redMeasures",
                "amberMeasures", "openIssues", "rating.GOOD", "safeguardingConcerns", "lateReturns",
                "missingReturns");
    }

    @Test
    void eachFactorAddsItsPointsUpToItsCeiling() {
        RiskScore score = RiskScore.of(new RiskScore.Factors(5, 4, List.of(Seriousness.LOW, Seriousness.SERIOUS),
                RegulatorRating.REQUIRES_IMPROVEMENT, 1, 7, 1));
        assertThat(score.points()).extracting(RiskScore.Points::points).containsExactly(30, 12, 18, 20, 10, 10, 5);
        assertThat(score.total()).isEqualTo(100);
        assertThat(score.level()).isEqualTo(MonitoringLevel.INTENSIVE);
    }

    @Test
    void aCriticalIssueOrARatingOfRequiresSignificantImprovementIsEnoughForEnhancedMonitoringAlone() {
        var critical = new RiskScore.Factors(0, 0, List.of(Seriousness.CRITICAL), RegulatorRating.EXCELLENT, 0, 0, 0);
        assertThat(RiskScore.of(critical).total()).isEqualTo(40);
        assertThat(RiskScore.of(critical).level()).isEqualTo(MonitoringLevel.ENHANCED);
        var rated = new RiskScore.Factors(0, 0, List.of(), RegulatorRating.REQUIRES_SIGNIFICANT_IMPROVEMENT, 0, 0, 0);
        assertThat(RiskScore.of(rated).level()).isEqualTo(MonitoringLevel.ENHANCED);
        var unrated = new RiskScore.Factors(0, 0, List.of(), null, 0, 0, 0);
        assertThat(RiskScore.of(unrated).points()).anySatisfy(p -> {
            assertThat(p.factor()).isEqualTo("rating.NOT_RATED");
            assertThat(p.points()).isEqualTo(10);
        });
    }

    @Test
    void theLevelsChangeAtTwentyFortyAndSixty() {
        assertThat(RiskScore.level(19)).isEqualTo(MonitoringLevel.LIGHT);
        assertThat(RiskScore.level(20)).isEqualTo(MonitoringLevel.STANDARD);
        assertThat(RiskScore.level(39)).isEqualTo(MonitoringLevel.STANDARD);
        assertThat(RiskScore.level(40)).isEqualTo(MonitoringLevel.ENHANCED);
        assertThat(RiskScore.level(59)).isEqualTo(MonitoringLevel.ENHANCED);
        assertThat(RiskScore.level(60)).isEqualTo(MonitoringLevel.INTENSIVE);
        assertThat(List.of(MonitoringLevel.values())).extracting(MonitoringLevel::visitEveryMonths)
                .containsExactly(12, 6, 3, 1);
    }

    @Test
    void aNegativeCountIsAMistake() {
        assertThatThrownBy(() -> RiskScore.of(new RiskScore.Factors(-1, 0, List.of(), null, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameSeedDrawsTheSamePeopleAndDifferentSeedsDrawOthers() {
        List<PersonId> people = IntStream.range(0, 200).mapToObj(i -> PersonId.of(new UUID(0, i))).toList();
        List<PersonId> first = ProviderRisks.drawn(people, 42L, 10);
        assertThat(first).hasSize(10).doesNotHaveDuplicates().isSubsetOf(people);
        assertThat(ProviderRisks.drawn(people, 42L, 10)).isEqualTo(first);
        assertThat(ProviderRisks.drawn(people, 43L, 10)).isNotEqualTo(first);
        assertThat(ProviderRisks.drawn(people.subList(0, 3), 42L, 10)).hasSize(3);
    }
}
