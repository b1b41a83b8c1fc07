package cymru.cylch.measurement;

import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person was measured with an instrument: the scores (absent ones included as null), when, and for which outcome. */
public record MeasurementRecorded(MeasurementId measurementId, PersonId personId, OrganisationId heldBy,
                                  String instrument, Map<String, @Nullable BigDecimal> scores,
                                  LocalDate administeredOn, @Nullable OutcomeId outcomeId) implements OrganisationEvent {

    @Override
    public OrganisationId organisation() {
        return heldBy;
    }

    @Override
    public String key() {
        return "measurement-recorded/" + measurementId;
    }

    /** The event that recording {@code measurement} for a person {@code heldBy} an organisation publishes. */
    static MeasurementRecorded of(Measurement measurement, UUID heldBy) {
        UUID outcome = measurement.outcomeId();
        return new MeasurementRecorded(MeasurementId.of(measurement.id()), PersonId.of(measurement.personId()),
                OrganisationId.of(heldBy), measurement.instrument(), measurement.scores(), measurement.administeredOn(),
                outcome == null ? null : OutcomeId.of(outcome));
    }
}
