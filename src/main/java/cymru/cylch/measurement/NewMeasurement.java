package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A measurement to record: the instrument, when, who answered, the answers, and the outcome it evidences. */
public record NewMeasurement(String instrument, LocalDate administeredOn, AdministrationMode mode,
                             Map<String, @Nullable BigDecimal> answers, @Nullable UUID outcomeId) {
}
