package cymru.cylch.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A measure as a commissioner defines it. The bands default to the usual ones for the polarity when not given.
 *
 * @param subject one named provider (id), contract (id) or service (code) of the attachment's kind, or null for all
 */
public record NewMeasure(MeasureText name, Quadrant quadrant, Shape shape, @Nullable BigDecimal factor, int decimals,
                         MeasureText numerator, @Nullable MeasureText denominator, MeasureText unit,
                         Frequency frequency, Polarity polarity, MeasureSource source,
                         @Nullable Computation computation, boolean national, Attachment attachment,
                         @Nullable String subject, @Nullable RagBands bands) {
}
