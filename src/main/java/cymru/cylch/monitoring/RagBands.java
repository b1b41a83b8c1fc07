package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bands that rate a value against its target, each a percentage of the target. Where higher is better, a value
 * at or above {@code greenAt}% of the target is green, at or above {@code amberAt}% amber, and below that red; where
 * lower is better the comparison turns round: at or below {@code greenAt}% green, at or below {@code amberAt}% amber.
 * So the usual bands are 100 and 90 for higher is better, 100 and 110 for lower.
 */
public record RagBands(BigDecimal greenAt, BigDecimal amberAt) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MOST = BigDecimal.valueOf(1000);

    public RagBands {
        Objects.requireNonNull(greenAt, "greenAt");
        Objects.requireNonNull(amberAt, "amberAt");
    }

    /** The usual bands for the polarity. */
    public static RagBands usual(Polarity polarity) {
        return polarity == Polarity.HIGHER_IS_BETTER ? new RagBands(HUNDRED, BigDecimal.valueOf(90))
                : new RagBands(HUNDRED, BigDecimal.valueOf(110));
    }

    /** Refuses bands that cannot rate: out of 0 to 1,000%, or amber on the wrong side of green. */
    public RagBands checkedFor(Polarity polarity) {
        if (greenAt.signum() < 0 || amberAt.signum() < 0 || greenAt.compareTo(MOST) > 0
                || amberAt.compareTo(MOST) > 0) {
            throw new RuleViolationException("measure.bands.outOfRange");
        }
        int order = amberAt.compareTo(greenAt);
        if (polarity == Polarity.HIGHER_IS_BETTER ? order > 0 : order < 0) {
            throw new RuleViolationException(polarity == Polarity.HIGHER_IS_BETTER
                    ? "measure.bands.amberAboveGreen" : "measure.bands.amberBelowGreen");
        }
        return this;
    }

    /** The value's rating; a missing value is not reported, and a missing target leaves it unrated. */
    public Rag rate(@Nullable BigDecimal value, @Nullable BigDecimal target, Polarity polarity) {
        if (value == null) {
            return Rag.NOT_REPORTED;
        }
        if (target == null) {
            return Rag.NO_TARGET;
        }
        // Compare value × 100 with target × band, so no division and no rounding.
        BigDecimal scaled = value.multiply(HUNDRED);
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            return scaled.compareTo(target.multiply(greenAt)) >= 0 ? Rag.GREEN
                    : scaled.compareTo(target.multiply(amberAt)) >= 0 ? Rag.AMBER : Rag.RED;
        }
        return scaled.compareTo(target.multiply(greenAt)) <= 0 ? Rag.GREEN
                : scaled.compareTo(target.multiply(amberAt)) <= 0 ? Rag.AMBER : Rag.RED;
    }
}
