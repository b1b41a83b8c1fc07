package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One administration of an instrument with a person: the answers as given and the scores as the instrument's
 * version worked them out then (absent where its missing-data rule allowed none). Never changed afterwards.
 */
public record Measurement(UUID id, UUID personId, String instrument, String instrumentVersion,
                          LocalDate administeredOn, AdministrationMode mode, @Nullable UUID outcomeId,
                          Map<String, @Nullable BigDecimal> answers, Map<String, @Nullable BigDecimal> scores,
                          Instant recordedAt) {
}
