package cymru.cylch.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Providers' shares compared fairly: a funnel plot, not a league table. Each provider's proportion (say, of reviews
 * whose outcomes were achieved or partly achieved) is set against the market's, with control limits that narrow as
 * its number of cases grows: within the 95% limits it differs from the market no more than chance would make it;
 * outside the 99.8% limits it differs by more than chance. Providers serving few people are not put at the bottom
 * for a handful of cases, and case mix still needs judgement: the limits say where to look, not who is worse.
 *
 * <p>Limits use the normal approximation to the binomial: p ± z √(p(1−p)/n), with z 1.96 and 3.09, cut to 0 and 1.
 */
public record FunnelPlot(BigDecimal mean, long cases, long counted, List<Point> points) {

    static final BigDecimal Z_95 = new BigDecimal("1.96");
    static final BigDecimal Z_998 = new BigDecimal("3.09");
    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    public FunnelPlot {
        points = List.copyOf(points);
    }

    /** Where a provider's proportion falls against the limits for its number of cases. */
    public enum Band { ABOVE_99_8, ABOVE_95, WITHIN, BELOW_95, BELOW_99_8 }

    /** One provider's count: how many cases, and how many counted (achieved). */
    public record Count(String key, long cases, long counted) {

        public Count {
            if (cases < 0 || counted < 0 || counted > cases) {
                throw new IllegalArgumentException("A count must be 0 to its cases: " + key);
            }
        }
    }

    /** A provider's point, with the limits for its number of cases (as proportions, 0 to 1). */
    public record Point(String key, long cases, long counted, BigDecimal proportion, BigDecimal lower998,
                        BigDecimal lower95, BigDecimal upper95, BigDecimal upper998, Band band) {

        /** The proportion as a percentage to one place, for people to read. */
        public BigDecimal percent() {
            return FunnelPlot.percent(proportion);
        }

        /** The 95% limits as percentages to one place. */
        public List<BigDecimal> percentLimits95() {
            return List.of(FunnelPlot.percent(lower95), FunnelPlot.percent(upper95));
        }
    }

    /** The market's proportion as a percentage to one place. */
    public BigDecimal meanPercent() {
        return percent(mean);
    }

    static BigDecimal percent(BigDecimal proportion) {
        return proportion.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    /** The plot of the providers with at least one case, fewest cases first; none if there are no cases at all. */
    public static FunnelPlot of(List<Count> counts) {
        long cases = counts.stream().mapToLong(Count::cases).sum();
        long counted = counts.stream().mapToLong(Count::counted).sum();
        if (cases == 0) {
            return new FunnelPlot(BigDecimal.ZERO, 0, 0, List.of());
        }
        BigDecimal mean = BigDecimal.valueOf(counted).divide(BigDecimal.valueOf(cases), PRECISION);
        List<Point> points = counts.stream().filter(c -> c.cases() > 0)
                .sorted(Comparator.comparingLong(Count::cases).thenComparing(Count::key))
                .map(c -> point(mean, c)).toList();
        return new FunnelPlot(mean, cases, counted, points);
    }

    /** The limits at {@code n} cases around the mean: lower 99.8%, lower 95%, upper 95%, upper 99.8%. */
    public static List<BigDecimal> limits(BigDecimal mean, long n) {
        BigDecimal spread = mean.multiply(BigDecimal.ONE.subtract(mean))
                .divide(BigDecimal.valueOf(n), PRECISION).sqrt(PRECISION);
        return List.of(clamp(mean.subtract(Z_998.multiply(spread))), clamp(mean.subtract(Z_95.multiply(spread))),
                clamp(mean.add(Z_95.multiply(spread))), clamp(mean.add(Z_998.multiply(spread))));
    }

    private static Point point(BigDecimal mean, Count c) {
        BigDecimal p = BigDecimal.valueOf(c.counted()).divide(BigDecimal.valueOf(c.cases()), PRECISION);
        List<BigDecimal> l = limits(mean, c.cases());
        Band band;
        if (p.compareTo(l.get(3)) > 0) {
            band = Band.ABOVE_99_8;
        } else if (p.compareTo(l.get(2)) > 0) {
            band = Band.ABOVE_95;
        } else if (p.compareTo(l.get(0)) < 0) {
            band = Band.BELOW_99_8;
        } else if (p.compareTo(l.get(1)) < 0) {
            band = Band.BELOW_95;
        } else {
            band = Band.WITHIN;
        }
        return new Point(c.key(), c.cases(), c.counted(), p, l.get(0), l.get(1), l.get(2), l.get(3), band);
    }

    private static BigDecimal clamp(BigDecimal value) {
        return value.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }
}
