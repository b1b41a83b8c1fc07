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
}
