package cymru.cylch.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A measure's period that turned red for a subject, until a commissioner acknowledges it. */
public record MeasureAlert(UUID id, MeasureId measure, String subject, LocalDate periodStart, Instant raisedAt,
                           @Nullable Instant acknowledgedAt) {
}
