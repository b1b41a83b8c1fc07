package cymru.cylch.measurement;

/**
 * When a score exists although some of its items are unanswered: at most {@code maxMissing} may be missing;
 * with {@code prorate}, a sum is scaled up to the full number of items (the mean of the answered items stands
 * in for each missing one); without, missing items are simply left out of the mean (a sum without prorating
 * must not allow missing items, or it would count them as zero).
 */
public record MissingRule(int maxMissing, boolean prorate) {

    public static final MissingRule NONE_MISSING = new MissingRule(0, false);

    public MissingRule {
        if (maxMissing < 0) {
            throw new IllegalArgumentException("maxMissing must not be negative");
        }
    }
}
