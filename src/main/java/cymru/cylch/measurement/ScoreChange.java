package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Distance travelled on one score: the first and the latest value, the change, and what the change means against
 * the instrument's threshold for a meaningful change ({@code threshold}, null when the instrument defines none)
 * in the direction the score counts as better ({@code lowerIsBetter}).
 */
public record ScoreChange(String score, LocalDate firstOn, BigDecimal first, LocalDate latestOn, BigDecimal latest,
                          @Nullable BigDecimal threshold, boolean lowerIsBetter) {

    /** What a change means: meaningfully better, meaningfully worse, within the threshold, or no threshold. */
    public enum Meaning {
        IMPROVED,
        WORSENED,
        NOT_MEANINGFUL,
        NO_THRESHOLD
    }

    public BigDecimal change() {
        return latest.subtract(first);
    }

    /**
     * A change at least as large as the threshold is meaningful either way: an improvement if it goes the way the
     * score counts as better, a worsening if it goes the other way; a smaller change is not meaningful.
     */
    public Meaning meaning() {
        if (threshold == null) {
            return Meaning.NO_THRESHOLD;
        }
        BigDecimal better = lowerIsBetter ? change().negate() : change();
        if (better.compareTo(threshold) >= 0) {
            return Meaning.IMPROVED;
        }
        if (better.negate().compareTo(threshold) >= 0) {
            return Meaning.WORSENED;
        }
        return Meaning.NOT_MEANINGFUL;
    }
}
