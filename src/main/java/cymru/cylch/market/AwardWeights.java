package cymru.cylch.market;

import cymru.cylch.platform.rules.RuleViolationException;

/**
 * How much quality, outcomes and price count when proposals are compared, in per cent. They add up to 100, and
 * price never counts for more than half: Cylch awards on quality and outcomes, with price one factor among several,
 * not by reverse auction.
 */
public record AwardWeights(int quality, int outcomes, int price) {

    /** The most price may count for, in per cent. */
    public static final int MOST_FOR_PRICE = 50;

    /** Quality and outcomes 40% each, price 20%. */
    public static final AwardWeights USUAL = new AwardWeights(40, 40, 20);

    /** Checks the weights: each 0 to 100, adding up to 100, price no more than {@link #MOST_FOR_PRICE}. */
    public AwardWeights checked() {
        if (quality < 0 || outcomes < 0 || price < 0 || quality > 100 || outcomes > 100 || price > 100) {
            throw new RuleViolationException("brokerage.weights.range");
        }
        if (quality + outcomes + price != 100) {
            throw new RuleViolationException("brokerage.weights.sum");
        }
        if (price > MOST_FOR_PRICE) {
            throw new RuleViolationException("brokerage.weights.price");
        }
        return this;
    }
}
