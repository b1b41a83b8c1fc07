package cymru.cylch.measurement;

import org.springframework.context.ApplicationEventPublisher;
import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording past measurements as Cylch itself (the demo county), scored by the shipped instruments or the
 * organisation's own, and adding an organisation's own instrument as if its administrators had made it.
 */
@Service
@Transactional
public class MeasurementSetup {

    private final InstrumentLibrary library;
    private final MeasurementStore store;
    private final LocalInstrumentStore localInstruments;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeasurementSetup(InstrumentLibrary library, MeasurementStore store, LocalInstrumentStore localInstruments,
                     AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.library = library;
        this.store = store;
        this.localInstruments = localInstruments;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** A measurement as it was taken: whose, where they lived, which outcome it evidenced, and the answers. */
    public record PastMeasurement(UUID personId, @Nullable String areaCode, @Nullable UUID outcomeId,
                                  @Nullable String outcomeDomain, String instrument, LocalDate administeredOn,
                                  AdministrationMode mode, Map<String, @Nullable BigDecimal> answers) {
    }

    /** Version 1 of one of the organisation's own instruments. */
    public void addLocalInstrument(UUID heldBy, InstrumentDefinition definition) {
        InstrumentDefinition first = definition.withVersion("1");
        localInstruments.insert(heldBy, first, clock.instant(), null);
        audit.record(new Actor(null, null, heldBy, AuditChannel.SYSTEM), AuditAction.CREATED, "instrument",
                first.code() + "/1", null);
    }

    public void recordAll(UUID heldBy, List<PastMeasurement> past) {
        List<MeasurementStore.Placed> placed = new ArrayList<>(past.size());
        // One lookup per instrument, not per measurement: an organisation's own are read from the database.
        Map<String, InstrumentScorer> scorers = new HashMap<>();
        for (PastMeasurement p : past) {
            InstrumentScorer scorer = scorers.computeIfAbsent(p.instrument(),
                    code -> library.scorer(heldBy, code).orElseThrow());
            placed.add(new MeasurementStore.Placed(new Measurement(MeasurementIds.next(clock), p.personId(), p.instrument(),
                    scorer.definition().version(), p.administeredOn(), p.mode(), p.outcomeId(), p.answers(),
                    scorer.score(p.answers()), clock.instant()),
                    new MeasurementStore.Placement(heldBy, p.areaCode(), p.outcomeDomain())));
        }
        store.insertAll(placed, null);
        audit.recordAll(new Actor(null, null, heldBy, AuditChannel.SYSTEM), AuditAction.CREATED, "measurement",
                placed.stream().map(p -> p.measurement().id().toString()).toList());
        placed.forEach(p -> events.publishEvent(MeasurementRecorded.of(p.measurement(), heldBy)));
    }
}
