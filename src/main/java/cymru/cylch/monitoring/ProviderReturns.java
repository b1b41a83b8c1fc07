package cymru.cylch.monitoring;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' periodic returns of the measures councils collect from them. A provider sends each council, for each
 * period, the figures of every returned measure about it: through the form, a CSV or spreadsheet upload, or the API.
 * A return is checked whole, every problem reported at once, and recorded whole or not at all. Sent again, it replaces
 * the one before, with a reason, and its figures correct the earlier ones. A period's return falls due
 * {@link ReturnSchedule#DAYS_TO_RETURN} days after it ends; councils see which are on time, late or missing, and chase
 * those missing, which the provider sees.
 */
@Service
@Transactional
public class ProviderReturns {

    /** How many ended periods the lists look back over: a year of months, a year of quarters, two years. */
    private static final Map<Frequency, Integer> LOOK_BACK = Map.of(Frequency.MONTHLY, 12, Frequency.QUARTERLY, 4,
            Frequency.ANNUAL, 2);

    private final MeasureStore measures;
    private final ReturnStore returns;
    private final ReturnChecks checks;
    private final MeasureValues values;
    private final MonitoringStaff staff;
    private final ContractManagement contracts;
    private final AuditLog audit;
    private final Today today;

    ProviderReturns(MeasureStore measures, ReturnStore returns, ReturnChecks checks, MeasureValues values,
                    MonitoringStaff staff, ContractManagement contracts, AuditLog audit, Today today) {
        this.measures = measures;
        this.returns = returns;
        this.checks = checks;
        this.values = values;
        this.staff = staff;
        this.contracts = contracts;
        this.audit = audit;
        this.today = today;
    }

    /** A chase of a return, as the provider and the council see it. */
    public record Chase(OrganisationId council, OrganisationId provider, Period period, String note,
                       Instant chasedAt) {
    }

    /**
     * A provider's return for one council and period: the measures it carries, where it stands, the latest sent (if
     * any) and the chases.
     */
    public record Expected(OrganisationId council, OrganisationId provider, Period period, List<Measure> measures,
                           ReturnStatus status, @Nullable ProviderReturn latest, List<Chase> chases) {

        public LocalDate dueOn() {
            return ReturnSchedule.dueOn(period);
        }
    }

    /** A return as sent. */
    public record Submission(OrganisationId council, Frequency frequency, LocalDate periodStart, List<ReturnRow> rows,
                             @Nullable String reason, ReturnChannel channel) {
    }

    /** The provider's returns to every council it supplies, over the recent periods, latest period first. */
    @Transactional(readOnly = true)
    public List<Expected> expected(CylchUser reader) {
        OrganisationId provider = staff.provider(reader);
        List<ProviderReturn> sent = returns.sentBy(provider);
        List<ReturnStore.Chase> chases = returns.chasesOf(provider);
        List<Expected> expected = new ArrayList<>();
        groups(measures.returnedBy(provider)).forEach((group, ofGroup) -> {
            List<Contract> supplied = suppliedBy(group.council(), provider);
            for (Period period : recent(group.frequency())) {
                List<Measure> due = dueIn(ofGroup, period);
                if (!due.isEmpty() && inForce(supplied, period)) {
                    expected.add(expected(group.council(), provider, period, due, sent, chases));
                }
            }
        });
        expected.sort(Comparator.comparing((Expected e) -> e.period().end()).reversed());
        return expected;
    }

    /** The provider's return to the council for the period, whether due or not yet (for its form). */
    @Transactional(readOnly = true)
    public Expected one(CylchUser reader, OrganisationId council, Frequency frequency, LocalDate periodStart) {
        OrganisationId provider = staff.provider(reader);
        Period period = checks.period(frequency, periodStart);
        List<Measure> due = carried(provider, council, period);
        return expected(council, provider, period, due, returns.sentBy(provider), returns.chasesOf(provider));
    }

    /** The figures the provider's returns sent for the period, by measure, as they stand now. */
    @Transactional(readOnly = true)
    public Map<MeasureId, Figures> sentFigures(CylchUser reader, Expected expected) {
        OrganisationId provider = staff.provider(reader);
        Map<MeasureId, Figures> sent = new LinkedHashMap<>();
        for (Measure m : expected.measures()) {
            measures.currentOf(m.id(), provider.value().toString(), expected.period().start())
                    .ifPresent(v -> sent.put(m.id(), v.figures()));
        }
        return sent;
    }

    /** Checks the return whole and records it, or refuses it whole with every problem found. */
    public ProviderReturn submit(CylchUser sender, Submission submission) {
        OrganisationId provider = staff.provider(sender);
        Period period = checks.period(submission.frequency(), submission.periodStart());
        List<Measure> due = carried(provider, submission.council(), period);
        Optional<ProviderReturn> before = latest(returns.sentBy(provider), submission.council(), period);
        Map<Measure, Figures> figures = checks.rows(due, submission.rows(), before.isPresent(), submission.reason());
        String reason = before.isPresent() ? Measures.reasonOf(Objects.requireNonNull(submission.reason()),
                "return.reasonNeeded") : null;
        var sent = new ProviderReturn(UUID.randomUUID(), submission.council(), provider, period,
                submission.channel(), figures.size(), before.map(ProviderReturn::id).orElse(null), reason,
                today.now(), ReturnSchedule.late(period, today.now()));
        if (!returns.insert(sent, sender.userId())) {
            throw new ReturnRejected(List.of(ReturnProblem.of(0, "", "return", "return.changedMeanwhile")));
        }
        figures.forEach((measure, f) -> values.recordReturned(measure, Subject.provider(provider.value()), period, f,
                sent.id(), reason, sender.userId()));
        audit.record(AuditAction.CREATED, "provider return", sent.id(), submission.channel() + " for "
                + period.start() + (sent.late() ? ", late" : ""));
        return sent;
    }

    /** A council's providers and their returns over the recent periods, latest period first, by provider. */
    @Transactional(readOnly = true)
    public List<Expected> received(CylchUser reader) {
        OrganisationId council = staff.reader(reader);
        LocalDate from = LOOK_BACK.keySet().stream().map(f -> recent(f).getLast().start()).min(LocalDate::compareTo)
                .orElseThrow();
        List<ProviderReturn> sent = returns.sentTo(council, from);
        List<ReturnStore.Chase> chases = returns.chasesBy(council, from);
        List<Measure> returned = measures.ofCouncil(council).stream()
                .filter(m -> m.source() == MeasureSource.RETURNED && m.attachment() == Attachment.PROVIDER
                        && !m.retired()).toList();
        List<Contract> let = contracts.letBy(council);
        List<Expected> received = new ArrayList<>();
        groups(returned).forEach((group, ofGroup) -> {
            for (Period period : recent(group.frequency())) {
                List<Measure> due = dueIn(ofGroup, period);
                let.stream().filter(c -> overlaps(c, period)).flatMap(c -> c.terms().suppliers()).distinct()
                        .forEach(provider -> {
                            List<Measure> about = due.stream()
                                    .filter(m -> m.covers(Subject.provider(provider.value()))).toList();
                            if (!about.isEmpty()) {
                                received.add(expected(council, provider, period, about, sent, chases));
                            }
                        });
            }
        });
        received.sort(Comparator.comparing((Expected e) -> e.period().end()).reversed()
                .thenComparing(e -> e.provider().value()));
        return received;
    }

    /** Records that the council chased a provider's return for the period. */
    public void chase(CylchUser actor, OrganisationId provider, Frequency frequency, LocalDate periodStart,
                      String note) {
        OrganisationId council = staff.commissioner(actor, "chase returns");
        Period period = checks.period(frequency, periodStart);
        boolean supplies = contracts.letBy(council).stream()
                .anyMatch(c -> c.terms().suppliedBy(provider) && overlaps(c, period));
        if (!supplies) {
            audit.recordRefusal("provider return", provider);
            throw new RecordNotFoundException("provider return", provider);
        }
        returns.insertChase(new ReturnStore.Chase(council, provider, period,
                Measures.reasonOf(note, "return.chase.noteMissing"), today.now()), actor.userId());
        audit.record(AuditAction.CHANGED, "provider return", provider, "chased for " + period.start());
    }

    /** The measures a return from the provider to the council for the period carries; refused if none. */
    private List<Measure> carried(OrganisationId provider, OrganisationId council, Period period) {
        List<Measure> due = dueIn(measures.returnedBy(provider).stream()
                .filter(m -> m.heldBy().equals(council) && m.frequency() == period.frequency()).toList(), period);
        if (due.isEmpty() || !inForce(suppliedBy(council, provider), period)) {
            throw new RecordNotFoundException("provider return", council + "/" + period.start());
        }
        return due;
    }

    private Expected expected(OrganisationId council, OrganisationId provider, Period period, List<Measure> due,
                              List<ProviderReturn> sent, List<ReturnStore.Chase> chases) {
        List<ProviderReturn> forPeriod = sent.stream().filter(r -> r.council().equals(council)
                && r.provider().equals(provider) && r.period().equals(period)).toList();
        ProviderReturn first = forPeriod.stream().filter(r -> r.replaces() == null).findFirst().orElse(null);
        return new Expected(council, provider, period, due,
                ReturnSchedule.status(period, first == null ? null : first.submittedAt(), today.date()),
                latest(forPeriod, council, period).orElse(null),
                chases.stream().filter(c -> c.council().equals(council) && c.provider().equals(provider)
                                && c.period().equals(period))
                        .map(c -> new Chase(c.council(), c.provider(), c.period(), c.note(), c.chasedAt())).toList());
    }

    /** The return no other replaces. */
    private static Optional<ProviderReturn> latest(List<ProviderReturn> sent, OrganisationId council, Period period) {
        List<ProviderReturn> forPeriod = sent.stream()
                .filter(r -> r.council().equals(council) && r.period().equals(period)).toList();
        return forPeriod.stream().filter(r -> forPeriod.stream().noneMatch(o -> r.id().equals(o.replaces())))
                .findFirst();
    }

    /**
     * The measures a period's return carries: those defined by its due day, so a measure defined today is returned
     * from the period just ended on, and never for periods long over.
     */
    private static List<Measure> dueIn(List<Measure> group, Period period) {
        return group.stream().filter(m -> !LocalDate.ofInstant(m.createdAt(), Today.ZONE)
                .isAfter(ReturnSchedule.dueOn(period))).toList();
    }

    /** The ended periods the lists show, latest first. */
    private List<Period> recent(Frequency frequency) {
        Period last = Period.containing(frequency, today.date()).previous();
        List<Period> recent = new ArrayList<>();
        for (int i = 0; i < LOOK_BACK.get(frequency); i++) {
            recent.add(last.plus(-i));
        }
        return recent;
    }

    private List<Contract> suppliedBy(OrganisationId council, OrganisationId provider) {
        return contracts.letBy(council).stream().filter(c -> c.terms().suppliedBy(provider)).toList();
    }

    private static boolean inForce(List<Contract> supplied, Period period) {
        return supplied.stream().anyMatch(c -> overlaps(c, period));
    }

    private static boolean overlaps(Contract contract, Period period) {
        return !contract.terms().start().isAfter(period.end()) && !contract.terms().end().isBefore(period.start());
    }

    /** Measures by council and frequency: one return each. */
    private record Group(OrganisationId council, Frequency frequency) {
    }

    private static Map<Group, List<Measure>> groups(List<Measure> measures) {
        return measures.stream().collect(Collectors.groupingBy(m -> new Group(m.heldBy(), m.frequency()),
                LinkedHashMap::new, Collectors.toList()));
    }
}
