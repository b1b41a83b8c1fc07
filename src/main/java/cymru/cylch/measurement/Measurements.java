package cymru.cylch.measurement;

import cymru.cylch.people.AccessPart;
import cymru.cylch.people.DateBounds;
import cymru.cylch.people.GrantedPeople;
import cymru.cylch.people.GrantedPerson;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.Person;
import cymru.cylch.people.PersonAccessGrants;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PersonalOutcome;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording measurements of a person and reading them back with the distance they have travelled. Answers are
 * checked and scored before anything is written, and the whole administration is written in one transaction,
 * so a bad answer stores nothing.
 */
@Service
@Transactional
public class Measurements {

    private final PersonManagement people;
    private final OutcomePlanning outcomes;
    private final PersonAccessGrants grants;
    private final GrantedPeople granted;
    private final InstrumentLibrary library;
    private final MeasurementStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Today today;

    Measurements(PersonManagement people, OutcomePlanning outcomes, PersonAccessGrants grants, GrantedPeople granted,
                 InstrumentLibrary library, MeasurementStore store, AuditLog audit, ApplicationEventPublisher events,
                 Clock clock, Today today) {
        this.people = people;
        this.grants = grants;
        this.granted = granted;
        this.outcomes = outcomes;
        this.library = library;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.today = today;
    }

    public Measurement record(CylchUser actor, UUID personId, NewMeasurement measurement) {
        return record(actor, personId, measurement, null);
    }

    /**
     * Records a measurement of a person the actor's organisation (a provider) supports, through an access grant in
     * force today that includes their measurements. The measurement is the holder's record, like any other, and
     * names the organisation that recorded it. Without such a grant the person is not found, audited as refused.
     * It may be linked to one of the person's outcomes only where the grant shows their outcomes.
     */
    public Measurement recordThroughGrant(CylchUser actor, UUID personId, NewMeasurement measurement) {
        OrganisationId recorder = OrganisationId.of(actor.organisationId());
        if (grants.inForce(recorder, PersonId.of(personId), AccessPart.MEASUREMENTS).isEmpty()) {
            audit.recordRefusal("person", personId);
            throw new RecordNotFoundException("person", personId);
        }
        GrantedPerson person = granted.view(actor, personId);
        GrantedPerson.Profile profile = person.profile();
        InstrumentScorer scorer = library.scorer(person.heldBy().value(), measurement.instrument())
                .orElseThrow(() -> new RecordNotFoundException("instrument", measurement.instrument()));
        // Without the profile the date of birth is not the provider's to know: only the future is refused then.
        DateBounds.measurement(measurement.administeredOn(), profile == null ? LocalDate.MIN : profile.dateOfBirth(),
                        profile == null ? null : profile.dateOfDeath(), today.date())
                .ifPresent(problem -> {
                    throw new RuleViolationException(problem);
                });
        UUID outcomeId = measurement.outcomeId();
        String domain = null;
        if (outcomeId != null) {
            domain = person.outcomes().stream().filter(o -> o.id().value().equals(outcomeId))
                    .map(GrantedPerson.GrantedOutcome::domain).findFirst()
                    .orElseThrow(() -> new RuleViolationException("measurement.outcome.unknown"));
        }
        Measurement recorded = scored(personId, measurement, scorer, outcomeId);
        store.insert(recorded, new MeasurementStore.Placement(person.heldBy().value(),
                profile == null ? null : profile.address().areaCode(), domain), actor.userId(), recorder.value());
        audit.recordInEach(List.of(person.heldBy().value()), AuditAction.CREATED, "measurement", recorded.id(),
                "of person " + personId + " through access grant");
        events.publishEvent(MeasurementRecorded.of(recorded, person.heldBy().value()));
        return recorded;
    }

    private Measurement record(CylchUser actor, UUID personId, NewMeasurement measurement,
                               @Nullable UUID recordedBy) {
        Person person = people.held(actor, personId);
        InstrumentScorer scorer = library.scorer(person.heldBy(), measurement.instrument())
                .orElseThrow(() -> new RecordNotFoundException("instrument", measurement.instrument()));
        LocalDate today = this.today.date();
        DateBounds.measurement(measurement.administeredOn(), person.dateOfBirth(), person.dateOfDeath(), today)
                .ifPresent(problem -> {
                    throw new RuleViolationException(problem);
                });
        UUID outcomeId = measurement.outcomeId();
        String domain = null;
        if (outcomeId != null) {
            domain = outcomes.outcomesOf(actor, personId).stream().filter(o -> o.id().equals(outcomeId))
                    .map(PersonalOutcome::domain).findFirst()
                    .orElseThrow(() -> new RuleViolationException("measurement.outcome.unknown"));
        }
        Measurement recorded = scored(personId, measurement, scorer, outcomeId);
        store.insert(recorded, new MeasurementStore.Placement(person.heldBy(), person.address().areaCode(), domain),
                actor.userId(), recordedBy);
        audit.record(AuditAction.CREATED, "measurement", recorded.id());
        events.publishEvent(MeasurementRecorded.of(recorded, person.heldBy()));
        return recorded;
    }

    private Measurement scored(UUID personId, NewMeasurement measurement, InstrumentScorer scorer,
                               @Nullable UUID outcomeId) {
        Map<String, @Nullable BigDecimal> scores = scorer.scoreToKeep(measurement.answers());
        return new Measurement(MeasurementIds.next(clock), personId, measurement.instrument(),
                scorer.definition().version(), measurement.administeredOn(), measurement.mode(), outcomeId,
                measurement.answers(), scores, clock.instant());
    }

    /**
     * The measurements of a person the actor's organisation supports, through a grant of their measurements in force
     * today, oldest first; not found (audited) without one.
     */
    @Transactional(readOnly = true)
    public List<Measurement> ofGranted(CylchUser actor, UUID personId) {
        if (grants.inForce(OrganisationId.of(actor.organisationId()), PersonId.of(personId), AccessPart.MEASUREMENTS)
                .isEmpty()) {
            audit.recordRefusal("person", personId);
            throw new RecordNotFoundException("person", personId);
        }
        Map<String, InstrumentDefinition> definitions = new HashMap<>();
        library.available(actor.organisationId()).forEach(d -> definitions.put(d.code(), d));
        return store.ofPerson(personId).stream().map(m -> asDefined(m, definitions.get(m.instrument()))).toList();
    }

    /**
     * Which of the person's measurements another organisation recorded through an access grant: the organisation,
     * by measurement. Read with the person's measurements, by whoever may read those.
     */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> recordedElsewhere(UUID personId) {
        return store.recordedElsewhere(personId);
    }

    /** The person's measurements, oldest first. Reading them is part of viewing the person's record. */
    @Transactional(readOnly = true)
    public List<Measurement> of(CylchUser actor, UUID personId) {
        Person person = people.held(actor, personId);
        Map<String, InstrumentDefinition> definitions = new HashMap<>();
        library.available(person.heldBy()).forEach(d -> definitions.put(d.code(), d));
        return store.ofPerson(personId).stream().map(m -> asDefined(m, definitions.get(m.instrument()))).toList();
    }

    /**
     * One of the person's measurements. One of another person's, or of another organisation's, is not found, and
     * the attempt is audited as a refused access, as for a person held elsewhere.
     */
    @Transactional(readOnly = true)
    public Measurement one(CylchUser actor, UUID personId, UUID measurementId) {
        return of(actor, personId).stream().filter(m -> m.id().equals(measurementId)).findFirst()
                .orElseThrow(() -> {
                    audit.recordRefusal("measurement", measurementId);
                    return new RecordNotFoundException("measurement", measurementId);
                });
    }

    /** Scores come back from the database at its scale; shown at the instrument's own number of decimals. */
    private static Measurement asDefined(Measurement m, @Nullable InstrumentDefinition definition) {
        if (definition == null) {
            return m;
        }
        Map<String, @Nullable BigDecimal> scores = new LinkedHashMap<>();
        for (ScoreDefinition score : definition.scores()) {
            if (m.scores().containsKey(score.code())) {
                BigDecimal value = m.scores().get(score.code());
                scores.put(score.code(), value == null ? null : value.setScale(score.decimals(), RoundingMode.HALF_UP));
            }
        }
        return new Measurement(m.id(), m.personId(), m.instrument(), m.instrumentVersion(), m.administeredOn(),
                m.mode(), m.outcomeId(), m.answers(), scores, m.recordedAt());
    }

    /** First against latest for each score of an instrument the person has been measured with at least twice. */
    public static List<ScoreChange> distanceTravelled(InstrumentDefinition instrument, List<Measurement> history) {
        List<Measurement> taken = history.stream().filter(m -> m.instrument().equals(instrument.code())).toList();
        List<ScoreChange> changes = new ArrayList<>();
        for (ScoreDefinition score : instrument.scores()) {
            var scored = taken.stream().filter(m -> m.scores().get(score.code()) != null).toList();
            if (scored.size() < 2) {
                continue;
            }
            Measurement first = scored.getFirst();
            Measurement latest = scored.getLast();
            BigDecimal from = first.scores().get(score.code());
            BigDecimal to = latest.scores().get(score.code());
            changes.add(new ScoreChange(score.code(), first.administeredOn(), from, latest.administeredOn(), to,
                    score.meaningfulChange(), score.lowerIsBetter()));
        }
        return changes;
    }

    /** The instrument, in the version the measurement was scored by. */
    @Transactional(readOnly = true)
    public Optional<InstrumentDefinition> scoredBy(CylchUser actor, Measurement measurement) {
        return library.version(actor.organisationId(), measurement.instrument(), measurement.instrumentVersion());
    }

    /** One of the instruments the actor's organisation can use. */
    @Transactional(readOnly = true)
    public Optional<InstrumentDefinition> instrument(CylchUser actor, String code) {
        return library.scorer(actor.organisationId(), code).map(InstrumentScorer::definition);
    }

    /** The instruments the actor's organisation can use: Cylch's, then its own. */
    @Transactional(readOnly = true)
    public List<InstrumentDefinition> instruments(CylchUser actor) {
        return library.available(actor.organisationId());
    }

    /** Whether the instrument is the actor's organisation's own (not one Cylch ships). */
    @Transactional(readOnly = true)
    public boolean isOwn(CylchUser actor, String code) {
        return library.isOwn(actor.organisationId(), code);
    }
}
