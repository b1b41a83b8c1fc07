package cymru.cylch.monitoring;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.ContractStatus;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract performance assessments (Procurement Act 2023, s. 71): a council's commissioner assesses a supplier under
 * a contract against its key performance indicators (the council's measures attached to the contract, or to the
 * provider), with each measure's periods in the assessment period and a suggested rating beside each, chooses the
 * ratings and publishes them; a correction is a new assessment replacing a published one. The council's readers read
 * its assessments and see which contracts are due or overdue for one; the supplier reads the published assessments
 * of its own performance; nobody else finds them.
 */
@Service
@Transactional
public class ContractAssessments {

    private final AssessmentStore store;
    private final MeasureStore measures;
    private final MonitoringStaff staff;
    private final ContractManagement contracts;
    private final AuditLog audit;
    private final Today today;

    ContractAssessments(AssessmentStore store, MeasureStore measures, MonitoringStaff staff,
                        ContractManagement contracts, AuditLog audit, Today today) {
        this.store = store;
        this.measures = measures;
        this.staff = staff;
        this.contracts = contracts;
        this.audit = audit;
        this.today = today;
    }

    /** Starts a draft for the supplier under the council's contract, with a KPI for each measure about them. */
    public ContractAssessment start(CylchUser commissioner, NewAssessment request) {
        OrganisationId council = staff.commissioner(commissioner, "assess contract performance");
        Contract contract = contracts.letBy(council).stream().filter(c -> c.id().equals(request.contract()))
                .findFirst().orElseThrow(() -> new RuleViolationException("contractAssessment.contract.unknown", "contract"));
        OrganisationId supplier = supplierOf(contract, request.supplier());
        var period = new AssessmentPeriod(request.start(), request.end());
        if (period.end().isAfter(today.date())) {
            throw new RuleViolationException("contractAssessment.period.future", "end");
        }
        // Performance is assessed only while the contract was in force, and each stretch of it once: a second
        // assessment of the same days is a correction of the first.
        if (period.start().isBefore(contract.terms().start()) || period.end().isAfter(contract.terms().end())) {
            throw new RuleViolationException("contractAssessment.period.outsideTerm", "start");
        }
        if (store.ofCouncil(council).stream().filter(a -> a.contract().equals(contract.id())
                && a.supplier().equals(supplier)).anyMatch(a -> a.period().overlaps(period))) {
            throw new RuleViolationException("contractAssessment.period.overlaps", "start");
        }
        List<KpiRating> kpis = kpis(council, contract, supplier).stream().map(KpiRating::unrated).toList();
        if (kpis.isEmpty()) {
            throw new RuleViolationException("contractAssessment.noKpis", "contract");
        }
        var draft = new ContractAssessment(UUID.randomUUID(), council, contract.id(), supplier, period,
                AssessmentStatus.DRAFT, kpis, null, today.now(), null, 0);
        store.insert(draft, commissioner.userId());
        audit.record(AuditAction.CREATED, "contract assessment", draft.id(), null);
        return draft;
    }

    /**
     * Starts the correction of a published assessment: a draft of the same contract, supplier, period and ratings,
     * which names the one it replaces. An assessment is corrected once; its correction may be corrected in turn.
     */
    public ContractAssessment correct(CylchUser commissioner, UUID id) {
        OrganisationId council = staff.commissioner(commissioner, "assess contract performance");
        ContractAssessment replaced = held(council, id);
        if (!replaced.published()) {
            throw new RuleViolationException("contractAssessment.correct.draft");
        }
        if (store.correctionOf(id).isPresent()) {
            throw new RuleViolationException("contractAssessment.correct.already");
        }
        var draft = new ContractAssessment(UUID.randomUUID(), council, replaced.contract(), replaced.supplier(),
                replaced.period(), AssessmentStatus.DRAFT, replaced.ratings().stream()
                .map(k -> new KpiRating(k.measure(), k.name(), k.unit(), k.rating(), k.explanation(), k.note(), null,
                        null)).toList(), replaced.id(), today.now(), null, 0);
        store.insert(draft, commissioner.userId());
        audit.record(AuditAction.CREATED, "contract assessment", draft.id(), "corrects " + id);
        return draft;
    }

    /** Saves the commissioner's ratings in the draft. */
    public ContractAssessment rate(CylchUser commissioner, UUID id, int version, List<RatingChoice> choices) {
        OrganisationId council = staff.commissioner(commissioner, "assess contract performance");
        ContractAssessment rated = held(council, id).rated(choices);
        save(rated, version, commissioner);
        audit.record(AuditAction.CHANGED, "contract assessment", id, "rated");
        return held(council, id);
    }

    /**
     * Publishes the draft, every KPI rated, with each measure's latest value in the period as it now stands; from now
     * on the supplier reads it, and nobody changes it.
     */
    public ContractAssessment publish(CylchUser commissioner, UUID id, int version) {
        OrganisationId council = staff.commissioner(commissioner, "publish contract performance assessments");
        ContractAssessment draft = held(council, id);
        Map<MeasureId, KpiEvidence> evidence = new HashMap<>();
        evidenceOf(draft).forEach(e -> evidence.put(e.measure().id(), e));
        ContractAssessment published = draft.publishedAt(today.now(), k -> Optional.ofNullable(
                evidence.get(k.measure())).flatMap(KpiEvidence::latestMeasured).orElse(null));
        save(published, version, commissioner);
        audit.recordInEach(List.of(council.value(), draft.supplier().value()), AuditAction.CHANGED,
                "contract assessment", id, draft.replaces() == null ? "published" : "published, replacing "
                        + draft.replaces());
        return held(council, id);
    }

    /** The assessment, for the council's readers, or, once published, for its supplier; not found for anyone else. */
    @Transactional(readOnly = true)
    public ContractAssessment assessment(CylchUser reader, UUID id) {
        if (staff.commissions(reader)) {
            return held(staff.reader(reader), id);
        }
        OrganisationId supplier = staff.provider(reader);
        return store.find(id).filter(a -> a.supplier().equals(supplier) && a.published()).orElseThrow(() -> {
            audit.recordRefusal("contract assessment", id);
            return new RecordNotFoundException("contract assessment", id);
        });
    }

    /** The council's assessments, latest period first. */
    @Transactional(readOnly = true)
    public List<ContractAssessment> ofCouncil(CylchUser reader) {
        return store.ofCouncil(staff.reader(reader));
    }

    /** The published assessments of the reader's provider, from every council, latest period first. */
    @Transactional(readOnly = true)
    public List<ContractAssessment> ofProvider(CylchUser member) {
        return store.ofSupplier(staff.provider(member));
    }

    /** The assessment that replaced this one, if it has been corrected (and the reader may read the correction). */
    @Transactional(readOnly = true)
    public Optional<UUID> correctionOf(CylchUser reader, ContractAssessment assessment) {
        return store.correctionOf(assessment(reader, assessment.id()).id())
                .filter(c -> store.find(c).filter(a -> a.published() || staff.commissions(reader)).isPresent());
    }

    /** Each KPI's periods in the assessment period and the suggested rating: for the council's readers only. */
    @Transactional(readOnly = true)
    public List<KpiEvidence> evidence(CylchUser reader, ContractAssessment assessment) {
        return evidenceOf(held(staff.reader(reader), assessment.id()));
    }

    /**
     * When each supplier under the council's live contracts with KPIs is next due an assessment, the most overdue
     * first.
     */
    @Transactional(readOnly = true)
    public List<AssessmentDue> due(CylchUser reader) {
        OrganisationId council = staff.reader(reader);
        Map<String, AssessmentPeriod> last = new HashMap<>();
        store.ofCouncil(council).stream().filter(ContractAssessment::published).forEach(a -> last.merge(
                a.contract() + "/" + a.supplier(), a.period(), (x, y) -> x.end().isAfter(y.end()) ? x : y));
        List<Measure> all = measures.ofCouncil(council);
        List<AssessmentDue> due = new ArrayList<>();
        for (Contract contract : contracts.letBy(council)) {
            if (contract.statusOn(today.date()) != ContractStatus.LIVE) {
                continue;
            }
            contract.terms().suppliers().filter(s -> !kpis(all, contract, s).isEmpty()).forEach(s -> due.add(
                    AssessmentDue.of(contract, s, last.get(contract.id() + "/" + s), today.date())));
        }
        due.sort(Comparator.comparing(AssessmentDue::due));
        return due;
    }

    /** Whether the user reads a council's assessments (rather than its provider's own). */
    public boolean readsCouncilAssessments(CylchUser user) {
        return staff.commissions(user) && MonitoringStaff.READERS.stream().anyMatch(user::hasRole);
    }

    /** The council's measures still collected about the contract or the supplier: the KPIs. */
    private List<Measure> kpis(OrganisationId council, Contract contract, OrganisationId supplier) {
        return kpis(measures.ofCouncil(council), contract, supplier);
    }

    private static List<Measure> kpis(List<Measure> all, Contract contract, OrganisationId supplier) {
        return all.stream().filter(m -> !m.retired() && subjectOf(m, contract, supplier) != null).toList();
    }

    private static @Nullable Subject subjectOf(Measure measure, Contract contract, OrganisationId supplier) {
        Subject subject = switch (measure.attachment()) {
            case CONTRACT -> Subject.contract(contract.id().value());
            case PROVIDER -> Subject.provider(supplier.value());
            case COUNCIL, SERVICE -> null;
        };
        return subject != null && measure.covers(subject) ? subject : null;
    }

    private List<KpiEvidence> evidenceOf(ContractAssessment assessment) {
        Contract contract = contracts.letBy(assessment.council()).stream()
                .filter(c -> c.id().equals(assessment.contract())).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("contract", assessment.contract()));
        List<KpiEvidence> evidence = new ArrayList<>();
        for (KpiRating kpi : assessment.ratings()) {
            measures.find(kpi.measure()).ifPresent(measure -> {
                Subject subject = subjectOf(measure, contract, assessment.supplier());
                evidence.add(KpiEvidence.of(measure, subject == null ? List.of()
                        : rowsWithin(measure, subject, assessment.period())));
            });
        }
        return evidence;
    }

    /** The measure's periods that lie wholly within the assessment period, with their values and ratings. */
    private List<PeriodRow> rowsWithin(Measure measure, Subject subject, AssessmentPeriod period) {
        Period first = Period.containing(measure.frequency(), period.start());
        if (first.start().isBefore(period.start())) {
            first = first.next();
        }
        Period last = Period.containing(measure.frequency(), period.end());
        if (last.end().isAfter(period.end())) {
            last = last.previous();
        }
        if (last.compareTo(first) < 0) {
            return List.of();
        }
        return MeasureSeries.of(measure, subject, measures.history(measure.id(), subject.key()),
                measures.targets(measure.id()), first, last, 0).rows();
    }

    private OrganisationId supplierOf(Contract contract, @Nullable OrganisationId chosen) {
        List<OrganisationId> suppliers = contract.terms().suppliers().toList();
        if (chosen == null) {
            if (suppliers.size() != 1) {
                throw new RuleViolationException(suppliers.isEmpty() ? "contractAssessment.supplier.none"
                        : "contractAssessment.supplier.missing", "supplier");
            }
            return suppliers.getFirst();
        }
        if (!suppliers.contains(chosen)) {
            throw new RuleViolationException("contractAssessment.supplier.unknown", "supplier");
        }
        return chosen;
    }

    private void save(ContractAssessment changed, int version, CylchUser actor) {
        if (!store.update(changed, version, actor.userId())) {
            throw new RuleViolationException("contractAssessment.changedMeanwhile");
        }
    }

    private ContractAssessment held(OrganisationId council, UUID id) {
        return store.find(id).filter(a -> a.council().equals(council)).orElseThrow(() -> {
            audit.recordRefusal("contract assessment", id);
            return new RecordNotFoundException("contract assessment", id);
        });
    }
}
