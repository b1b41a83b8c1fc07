package cymru.cylch.monitoring;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values of a council's measures, period by period and subject by subject. A hand-recorded measure's values are
 * recorded by its commissioners (from another system, or a provider's return); a computed measure's are computed by
 * Cylch when a period ends, or again on request. A value is never overwritten: a correction is a new value that names
 * the one it replaces, with a reason, so the history keeps every figure and each period stands alone (correcting one
 * changes no other). A value that turns a period red raises an alert.
 */
@Service
@Transactional
public class MeasureValues {

    /** The earliest period a value may be recorded for, in years before today. */
    private static final int YEARS_BACK = 10;

    private final MeasureStore store;
    private final Measures measures;
    private final MonitoringStaff staff;
    private final MeasureSubjects subjects;
    private final MeasureComputations computations;
    private final MeasureAlerts alerts;
    private final AuditLog audit;
    private final Today today;

    MeasureValues(MeasureStore store, Measures measures, MonitoringStaff staff, MeasureSubjects subjects,
                  MeasureComputations computations, MeasureAlerts alerts, AuditLog audit, Today today) {
        this.store = store;
        this.measures = measures;
        this.staff = staff;
        this.subjects = subjects;
        this.computations = computations;
        this.alerts = alerts;
        this.audit = audit;
        this.today = today;
    }

    /** A period's figures for one subject, as recorded by hand. */
    public record Recorded(String subject, LocalDate period, BigDecimal numerator, @Nullable BigDecimal denominator,
                           @Nullable String reason) {
    }

    /**
     * Records a hand-recorded measure's figures for a subject's ended period. A period that has a value already needs
     * a reason, and the new value corrects it.
     */
    public MeasureValue record(CylchUser actor, MeasureId id, Recorded recorded) {
        OrganisationId council = staff.commissioner(actor, "record measure values");
        Measure measure = measures.held(council, id);
        if (!measure.recordedByHand()) {
            throw new RuleViolationException("measure.value.computed");
        }
        if (measure.retired()) {
            throw new RuleViolationException("measure.retired");
        }
        Subject subject = subjectOf(measure, recorded.subject());
        if (subject.attachment() != Attachment.COUNCIL) {
            subjects.checked(council, measure.attachment(), subject.key());
        }
        Period period = endedPeriod(measure, recorded.period());
        Figures figures = new Figures(recorded.numerator(), recorded.denominator());
        BigDecimal value = measure.formula().value(figures.numerator(), figures.denominator());
        Optional<MeasureValue> before = store.currentOf(id, subject.key(), period.start());
        String reason = null;
        if (before.isPresent()) {
            if (recorded.reason() == null || recorded.reason().isBlank()) {
                throw new RuleViolationException("measure.value.correctionNeedsReason", "reason");
            }
            reason = Measures.reasonOf(recorded.reason(), "measure.value.correctionNeedsReason");
        }
        MeasureValue stored = new MeasureValue(UUID.randomUUID(), id, subject.key(), period.start(), figures, value,
                measure.source(), before.map(MeasureValue::id).orElse(null), reason, today.now(), actor.userId(), null);
        insert(council, measure, stored, before.orElse(null));
        audit.record(before.isPresent() ? AuditAction.CHANGED : AuditAction.CREATED, "measure", id,
                "value for " + period.start() + (subject.key().isEmpty() ? "" : " of " + subject.key()));
        return stored;
    }

    /**
     * Records a provider's figures sent in a return (checked by {@link ReturnChecks} already), correcting any value the
     * period had, with the return's reason or, for a first return over figures the council recorded, saying so.
     */
    void recordReturned(Measure measure, Subject subject, Period period, Figures figures, UUID returnId,
                        @Nullable String reason, @Nullable UUID by) {
        MeasureValue before = store.currentOf(measure.id(), subject.key(), period.start()).orElse(null);
        var value = new MeasureValue(UUID.randomUUID(), measure.id(), subject.key(), period.start(), figures,
                measure.formula().value(figures.numerator(), figures.denominator()), MeasureSource.RETURNED,
                before == null ? null : before.id(),
                before == null ? null : reason != null ? reason : "Sent in the provider’s return", today.now(), by,
                returnId);
        insert(measure.heldBy(), measure, value, before);
    }

    /**
     * Computes a computed measure's ended period for every subject, as a commissioner asks. A subject whose figures
     * are unchanged keeps its value; a changed one is corrected, with the reason that it was computed again.
     *
     * @return the number of values recorded
     */
    public int calculate(CylchUser actor, MeasureId id, LocalDate periodStart) {
        OrganisationId council = staff.commissioner(actor, "compute measures");
        Measure measure = measures.held(council, id);
        if (measure.computation() == null) {
            throw new RuleViolationException("measure.value.notComputed");
        }
        int recorded = calculate(measure, endedPeriod(measure, periodStart), actor.userId());
        audit.record(AuditAction.CHANGED, "measure", id, "computed " + periodStart + ": " + recorded + " values");
        return recorded;
    }

    /** Computes the period for every subject; for the commissioner's request and the scheduled computation. */
    int calculate(Measure measure, Period period, @Nullable UUID by) {
        Computation computation = Objects.requireNonNull(measure.computation());
        Map<Subject, Figures> computed = computations.compute(measure.heldBy(), computation, measure.attachment(),
                period);
        Set<Subject> all = new LinkedHashSet<>(subjects.expected(measure, period));
        computed.keySet().stream().filter(measure::covers).forEach(all::add);
        Map<String, MeasureValue> before = new HashMap<>();
        store.current(measure.id(), period.start(), period.start()).forEach(v -> before.put(v.subject(), v));
        List<MeasureTarget> targets = store.targets(measure.id());
        int recorded = 0;
        for (Subject subject : all) {
            Figures figures = computed.getOrDefault(subject, computation.shape().hasDenominator()
                    ? Figures.share(0, 0) : Figures.count(0));
            MeasureValue previous = before.get(subject.key());
            if (previous != null && previous.figures().sameAs(figures)) {
                continue;
            }
            var value = new MeasureValue(UUID.randomUUID(), measure.id(), subject.key(), period.start(), figures,
                    measure.formula().value(figures.numerator(), figures.denominator()), MeasureSource.COMPUTED,
                    previous == null ? null : previous.id(), previous == null ? null : "computed again", today.now(),
                    by, null);
            insert(measure.heldBy(), measure, value, previous, targets);
            recorded++;
        }
        return recorded;
    }

    /** A subject's series: the window's ended periods, and the periods ahead with the forecast. */
    @Transactional(readOnly = true)
    public MeasureSeries series(CylchUser reader, MeasureId id, Subject subject) {
        Measure measure = measures.held(staff.reader(reader), id);
        if (!measure.covers(subject)) {
            throw new RecordNotFoundException("measure subject", subject.key());
        }
        Period last = lastEnded(measure);
        Window window = Window.of(measure.frequency());
        return MeasureSeries.of(measure, subject, store.history(id, subject.key()), store.targets(id),
                last.plus(1 - window.shown()), last, window.ahead());
    }

    /** Every subject's series (those expected in the latest ended period, and any with values), for the API. */
    @Transactional(readOnly = true)
    public List<MeasureSeries> allSeries(CylchUser reader, MeasureId id) {
        Measure measure = measures.held(staff.reader(reader), id);
        Period last = lastEnded(measure);
        Window window = Window.of(measure.frequency());
        Map<String, List<MeasureValue>> bySubject = new HashMap<>();
        store.history(id).forEach(v -> bySubject.computeIfAbsent(v.subject(), s -> new ArrayList<>()).add(v));
        List<MeasureTarget> targets = store.targets(id);
        return subjectsOf(measure, last, bySubject.keySet(), subjects.expectedOf(measure.heldBy())).stream()
                .map(s -> MeasureSeries.of(measure, s, bySubject.getOrDefault(s.key(), List.of()), targets,
                        last.plus(1 - window.shown()), last, window.ahead()))
                .toList();
    }

    /**
     * A provider's own series of every measure about it, of each council it supplies: what it sent and what was
     * computed about it, against its targets. It reads no other provider's values.
     */
    @Transactional(readOnly = true)
    public List<MeasureSeries> ofProvider(CylchUser reader) {
        OrganisationId provider = staff.provider(reader);
        return store.about(provider).stream().map(m -> providerSeries(m, provider)).toList();
    }

    /** A provider's own series of one measure about it; refused as not found if the measure is not about it. */
    @Transactional(readOnly = true)
    public MeasureSeries ofProvider(CylchUser reader, MeasureId id) {
        OrganisationId provider = staff.provider(reader);
        Measure measure = store.about(provider).stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("measure", id));
        return providerSeries(measure, provider);
    }

    private MeasureSeries providerSeries(Measure measure, OrganisationId provider) {
        Period last = lastEnded(measure);
        Window window = Window.of(measure.frequency());
        Subject subject = Subject.provider(provider.value());
        return MeasureSeries.of(measure, subject, store.history(measure.id(), subject.key()),
                store.targets(measure.id()), last.plus(1 - window.shown()), last, window.ahead());
    }

    /** One subject's standing in a measure's latest ended period. */
    public record Standing(Subject subject, PeriodRow latest, @Nullable PeriodRow before) {
    }

    /** Every subject of the measure in its latest ended period (and the one before, to show the direction). */
    @Transactional(readOnly = true)
    public List<Standing> standings(CylchUser reader, MeasureId id) {
        Measure measure = measures.held(staff.reader(reader), id);
        return standings(measure, store.targets(id), store.current(id, lastEnded(measure).previous().start(),
                lastEnded(measure).start()), subjects.expectedOf(measure.heldBy()));
    }

    /** Each measure's subjects in its latest ended period, for the council's overview: by measure. */
    @Transactional(readOnly = true)
    public Map<MeasureId, List<Standing>> overview(CylchUser reader, List<Measure> shown) {
        OrganisationId council = staff.reader(reader);
        LocalDate from = shown.stream().map(m -> lastEnded(m).previous().start()).min(LocalDate::compareTo)
                .orElse(today.date());
        Map<MeasureId, List<MeasureValue>> values = new HashMap<>();
        store.currentOf(shown.stream().map(Measure::id).toList(), from)
                .forEach(v -> values.computeIfAbsent(v.measure(), m -> new ArrayList<>()).add(v));
        Map<MeasureId, List<Standing>> overview = new HashMap<>();
        MeasureSubjects.Expected expected = subjects.expectedOf(council);
        for (Measure m : shown) {
            overview.put(m.id(), standings(m, store.targets(m.id()), values.getOrDefault(m.id(), List.of()),
                    expected));
        }
        return overview;
    }

    /** The latest period that has ended by today. */
    public Period lastEnded(Measure measure) {
        return Period.containing(measure.frequency(), today.date()).previous();
    }

    private List<Standing> standings(Measure measure, List<MeasureTarget> targets, List<MeasureValue> values,
                                     MeasureSubjects.Expected expected) {
        Period last = lastEnded(measure);
        Map<String, List<MeasureValue>> bySubject = new HashMap<>();
        values.forEach(v -> bySubject.computeIfAbsent(v.subject(), s -> new ArrayList<>()).add(v));
        List<Standing> standings = new ArrayList<>();
        for (Subject subject : subjectsOf(measure, last, bySubject.keySet(), expected)) {
            MeasureSeries two = MeasureSeries.of(measure, subject, bySubject.getOrDefault(subject.key(), List.of()),
                    targets, last.previous(), last, 0);
            standings.add(new Standing(subject, two.rows().get(1), two.rows().get(0)));
        }
        return standings;
    }

    /** The subjects expected in the period, then any others with values, each once. */
    private Set<Subject> subjectsOf(Measure measure, Period period, Set<String> withValues,
                                    MeasureSubjects.Expected expected) {
        Set<Subject> all = new LinkedHashSet<>(expected.in(measure, period));
        withValues.stream().sorted().map(k -> Subject.parse(measure.attachment(), k)).flatMap(Optional::stream)
                .filter(measure::covers).forEach(all::add);
        return all;
    }

    private void insert(OrganisationId council, Measure measure, MeasureValue value, @Nullable MeasureValue before) {
        insert(council, measure, value, before, store.targets(measure.id()));
    }

    /** Records the value and raises an alert if it turns its period red; the targets are the measure's, read once. */
    private void insert(OrganisationId council, Measure measure, MeasureValue value, @Nullable MeasureValue before,
                        List<MeasureTarget> targets) {
        if (!store.insertValue(council, value)) {
            throw new RuleViolationException("measure.value.changedMeanwhile");
        }
        alerts.onRecorded(measure, value, before, targets);
    }

    private static Subject subjectOf(Measure measure, String key) {
        return Subject.parse(measure.attachment(), key).filter(measure::covers)
                .orElseThrow(() -> new RuleViolationException("measure.subject.unknown", "subject"));
    }

    private Period endedPeriod(Measure measure, LocalDate start) {
        if (!measure.frequency().starts(start)) {
            throw new RuleViolationException("measure.period.notAStart", "period");
        }
        Period period = new Period(measure.frequency(), start);
        if (!period.endedBefore(today.date())) {
            throw new RuleViolationException("measure.period.notEnded", "period");
        }
        if (start.isBefore(today.date().minusYears(YEARS_BACK))) {
            throw new RuleViolationException("measure.period.tooLongAgo", "period");
        }
        return period;
    }

    /** How many periods a series shows, and how many it forecasts ahead. */
    private record Window(int shown, int ahead) {

        static Window of(Frequency frequency) {
            return switch (frequency) {
                case MONTHLY -> new Window(24, 6);
                case QUARTERLY -> new Window(8, 2);
                case ANNUAL -> new Window(5, 1);
            };
        }
    }
}
