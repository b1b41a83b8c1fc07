package cymru.cylch.contracts;

/**
 * What an evaluation criterion weighs. Quality, outcomes and social value are scored by evaluators on the published
 * 0 to 5 scale; price is scored by formula ({@link WeightedScoring#priceScore}).
 */
public enum CriterionKind {
    QUALITY,
    OUTCOMES,
    SOCIAL_VALUE,
    PRICE;

    /** Whether evaluators score it (everything but price). */
    public boolean scoredByEvaluators() {
        return this != PRICE;
    }

    /** Whether it weighs what providers would achieve for people: quality or outcomes. */
    public boolean aboutQualityOrOutcomes() {
        return this == QUALITY || this == OUTCOMES;
    }
}
