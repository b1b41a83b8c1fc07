package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Funnel plots: the market's proportion, limits that narrow with the number of cases, and each provider's band. */
class FunnelPlotTest {

    @Test
    void eachProviderIsPlacedAgainstTheLimitsForItsOwnNumberOfCases() {
        FunnelPlot plot = FunnelPlot.of(List.of(new FunnelPlot.Count("a", 100, 50),
                new FunnelPlot.Count("b", 100, 80), new FunnelPlot.Count("c", 10, 5),
                new FunnelPlot.Count("none", 0, 0)));
        // 135 of 210 across the market.
        assertThat(plot.mean().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("0.642857");
        assertThat(plot.meanPercent()).isEqualByComparingTo("64.3");
        assertThat(plot.cases()).isEqualTo(210);
        assertThat(plot.points()).extracting(FunnelPlot.Point::key).containsExactly("c", "a", "b");
        assertThat(plot.points()).extracting(FunnelPlot.Point::band).containsExactly(FunnelPlot.Band.WITHIN,
                FunnelPlot.Band.BELOW_95, FunnelPlot.Band.ABOVE_99_8);
        // At 100 cases: 0.642857 ± 1.96 × 0.047916 and ± 3.09 × 0.047916.
        FunnelPlot.Point a = plot.points().get(1);
        assertThat(a.lower95().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.5489");
        assertThat(a.upper95().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.7368");
        assertThat(a.lower998().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.4948");
        assertThat(a.upper998().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.7909");
        assertThat(a.percentLimits95()).containsExactly(new BigDecimal("54.9"), new BigDecimal("73.7"));
        // The same share from ten cases is no more than chance: the limits are wider.
        FunnelPlot.Point c = plot.points().getFirst();
        assertThat(c.upper95().subtract(c.lower95())).isGreaterThan(a.upper95().subtract(a.lower95()));
    }

    @Test
    void limitsStayBetweenNothingAndAllAndAnEmptyMarketHasNoPoints() {
        List<BigDecimal> limits = FunnelPlot.limits(new BigDecimal("0.95"), 3);
        assertThat(limits.get(3)).isEqualByComparingTo("1");
        assertThat(limits).allSatisfy(l -> assertThat(l).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
        assertThat(FunnelPlot.of(List.of(new FunnelPlot.Count("a", 0, 0))).points()).isEmpty();
        assertThat(FunnelPlot.of(List.of()).mean()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> new FunnelPlot.Count("x", 3, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMarketReviewAddsUpOnlyThePeriodsItCompares() {
        Period from = Period.containing(Frequency.MONTHLY, LocalDate.of(2026, 1, 15));
        Period to = from.plus(2);
        List<PeriodRow> rows = List.of(
                row(from.plus(-1), 100, 100), row(from, 6, 10), row(from.plus(1), null, null), row(to, 4, 10),
                row(to.plus(1), 50, 50));
        List<FunnelPlot.Count> counts = MarketReview.counts(Map.of("provider", rows), from, to);
        assertThat(counts).containsExactly(new FunnelPlot.Count("provider", 20, 10));
    }

    private static PeriodRow row(Period period, Integer achieved, Integer reviews) {
        return new PeriodRow(period, achieved == null ? null : Figures.share(achieved, reviews), null, null, null,
                Rag.NOT_REPORTED, false, true);
    }
}
