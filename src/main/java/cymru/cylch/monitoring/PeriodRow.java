package cymru.cylch.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One period of a subject's series: its figures and value (none if not reported), the target in force, the forecast
 * if nothing changes (for the periods after the latest reported), the rating, and whether the value was corrected.
 */
public record PeriodRow(Period period, @Nullable Figures figures, @Nullable BigDecimal value,
                        @Nullable BigDecimal target, @Nullable BigDecimal forecast, Rag rag, boolean corrected,
                        boolean ended) {
}
