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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turn the Curve reports (Results-Based Accountability) on a subject's series of a measure: a commissioner starts a
 * draft (the story behind the baseline taken from the measure), writes its parts, and publishes it once all five are
 * there: the measure's baseline with the forecast if nothing changes, the story, the partners, what works, and an
 * action plan with owners and dates. A published report is kept as it was; the next one on the series shows, period
 * by period, whether the curve turned against the forecast the last one published.
 */
@Service
@Transactional
public class CurveReports {

    private final CurveStore store;
    private final Measures measures;
    private final MeasureValues values;
    private final MonitoringStaff staff;
    private final AuditLog audit;
    private final Today today;

    CurveReports(CurveStore store, Measures measures, MeasureValues values, MonitoringStaff staff, AuditLog audit,
                 Today today) {
        this.store = store;
        this.measures = measures;
        this.values = values;
        this.staff = staff;
        this.audit = audit;
        this.today = today;
    }

    /** A period the last published report forecast, and what happened. */
    public record Turned(LocalDate periodStart, BigDecimal forecast, @Nullable BigDecimal actual, boolean better) {
    }

    /** The series' draft, started now if it has none, its story taken from the measure's baseline story. */
    public CurveReport start(CylchUser actor, MeasureId id, Subject subject) {
        OrganisationId council = staff.commissioner(actor, "write Turn the Curve reports");
        Measure measure = measures.held(council, id);
        if (!measure.covers(subject)) {
            throw new RecordNotFoundException("measure subject", subject.key());
        }
        Optional<CurveReport> draft = draftOf(id, subject);
        if (draft.isPresent()) {
            return draft.get();
        }
        var report = new CurveReport(UUID.randomUUID(), id, subject.key(), false, new CurveParts(
                measure.baselineStory() == null ? "" : measure.baselineStory(), "", "", "", "", List.of()), null, null,
                List.of(), today.now(), today.now(), null, 0);
        if (!store.insert(council, report, actor.userId())) {
            // Another commissioner started the series' draft meanwhile (the unique index decided): share it.
            return draftOf(id, subject).orElseThrow();
        }
        audit.record(AuditAction.CREATED, "turn the curve report", report.id());
        return report;
    }

    /** Saves a draft's parts. */
    public CurveReport save(CylchUser actor, UUID reportId, int version, CurveParts parts) {
        OrganisationId council = staff.commissioner(actor, "write Turn the Curve reports");
        CurveReport report = held(council, reportId);
        if (report.published()) {
            throw new RuleViolationException("curve.published");
        }
        if (!store.save(reportId, version, parts.checked(), today.now())) {
            throw new RuleViolationException("curve.changedMeanwhile");
        }
        audit.record(AuditAction.CHANGED, "turn the curve report", reportId);
        return held(council, reportId);
    }

    /** Publishes the draft, if all five parts are there; refused with every part missing otherwise. */
    public CurveReport publish(CylchUser actor, UUID reportId, int version) {
        OrganisationId council = staff.commissioner(actor, "publish Turn the Curve reports");
        CurveReport report = held(council, reportId);
        if (report.published()) {
            throw new RuleViolationException("curve.published");
        }
        Measure measure = measures.held(council, report.measure());
        MeasureSeries series = values.series(actor, measure.id(), subject(measure, report));
        List<CurveReport.ForecastPoint> forecast = series.rows().stream()
                .filter(r -> !r.ended() && r.forecast() != null)
                .map(r -> new CurveReport.ForecastPoint(r.period().start(), r.forecast())).toList();
        List<String> missing = report.parts().missingForPublishing(measure.baseline() != null, !forecast.isEmpty());
        if (!missing.isEmpty()) {
            throw new Incomplete(missing);
        }
        if (!store.publish(reportId, version, measure.baseline(),
                measure.baselinePeriod() == null ? null : measure.baselinePeriod().start(), forecast, today.now(),
                actor.userId())) {
            throw new RuleViolationException("curve.changedMeanwhile");
        }
        audit.record(AuditAction.CHANGED, "turn the curve report", reportId, "published");
        return held(council, reportId);
    }

    @Transactional(readOnly = true)
    public CurveReport report(CylchUser reader, UUID reportId) {
        return held(staff.reader(reader), reportId);
    }

    /** The series' reports, latest first. */
    @Transactional(readOnly = true)
    public List<CurveReport> reports(CylchUser reader, MeasureId id, Subject subject) {
        Measure measure = measures.held(staff.reader(reader), id);
        return measure.covers(subject) ? store.ofSeries(id, subject.key()) : List.of();
    }

    /**
     * Whether the curve turned since the report published before this one: each period that report forecast and
     * that has ended since, with its value now, and whether it did better than forecast (by the measure's polarity).
     */
    @Transactional(readOnly = true)
    public List<Turned> turned(CylchUser reader, CurveReport report) {
        OrganisationId council = staff.reader(reader);
        Measure measure = measures.held(council, report.measure());
        Optional<CurveReport> before = store.ofSeries(report.measure(), report.subject()).stream()
                .filter(r -> r.published() && r.publishedAt() != null && !r.id().equals(report.id())
                        && (report.publishedAt() == null || r.publishedAt().isBefore(report.publishedAt())))
                .findFirst();
        if (before.isEmpty()) {
            return List.of();
        }
        MeasureSeries series = values.series(reader, measure.id(), subject(measure, report));
        List<Turned> turned = new ArrayList<>();
        for (CurveReport.ForecastPoint point : before.get().forecast()) {
            series.rows().stream().filter(r -> r.ended() && r.period().start().equals(point.periodStart()))
                    .findFirst().ifPresent(r -> turned.add(new Turned(point.periodStart(), point.value(), r.value(),
                            r.value() != null && (measure.polarity() == Polarity.HIGHER_IS_BETTER
                                    ? r.value().compareTo(point.value()) > 0
                                    : r.value().compareTo(point.value()) < 0))));
        }
        return turned;
    }

    private Optional<CurveReport> draftOf(MeasureId id, Subject subject) {
        return store.ofSeries(id, subject.key()).stream().filter(r -> !r.published()).findFirst();
    }

    private static Subject subject(Measure measure, CurveReport report) {
        return Subject.parse(measure.attachment(), report.subject()).orElseThrow();
    }

    private CurveReport held(OrganisationId council, UUID reportId) {
        return store.find(reportId).filter(r -> measures.heldQuietly(council, r.measure()))
                .orElseThrow(() -> {
                    audit.recordRefusal("turn the curve report", reportId);
                    return new RecordNotFoundException("turn the curve report", reportId);
                });
    }
}
