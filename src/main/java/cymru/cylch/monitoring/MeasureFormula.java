package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a measure turns a period's numerator and denominator into its value: a count is the numerator; a percentage
 * and a rate are numerator ÷ denominator × factor (100 for a percentage), rounded half up to the measure's decimal
 * places. A denominator of zero leaves no value: there were no cases to count, which is not the same as zero.
 */
public record MeasureFormula(Shape shape, BigDecimal factor, int decimals) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Working precision for the division, well beyond any measure's decimal places. */
    private static final int WORKING_SCALE = 12;

    public MeasureFormula {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(factor, "factor");
        if (decimals < 0 || decimals > 4) {
            throw new RuleViolationException("measure.decimals.outOfRange");
        }
        if (shape == Shape.PERCENTAGE && factor.compareTo(HUNDRED) != 0) {
            throw new RuleViolationException("measure.factor.percentage");
        }
        if (!shape.hasDenominator() && factor.compareTo(BigDecimal.ONE) != 0) {
            throw new RuleViolationException("measure.factor.count");
        }
        if (factor.signum() <= 0 || factor.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new RuleViolationException("measure.factor.outOfRange");
        }
    }

    /** The usual formula for the shape: factor 100 for a percentage, else 1. */
    public static MeasureFormula of(Shape shape, int decimals) {
        return new MeasureFormula(shape, shape == Shape.PERCENTAGE ? HUNDRED : BigDecimal.ONE, decimals);
    }

    /** Refuses figures the shape cannot take, naming the figure at fault. */
    public void check(BigDecimal numerator, @Nullable BigDecimal denominator) {
        if ((shape == Shape.COUNT || shape == Shape.PERCENTAGE) && numerator.signum() < 0) {
            throw new RuleViolationException("measure.value.negative", "numerator");
        }
        if (!shape.hasDenominator()) {
            if (denominator != null) {
                throw new RuleViolationException("measure.value.denominatorNotUsed", "denominator");
            }
            return;
        }
        if (denominator == null) {
            throw new RuleViolationException("measure.value.denominatorMissing", "denominator");
        }
        if (denominator.signum() < 0) {
            throw new RuleViolationException("measure.value.negative", "denominator");
        }
        if (denominator.signum() == 0 && numerator.signum() != 0) {
            throw new RuleViolationException("measure.value.partOfNothing", "numerator");
        }
        if (shape == Shape.PERCENTAGE && numerator.compareTo(denominator) > 0) {
            throw new RuleViolationException("measure.value.partOverWhole", "numerator");
        }
    }

    /** The value, or null when the denominator is zero. Checks the figures first. */
    public @Nullable BigDecimal value(BigDecimal numerator, @Nullable BigDecimal denominator) {
        check(numerator, denominator);
        if (denominator == null) {
            return numerator.setScale(decimals, RoundingMode.HALF_UP);
        }
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(factor).divide(denominator, WORKING_SCALE, RoundingMode.HALF_UP)
                .setScale(decimals, RoundingMode.HALF_UP);
    }
}
