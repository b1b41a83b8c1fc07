package cymru.cylch.monitoring;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.organisations.Colleagues;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Poor performance, recorded and handled: a council's commissioner raises an issue about a provider it commissions
 * or lists, with what the choice of route turns on; the provider responds; the commissioner chooses the
 * developmental route ({@link CorrectivePlans}) or the punitive one ({@link PerformanceSanctions}), or closes the
 * issue when no action is needed, and resolves it when things are put right. The council's readers read its issues;
 * the provider reads those about it (without the council's view of the relationship); nobody else finds them.
 */
@Service
@Transactional
public class PerformanceIssues {

    private final IssueStore store;
    private final IssueSteps steps;
    private final MonitoringStaff staff;
    private final Measures measures;
    private final ContractManagement contracts;
    private final Colleagues colleagues;
    private final AuditLog audit;
    private final Today today;

    PerformanceIssues(IssueStore store, IssueSteps steps, MonitoringStaff staff, Measures measures,
                      ContractManagement contracts, Colleagues colleagues, AuditLog audit, Today today) {
        this.store = store;
        this.steps = steps;
        this.staff = staff;
        this.measures = measures;
        this.contracts = contracts;
        this.colleagues = colleagues;
        this.audit = audit;
        this.today = today;
    }

    public PerformanceIssue raise(CylchUser commissioner, NewPerformanceIssue request) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        OrganisationId council = actor.organisation();
        NewPerformanceIssue checked = request.checked();
        if (!staff.knows(council, checked.provider())) {
            throw new RuleViolationException("issue.provider.unknown", "provider");
        }
        if (checked.contract() != null && contracts.letBy(council).stream().noneMatch(c -> c.id().equals(checked.contract())
                && c.terms().suppliedBy(checked.provider()))) {
            throw new RuleViolationException("issue.contract.notTheProviders", "contract");
        }
        if (checked.measure() != null) {
            measures.held(council, checked.measure());
        }
        var issue = new PerformanceIssue(UUID.randomUUID(), council, checked.provider(), checked.contract(),
                checked.measure(), checked.title(), checked.description(), checked.seriousness(), checked.risks(),
                checked.contractBreached(), checked.relationship(), null, null, IssueStatus.RAISED, null,
                CorrectivePlan.EMPTY, today.now(), today.now(), 0);
        store.insert(issue, commissioner.userId());
        store.addEvent(issue, IssueStep.RAISED, null, null, commissioner.userId(), council, issue.raisedAt());
        audit.recordInEach(List.of(council.value(), issue.provider().value()), AuditAction.CREATED,
                IssueSteps.RECORD, issue.id(), null);
        return issue;
    }

    /** The issue, for the council's readers or the provider's users; not found for anyone else. */
    @Transactional(readOnly = true)
    public PerformanceIssue issue(CylchUser reader, UUID id) {
        if (staff.commissions(reader)) {
            OrganisationId council = staff.reader(reader);
            return steps.issue(new IssueSteps.Actor(reader, council, IssueStep.Side.COUNCIL), id);
        }
        return steps.issue(steps.provider(reader), id).forProvider();
    }

    /** The council's issues, newest first: those still open, or all of them. */
    @Transactional(readOnly = true)
    public List<PerformanceIssue> ofCouncil(CylchUser reader, boolean openOnly) {
        return store.ofCouncil(staff.reader(reader), Arrays.stream(IssueStatus.values())
                .filter(s -> !openOnly || !s.ended()).toList());
    }

    /** The issues about the reader's provider, from every council, newest first. */
    @Transactional(readOnly = true)
    public List<PerformanceIssue> ofProvider(CylchUser member) {
        return store.ofProvider(steps.provider(member).organisation()).stream().map(PerformanceIssue::forProvider)
                .toList();
    }

    /** The providers the commissioner's council may raise issues about: those it commissions or lists. */
    @Transactional(readOnly = true)
    public Set<OrganisationId> providersToRaiseAbout(CylchUser commissioner) {
        return staff.providersKnownTo(steps.commissioner(commissioner).organisation());
    }

    /** Whether the user reads a council's issues (and so the pages of issues). */
    public boolean readsCouncilIssues(CylchUser user) {
        return staff.commissions(user) && MonitoringStaff.READERS.stream().anyMatch(user::hasRole);
    }

    /** The issue's history, oldest first, with the names of the reader's colleagues who took each step. */
    @Transactional(readOnly = true)
    public List<IssueEvent> history(CylchUser reader, PerformanceIssue issue) {
        PerformanceIssue readable = issue(reader, issue.id());
        Map<UUID, Optional<String>> names = new HashMap<>();
        return store.events(readable).stream().map(row -> {
            IssueEvent e = row.event();
            String name = row.actedBy() == null || !row.actedFor().equals(reader.organisationId()) ? null
                    : names.computeIfAbsent(row.actedBy(), id -> colleagues.nameOf(reader, id)).orElse(null);
            return new IssueEvent(e.id(), e.step(), e.from(), e.to(), e.note(), e.byProvider(), name, e.at());
        }).toList();
    }

    /** The sanctions imposed on the issue, oldest first. */
    @Transactional(readOnly = true)
    public List<Sanction> sanctions(CylchUser reader, PerformanceIssue issue) {
        return store.sanctions(issue(reader, issue.id()).id());
    }

    /**
     * The contract the issue is under, if it names one the reader may still read (a provider terminated from a
     * framework is no longer a party to it).
     */
    @Transactional(readOnly = true)
    public Optional<Contract> contractOf(CylchUser reader, PerformanceIssue issue) {
        ContractId id = issue(reader, issue.id()).contract();
        return id == null ? Optional.empty() : contracts.contracts(reader).stream()
                .filter(c -> c.id().equals(id)).findFirst();
    }

    /** The provider's response: whether it accepts the issue, and what it says; it may say it again. */
    public PerformanceIssue respond(CylchUser member, UUID id, int version, ProviderStance stance, String response) {
        IssueSteps.Actor actor = steps.provider(member);
        String said = response.strip();
        if (said.length() > CurveParts.LONGEST) {
            throw new RuleViolationException("issue.reason.tooLong", "reason");
        }
        return steps.take(actor, steps.issue(actor, id), version, IssueStep.RESPONDED, said,
                i -> i.answered(stance, said));
    }

    /** The punitive route, chosen at once, or when a plan is refused or fails; the reason is kept. */
    public PerformanceIssue escalate(CylchUser commissioner, UUID id, int version, String reason) {
        return plain(commissioner, id, version, IssueStep.ESCALATED, reason);
    }

    /** Closes a raised issue that needs no action, with the reason. */
    public PerformanceIssue close(CylchUser commissioner, UUID id, int version, String reason) {
        return plain(commissioner, id, version, IssueStep.CLOSED, reason);
    }

    /** Resolves it: every action of an agreed plan done, or the punitive route done its work. */
    public PerformanceIssue resolve(CylchUser commissioner, UUID id, int version, String reason) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        PerformanceIssue issue = steps.issue(actor, id);
        if (issue.status() == IssueStatus.CAP_AGREED && !issue.plan().complete()) {
            throw new RuleViolationException("cap.actionsOpen");
        }
        return steps.take(actor, issue, version, IssueStep.RESOLVED, reason, i -> i);
    }

    private PerformanceIssue plain(CylchUser commissioner, UUID id, int version, IssueStep step, String reason) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        return steps.take(actor, steps.issue(actor, id), version, step, reason, i -> i);
    }
}
