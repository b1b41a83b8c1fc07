package cymru.cylch.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The forecast if nothing changes, as Turn the Curve asks for: the straight line through the latest reported values
 * (least squares over at most {@link #WINDOW} of them, periods not reported left out rather than taken as zero),
 * carried forward. Fewer than {@link #FEWEST} values give no forecast. A percentage stays within 0 to 100, and a
 * measure that has never been negative is not forecast below zero.
 */
public final class Forecast {

    /** The most recent values the line is drawn through: a year of months. */
    public static final int WINDOW = 12;
    /** Fewer values than this say nothing about a trend. */
    public static final int FEWEST = 3;
    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Forecast() {
    }

    /** One period's reported value, by its position in the series (0 for the first period shown). */
    public record Point(int index, BigDecimal value) {
    }

    /**
     * The forecast at each of the positions asked for, or an empty list when there are too few values. Positions are
     * on the same scale as the points', so a gap in reporting keeps its place in time.
     */
    public static List<BigDecimal> of(List<Point> reported, List<Integer> positions, Shape shape, int decimals) {
        List<Point> used = reported.size() > WINDOW ? reported.subList(reported.size() - WINDOW, reported.size())
                : reported;
        if (used.size() < FEWEST) {
            return List.of();
        }
        BigDecimal n = BigDecimal.valueOf(used.size());
        BigDecimal meanX = used.stream().map(p -> BigDecimal.valueOf(p.index())).reduce(BigDecimal.ZERO,
                BigDecimal::add).divide(n, MATH);
        BigDecimal meanY = used.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, MATH);
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        for (Point p : used) {
            BigDecimal dx = BigDecimal.valueOf(p.index()).subtract(meanX);
            sxy = sxy.add(dx.multiply(p.value().subtract(meanY)));
            sxx = sxx.add(dx.multiply(dx));
        }
        BigDecimal slope = sxx.signum() == 0 ? BigDecimal.ZERO : sxy.divide(sxx, MATH);
        boolean everNegative = used.stream().anyMatch(p -> p.value().signum() < 0);
        List<BigDecimal> forecast = new ArrayList<>(positions.size());
        for (int x : positions) {
            forecast.add(bounded(meanY.add(slope.multiply(BigDecimal.valueOf(x).subtract(meanX))), shape,
                    everNegative, decimals));
        }
        return forecast;
    }

    private static BigDecimal bounded(BigDecimal y, Shape shape, boolean everNegative, int decimals) {
        BigDecimal bounded = y;
        if (shape == Shape.PERCENTAGE) {
            bounded = y.max(BigDecimal.ZERO).min(HUNDRED);
        } else if (!everNegative) {
            bounded = y.max(BigDecimal.ZERO);
        }
        return bounded.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The single forecast value at a position, if there is a trend to forecast from. */
    public static @Nullable BigDecimal at(List<Point> reported, int position, Shape shape, int decimals) {
        List<BigDecimal> one = of(reported, List.of(position), shape, decimals);
        return one.isEmpty() ? null : one.getFirst();
    }
}
