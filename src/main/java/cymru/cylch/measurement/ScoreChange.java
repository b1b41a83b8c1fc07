package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Distance travelled on one score: the first and the latest value, the change, and whether the change reaches
 * the instrument's threshold for a meaningful change (null when the instrument defines none).
 */
public record ScoreChange(String score, LocalDate firstOn, BigDecimal first, LocalDate latestOn, BigDecimal latest,
                          @Nullable Boolean meaningful) {

    public BigDecimal change() {
        return latest.subtract(first);
    }
}
