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
    private static final int MOST_WHOLE_DIGITS = 15;
    private static final int MOST_DECIMALS = 4;

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
        if (factor.signum() <= 0 || factor.compareTo(BigDecimal.valueOf(1_000_000)) > 0
                || factor.stripTrailingZeros().scale() > MOST_DECIMALS) {
            throw new RuleViolationException("measure.factor.outOfRange");
        }
    }

    /** The usual formula for the shape: factor 100 for a percentage, else 1. */
    public static MeasureFormula of(Shape shape, int decimals) {
        return new MeasureFormula(shape, shape == Shape.PERCENTAGE ? HUNDRED : BigDecimal.ONE, decimals);
    }

    /** Refuses figures the shape cannot take, naming the figure at fault. */
    public void check(BigDecimal numerator, @Nullable BigDecimal denominator) {
        storable(numerator, "numerator");
        if (denominator != null) {
            storable(denominator, "denominator");
        }
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

    /**
     * Refuses a figure the database cannot keep exactly (at most 15 digits before the point and 4 after), naming it.
     */
    public static BigDecimal storable(BigDecimal figure, String part) {
        BigDecimal plain = figure.stripTrailingZeros();
        if (plain.precision() - plain.scale() > MOST_WHOLE_DIGITS) {
            throw new RuleViolationException("measure.figure.tooLarge", part);
        }
        if (plain.scale() > MOST_DECIMALS) {
            throw new RuleViolationException("measure.figure.tooPrecise", part);
        }
        return figure;
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
        return storable(numerator.multiply(factor).divide(denominator, WORKING_SCALE, RoundingMode.HALF_UP)
                .setScale(decimals, RoundingMode.HALF_UP), "numerator");
    }
}
