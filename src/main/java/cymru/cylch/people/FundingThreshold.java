package cymru.cylch.people;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When a support plan needs a funding decision before it takes effect: its planned weekly cost is above its
 * indicative budget by more than the council's margin, a share of the budget ({@code cylch.funding.margin-percent}).
 * A plan with no budget at all needs a decision for any cost.
 */
public record FundingThreshold(BigDecimal marginPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Ten times the budget is already no limit; a larger margin is a mistake in the configuration. */
    private static final BigDecimal MOST_MARGIN = BigDecimal.valueOf(1000);

    public FundingThreshold {
        if (marginPercent.signum() < 0 || marginPercent.compareTo(MOST_MARGIN) > 0) {
            throw new IllegalArgumentException("The funding margin must be 0 to 1000 per cent, not " + marginPercent);
        }
    }

    /** The most a plan on this budget may cost a week without a decision, to the penny (half-up). */
    public BigDecimal limit(BigDecimal indicativeWeeklyBudget) {
        return indicativeWeeklyBudget.add(indicativeWeeklyBudget.multiply(marginPercent).divide(HUNDRED))
                .setScale(2, RoundingMode.HALF_UP);
    }

    public boolean needsDecision(BigDecimal plannedWeeklyCost, BigDecimal indicativeWeeklyBudget) {
        return plannedWeeklyCost.compareTo(limit(indicativeWeeklyBudget)) > 0;
    }
}
