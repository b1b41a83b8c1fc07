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
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's performance measures: defined once (its own, or taken from the starter library), given targets from a
 * period on and a baseline, and retired when no longer collected (kept, with their values). Commissioners manage
 * them; team managers, finance officers and auditors read them.
 */
@Service
@Transactional
public class Measures {

    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_WORDING = 500;
    private static final int LONGEST_UNIT = 40;
    private static final int LONGEST_REASON = 2000;
    private static final int LONGEST_STORY = 4000;

    private final MeasureStore store;
    private final MonitoringStaff staff;
    private final MeasureSubjects subjects;
    private final StarterMeasures library;
    private final AuditLog audit;
    private final Today today;

    Measures(MeasureStore store, MonitoringStaff staff, MeasureSubjects subjects, StarterMeasures library,
             AuditLog audit, Today today) {
        this.store = store;
        this.staff = staff;
        this.subjects = subjects;
        this.library = library;
        this.audit = audit;
        this.today = today;
    }

    public Measure define(CylchUser actor, NewMeasure request) {
        OrganisationId council = staff.commissioner(actor, "define measures");
        return insert(actor, council, null, request);
    }

    /** Takes a measure from the starter library, once per council. */
    public Measure adopt(CylchUser actor, String code) {
        OrganisationId council = staff.commissioner(actor, "define measures");
        NewMeasure request = library.find(code).orElseThrow(() -> new RuleViolationException("measure.library.unknown"))
                .request();
        return insert(actor, council, code, request);
    }

    @Transactional(readOnly = true)
    public List<Measure> measures(CylchUser reader) {
        return store.ofCouncil(staff.reader(reader));
    }

    /** The measure, if it is the reader's council's; refused as not found otherwise. */
    @Transactional(readOnly = true)
    public Measure measure(CylchUser reader, MeasureId id) {
        return held(staff.reader(reader), id);
    }

    /** The starter library's measures the council has not taken yet. */
    @Transactional(readOnly = true)
    public List<StarterMeasures.Entry> notAdopted(CylchUser reader) {
        List<String> taken = store.ofCouncil(staff.reader(reader)).stream().map(Measure::code)
                .filter(Objects::nonNull).toList();
        return library.entries().stream().filter(e -> !taken.contains(e.code())).toList();
    }

    /**
     * Sets a target from a period on, for one subject or for every subject ({@link MeasureTarget#EVERY_SUBJECT}). The
     * earlier targets stay in the history and still rate the periods before.
     */
    public MeasureTarget setTarget(CylchUser actor, MeasureId id, String subject, LocalDate fromPeriod,
                                   BigDecimal target, String reason) {
        OrganisationId council = staff.commissioner(actor, "set targets");
        Measure measure = held(council, id);
        if (!subject.equals(MeasureTarget.EVERY_SUBJECT)) {
            Subject named = Subject.parse(measure.attachment(), subject)
                    .filter(measure::covers).orElseThrow(() -> new RuleViolationException("measure.subject.unknown",
                            "subject"));
            subjects.checked(council, measure.attachment(), named.key());
            subject = named.key();
        }
        if (!measure.frequency().starts(fromPeriod)) {
            throw new RuleViolationException("measure.period.notAStart", "fromPeriod");
        }
        MeasureFormula.storable(target, "target");
        if (measure.formula().shape() == Shape.PERCENTAGE && target.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolationException("measure.target.overHundred", "target");
        }
        if ((measure.formula().shape() == Shape.COUNT || measure.formula().shape() == Shape.PERCENTAGE)
                && target.signum() < 0) {
            throw new RuleViolationException("measure.target.negative", "target");
        }
        var recorded = new MeasureTarget(id, subject, fromPeriod, target, reasonOf(reason, "measure.reason.missing"),
                today.now(), actor.userId());
        store.insertTarget(council, recorded);
        audit.record(AuditAction.CHANGED, "measure", id, "target " + target + " from " + fromPeriod
                + (subject.isEmpty() ? "" : " for " + subject));
        return recorded;
    }

    /** Every target recorded for the measure, oldest first. */
    @Transactional(readOnly = true)
    public List<MeasureTarget> targets(CylchUser reader, MeasureId id) {
        return store.targets(held(staff.reader(reader), id).id());
    }

    /** Records the baseline: a period's value the curve is judged against, and the story behind it. */
    public Measure setBaseline(CylchUser actor, MeasureId id, int version, @Nullable BigDecimal baseline,
                               @Nullable LocalDate period, @Nullable String story) {
        OrganisationId council = staff.commissioner(actor, "set baselines");
        Measure measure = held(council, id);
        if ((baseline == null) != (period == null)) {
            throw new RuleViolationException("measure.baseline.incomplete", baseline == null ? "baseline" : "period");
        }
        if (baseline != null) {
            MeasureFormula.storable(baseline, "baseline");
        }
        if (period != null && !measure.frequency().starts(period)) {
            throw new RuleViolationException("measure.period.notAStart", "period");
        }
        String told = story == null || story.isBlank() ? null : story.strip();
        if (told != null && told.length() > LONGEST_STORY) {
            throw new RuleViolationException("measure.story.tooLong", "story");
        }
        if (!store.setBaseline(id, version, baseline, period, told)) {
            throw new RuleViolationException("measure.changedMeanwhile");
        }
        audit.record(AuditAction.CHANGED, "measure", id, "baseline " + baseline + " in " + period);
        return held(council, id);
    }

    /** Stops collecting the measure; it and its values stay. */
    public void retire(CylchUser actor, MeasureId id, int version) {
        OrganisationId council = staff.commissioner(actor, "retire measures");
        held(council, id);
        if (!store.retire(id, version, today.now())) {
            throw new RuleViolationException("measure.changedMeanwhile");
        }
        audit.record(AuditAction.CHANGED, "measure", id, "retired");
    }

    /** Whether the council holds the measure (row-level security hides others' anyway), refusing nothing. */
    boolean heldQuietly(OrganisationId council, MeasureId id) {
        return store.find(id).filter(m -> m.heldBy().equals(council)).isPresent();
    }

    Measure held(OrganisationId council, MeasureId id) {
        return store.find(id).filter(m -> m.heldBy().equals(council)).orElseThrow(() -> {
            audit.recordRefusal("measure", id);
            return new RecordNotFoundException("measure", id);
        });
    }

    private Measure insert(CylchUser actor, OrganisationId council, @Nullable String code, NewMeasure r) {
        Measure measure = checked(council, code, r);
        if (!store.insert(measure, actor.userId())) {
            throw new RuleViolationException("measure.library.adoptedAlready");
        }
        audit.record(AuditAction.CREATED, "measure", measure.id(), code == null ? null : "from the library: " + code);
        return measure;
    }

    private Measure checked(OrganisationId council, @Nullable String code, NewMeasure r) {
        MeasureText name = text(r.name(), LONGEST_NAME, "name");
        MeasureText numerator = text(r.numerator(), LONGEST_WORDING, "numerator");
        MeasureText denominator = r.denominator() == null || (r.denominator().english().isBlank()
                && r.denominator().welsh().isBlank()) ? null : text(r.denominator(), LONGEST_WORDING, "denominator");
        if (r.shape().hasDenominator() != (denominator != null)) {
            throw new RuleViolationException(r.shape().hasDenominator() ? "measure.denominator.missing"
                    : "measure.denominator.notUsed", "denominator");
        }
        MeasureText unit = new MeasureText(r.unit().english().strip(), r.unit().welsh().strip());
        if (unit.english().length() > LONGEST_UNIT || unit.welsh().length() > LONGEST_UNIT) {
            throw new RuleViolationException("measure.unit.tooLong", "unit");
        }
        MeasureFormula formula = r.factor() == null ? MeasureFormula.of(r.shape(), r.decimals())
                : new MeasureFormula(r.shape(), r.factor(), r.decimals());
        if ((r.source() == MeasureSource.COMPUTED) != (r.computation() != null)) {
            throw new RuleViolationException(r.computation() == null ? "measure.computation.missing"
                    : "measure.computation.notComputed", "computation");
        }
        if (r.computation() != null) {
            if (r.computation().shape() != r.shape()) {
                throw new RuleViolationException("measure.computation.otherShape", "shape");
            }
            if (!r.computation().splitsBy(r.attachment())) {
                throw new RuleViolationException("measure.computation.cannotSplit", "attachment");
            }
        }
        String subject = subjects.checked(council, r.attachment(), r.subject());
        RagBands bands = (r.bands() == null ? RagBands.usual(r.polarity()) : r.bands()).checkedFor(r.polarity());
        return new Measure(MeasureId.of(UUID.randomUUID()), council, code, name, r.quadrant(), formula, numerator,
                denominator, unit, r.frequency(), r.polarity(), r.source(), r.computation(), r.national(),
                r.attachment(), subject, bands, null, null, null, today.now(), null, 0);
    }

    private static MeasureText text(MeasureText text, int longest, String part) {
        String english = text.english().strip();
        String welsh = text.welsh().strip();
        if (english.isEmpty() || welsh.isEmpty()) {
            throw new RuleViolationException("measure." + part + ".missing", part);
        }
        if (english.length() > longest || welsh.length() > longest) {
            throw new RuleViolationException("measure." + part + ".tooLong", part);
        }
        return new MeasureText(english, welsh);
    }

    static String reasonOf(String reason, String missingCode) {
        String given = reason.strip();
        if (given.isEmpty()) {
            throw new RuleViolationException(missingCode, "reason");
        }
        if (given.length() > LONGEST_REASON) {
            throw new RuleViolationException("measure.reason.tooLong", "reason");
        }
        return given;
    }
}
