package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One score an instrument gives: from which items, by which method, under which missing-data rule, rounded to
 * how many decimals, within which range, and the change in it that counts as meaningful (if the instrument's
 * authors publish one). {@code lookup} converts a raw sum (LOOKUP); {@code weights} give each item's answer a
 * weight, and {@code multiplier} and {@code constant} transform the weighted sum (WEIGHTED). A {@code profile}
 * score is one domain of a profile, shown with the others as a radar chart. For most scores higher is better;
 * {@code lowerIsBetter} turns that round (a count of concerns), so improvement is counted the right way.
 */
public record ScoreDefinition(String code, Wording name, ScoreMethod method, List<String> items, MissingRule missing,
                              int decimals, BigDecimal min, BigDecimal max, @Nullable BigDecimal meaningfulChange,
                              @Nullable Map<Integer, BigDecimal> lookup,
                              @Nullable Map<String, Map<Integer, BigDecimal>> weights,
                              @Nullable BigDecimal multiplier, @Nullable BigDecimal constant, boolean profile,
                              boolean lowerIsBetter) {

    public ScoreDefinition {
        items = List.copyOf(items);
        missing = missing == null ? MissingRule.NONE_MISSING : missing;
        lookup = lookup == null ? null : Map.copyOf(lookup);
        weights = weights == null ? null : Map.copyOf(weights);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Score " + code + " has no items");
        }
        if (decimals < 0 || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("Score " + code + ": bad decimals or range");
        }
        boolean needsAll = method == ScoreMethod.LOOKUP || method == ScoreMethod.WEIGHTED
                || (method == ScoreMethod.SUM && !missing.prorate());
        if (needsAll && missing.maxMissing() > 0) {
            throw new IllegalArgumentException("Score " + code + ": a " + method
                    + " score cannot allow missing items without prorating (they would count as zero)");
        }
        if (method == ScoreMethod.LOOKUP && (lookup == null || lookup.isEmpty())) {
            throw new IllegalArgumentException("Score " + code + ": a lookup score needs its table");
        }
        if (method == ScoreMethod.WEIGHTED && (weights == null || multiplier == null || constant == null)) {
            throw new IllegalArgumentException("Score " + code + ": a weighted score needs weights and a transform");
        }
    }
}
