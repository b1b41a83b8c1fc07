package cymru.cylch.measurement;

/**
 * How a score is worked out from its items' scored values: their sum; their mean; their sum converted through a
 * lookup table (raw score to metric score); or a weight per item per answer, summed and put through a linear
 * transform ({@code multiplier * sum + constant}), as preference-weighted measures are.
 */
public enum ScoreMethod {
    SUM,
    MEAN,
    LOOKUP,
    WEIGHTED
}
