package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk set-up for the demo county, in system scope: measures taken from the library as if some time ago, and
 * providers' returns as they were sent, on the days they were sent, through the same recording of values as a return
 * sent today.
 */
@Service
@Transactional
public class MonitoringSetup {

    private final MeasureStore measures;
    private final ReturnStore returns;
    private final StarterMeasures library;
    private final MeasureValues values;

    MonitoringSetup(MeasureStore measures, ReturnStore returns, StarterMeasures library, MeasureValues values) {
        this.measures = measures;
        this.returns = returns;
        this.library = library;
        this.values = values;
    }

    /** Takes every measure of the library for the council, as defined at the instant. */
    public Map<String, Measure> adoptLibrary(OrganisationId council, Instant definedAt, UUID by) {
        Map<String, Measure> adopted = new LinkedHashMap<>();
        for (StarterMeasures.Entry entry : library.entries()) {
            NewMeasure r = entry.request();
            MeasureFormula formula = r.factor() == null ? MeasureFormula.of(r.shape(), r.decimals())
                    : new MeasureFormula(r.shape(), r.factor(), r.decimals());
            var measure = new Measure(MeasureId.of(UUID.nameUUIDFromBytes(("cylch-demo/measure/" + council + "/"
                    + entry.code()).getBytes(StandardCharsets.UTF_8))), council, entry.code(),
                    r.name(), r.quadrant(), formula, r.numerator(), r.denominator(), r.unit(), r.frequency(),
                    r.polarity(), r.source(), r.computation(), r.national(), r.attachment(), r.subject(),
                    r.bands() == null ? RagBands.usual(r.polarity()) : r.bands(), null, null, null, definedAt, null,
                    0);
            if (!measures.insert(measure, by)) {
                throw new IllegalStateException("The council has taken " + entry.code() + " already");
            }
            adopted.put(entry.code(), measure);
        }
        return adopted;
    }

    /** A provider's return for the period as it was sent at the instant, its figures by measure. */
    public void returned(OrganisationId council, OrganisationId provider, Period period, Map<Measure, Figures> figures,
                         Instant sentAt, UUID by) {
        var sent = new ProviderReturn(UUID.randomUUID(), council, provider, period, ReturnChannel.API, figures.size(),
                null, null, sentAt, ReturnSchedule.late(period, sentAt));
        if (!returns.insert(sent, by)) {
            throw new IllegalStateException("A return for " + period + " was sent already");
        }
        figures.forEach((measure, f) -> values.recordReturned(measure, Subject.provider(provider.value()), period, f,
                sent.id(), null, by));
    }
}
