package cymru.cylch.monitoring;

/** Which way is good: a higher value (outcomes achieved) or a lower one (days waiting, visits missed). */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
