package cymru.cylch.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One recorded figure for a subject's period: the first, or a correction of an earlier one ({@code corrects}, with a
 * reason). The value is null when the denominator was zero; {@code returnId} names the provider's return that sent it.
 */
public record MeasureValue(UUID id, MeasureId measure, String subject, LocalDate periodStart, Figures figures,
                           @Nullable BigDecimal value, MeasureSource origin, @Nullable UUID corrects,
                           @Nullable String reason, Instant recordedAt, @Nullable UUID recordedBy,
                           @Nullable UUID returnId) {

    public boolean correction() {
        return corrects != null;
    }
}
