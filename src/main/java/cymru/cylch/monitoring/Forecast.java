package cymru.cylch.monitoring;

import java.math.BigDecimal;
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
        double n = used.size();
        double meanX = used.stream().mapToDouble(Point::index).sum() / n;
        double meanY = used.stream().mapToDouble(p -> p.value().doubleValue()).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (Point p : used) {
            double dx = p.index() - meanX;
            sxy += dx * (p.value().doubleValue() - meanY);
            sxx += dx * dx;
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        boolean everNegative = used.stream().anyMatch(p -> p.value().signum() < 0);
        List<BigDecimal> forecast = new ArrayList<>(positions.size());
        for (int x : positions) {
            forecast.add(bounded(meanY + slope * (x - meanX), shape, everNegative, decimals));
        }
        return forecast;
    }

    private static BigDecimal bounded(double y, Shape shape, boolean everNegative, int decimals) {
        double bounded = y;
        if (shape == Shape.PERCENTAGE) {
            bounded = Math.min(100, Math.max(0, y));
        } else if (!everNegative) {
            bounded = Math.max(0, y);
        }
        return BigDecimal.valueOf(bounded).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The single forecast value at a position, if there is a trend to forecast from. */
    public static @Nullable BigDecimal at(List<Point> reported, int position, Shape shape, int decimals) {
        List<BigDecimal> one = of(reported, List.of(position), shape, decimals);
        return one.isEmpty() ? null : one.getFirst();
    }
}
