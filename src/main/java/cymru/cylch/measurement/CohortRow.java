package cymru.cylch.measurement;

import cymru.cylch.platform.rules.Percentages;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One group of a cohort view (a council, an area, an outcome domain): how many people were measured, how many
 * more than once, their mean first and latest scores and mean change (of those measured more than once), and
 * how many of those improved, and improved by at least the instrument's meaningful change (percentages of those
 * measured more than once, by {@link Percentages}).
 */
public record CohortRow(String key, long measured, long repeated, @Nullable BigDecimal meanFirst,
                        @Nullable BigDecimal meanLatest, @Nullable BigDecimal meanChange, long improved,
                        long meaningfullyImproved) {

    public BigDecimal percentImproved() {
        return percent(improved);
    }

    public BigDecimal percentMeaningful() {
        return percent(meaningfullyImproved);
    }

    private BigDecimal percent(long part) {
        return Percentages.of(part, repeated);
    }
}
