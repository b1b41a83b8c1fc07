package cymru.cylch.monitoring;

/**
 * A period's rating against its target. Besides red, amber and green, a period with no value is not reported (never
 * zero), one whose denominator was zero had no cases to count, and one with no target cannot be rated.
 */
public enum Rag {
    GREEN,
    AMBER,
    RED,
    NOT_REPORTED,
    NO_CASES,
    NO_TARGET;

    /** Whether the period was rated against a target. */
    public boolean rated() {
        return this == GREEN || this == AMBER || this == RED;
    }
}
