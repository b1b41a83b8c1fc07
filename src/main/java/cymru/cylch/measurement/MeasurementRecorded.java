package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person was measured with an instrument: the scores (absent ones included as null), when, and for which outcome. */
public record MeasurementRecorded(UUID measurementId, UUID personId, UUID heldBy, String instrument,
                                  Map<String, @Nullable BigDecimal> scores, LocalDate administeredOn,
                                  @Nullable UUID outcomeId) {
}
