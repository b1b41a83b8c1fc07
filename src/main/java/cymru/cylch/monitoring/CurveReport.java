package cymru.cylch.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Turn the Curve report on one subject's series of a measure. While a draft, its parts are edited; once published
 * it is kept as it was, with the baseline and the forecast if nothing changes as they stood then.
 */
public record CurveReport(UUID id, MeasureId measure, String subject, boolean published, CurveParts parts,
                          @Nullable BigDecimal baseline, @Nullable LocalDate baselinePeriod, List<ForecastPoint> forecast,
                          Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt, int version) {

    public CurveReport {
        forecast = List.copyOf(forecast);
    }

    /** A period's forecast value as published. */
    public record ForecastPoint(LocalDate periodStart, BigDecimal value) {
    }
}
