package cymru.cylch.people;

import cymru.cylch.organisations.Colleagues;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.database.StoredText;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding decisions on support plans that cost more than their budget allows. A second person with the authority
 * (a team manager or a finance officer, never the one who asked) approves, approves with changes or refuses, with
 * reasons; only an approval makes the revision take effect. A care manager may withdraw a request still waiting.
 */
@Service
@Transactional
public class FundingDecisions {

    /** How many decisions the queue shows under "recently decided". */
    static final int RECENT = 20;

    private final PersonManagement people;
    private final People records;
    private final FundingRequests requests;
    private final FundingDecisionRecords decisions;
    private final SupportPlanning planning;
    private final PlanJson json;
    private final Colleagues colleagues;
    private final AuditLog audit;
    private final Clock clock;

    FundingDecisions(PersonManagement people, People records, FundingRequests requests,
                     FundingDecisionRecords decisions, SupportPlanning planning, PlanJson json, Colleagues colleagues,
                     AuditLog audit, Clock clock) {
        this.people = people;
        this.records = records;
        this.requests = requests;
        this.decisions = decisions;
        this.planning = planning;
        this.json = json;
        this.colleagues = colleagues;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may decide on funding at all. */
    public static boolean decides(CylchUser user) {
        return user.hasRole(Role.TEAM_MANAGER) || user.hasRole(Role.FINANCE_OFFICER);
    }

    /** Every request waiting for a decision in the decider's organisation, oldest first. */
    @Transactional(readOnly = true)
    public List<FundingCase> waiting(CylchUser decider) {
        requireDecider(decider);
        return cases(decider, requests.findAllWaiting());
    }

    /** The latest decisions, newest first. */
    @Transactional(readOnly = true)
    public List<FundingCase> recentlyDecided(CylchUser decider) {
        requireDecider(decider);
        var latest = decisions.findAllByOrderByDecidedAtDesc(Limit.of(RECENT));
        var asked = requests.findAllById(latest.stream().map(FundingDecision::requestId).toList()).stream()
                .collect(Collectors.toMap(FundingRequest::id, Function.identity()));
        return cases(decider, latest.stream().map(d -> asked.get(d.requestId())).toList());
    }

    /** One request, to decide on or to read; opening it is a read of the person's record, audited. */
    public FundingCase open(CylchUser decider, UUID requestId) {
        requireDecider(decider);
        FundingRequest request = request(requestId);
        audit.record(AuditAction.VIEWED, "plan-funding-request", requestId);
        return cases(decider, List.of(request)).getFirst();
    }

    /** The person's request still waiting, if any, for their plan's page. */
    @Transactional(readOnly = true)
    public Optional<FundingRequest> waitingFor(CylchUser actor, UUID personId) {
        people.held(actor, personId);
        return requests.findWaiting(personId);
    }

    /** Every request made for the person's plan, newest first, with its decision. */
    @Transactional(readOnly = true)
    public List<FundingCase> historyOf(CylchUser actor, UUID personId) {
        people.held(actor, personId);
        return cases(actor, requests.findByPersonIdOrderByRequestedAtDesc(personId));
    }

    /** The decision that let a revision take effect, if it needed one. */
    @Transactional(readOnly = true)
    public Optional<FundingDecision> behind(SupportPlan plan) {
        return decisions.findByPlanId(plan.id());
    }

    public FundingDecision decide(CylchUser decider, UUID requestId, FundingRuling ruling) {
        requireDecider(decider);
        FundingRequest request = request(requestId);
        Person person = people.heldForChange(decider, request.personId());
        requireWaiting(request);
        if (decider.userId().equals(request.requestedBy())) {
            throw new RuleViolationException("funding.ownRequest");
        }
        checkRuling(request, ruling);
        if (ruling.verdict().approves() && person.died()) {
            throw new RuleViolationException("funding.personDied");
        }
        SupportPlan plan = ruling.verdict().approves() ? planning.adopt(decider, request) : null;
        return record(request, ruling.verdict(), ruling.approvedWeeklyAmount(), ruling.reasons(), plan,
                decider.userId());
    }

    /** A care manager takes back the person's request still waiting, so that the plan can be revised again. */
    public FundingDecision withdraw(CylchUser careManager, UUID personId, @Nullable String reason) {
        people.heldForChange(careManager, personId);
        FundingRequest request = requests.findWaiting(personId)
                .orElseThrow(() -> new RuleViolationException("funding.nothingWaiting"));
        return record(request, FundingVerdict.WITHDRAWN, null, reason, null, careManager.userId());
    }

    private FundingDecision record(FundingRequest request, FundingVerdict verdict, @Nullable BigDecimal amount,
                                   @Nullable String reasons, @Nullable SupportPlan plan, @Nullable UUID by) {
        var decision = new FundingDecision(request, verdict, amount, StoredText.of(reasons), plan, by,
                clock.instant());
        decisions.saveAndFlush(decision);
        audit.record(AuditAction.CREATED, "plan-funding-decision", request.id(), verdict.name());
        return decision;
    }

    private static void checkRuling(FundingRequest request, FundingRuling ruling) {
        if (ruling.verdict() == FundingVerdict.WITHDRAWN) {
            throw new RuleViolationException("funding.verdict.missing");
        }
        String reasons = ruling.reasons();
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolationException("funding.reasons.missing");
        }
        BigDecimal amount = ruling.approvedWeeklyAmount();
        if (ruling.verdict() != FundingVerdict.APPROVED_WITH_CHANGES) {
            if (amount != null) {
                throw new RuleViolationException("funding.amount.onlyWithChanges");
            }
            return;
        }
        if (amount == null) {
            throw new RuleViolationException("funding.amount.missing");
        }
        if (amount.scale() > 2 || amount.signum() <= 0 || amount.compareTo(request.plannedWeeklyCost()) >= 0) {
            throw new RuleViolationException("funding.amount.range");
        }
    }

    private void requireWaiting(FundingRequest request) {
        if (decisions.existsById(request.id())) {
            throw new RuleViolationException("funding.alreadyDecided");
        }
    }

    private FundingRequest request(UUID requestId) {
        return requests.findById(requestId).orElseThrow(() -> {
            audit.recordRefusal("plan-funding-request", requestId);
            return new RecordNotFoundException("plan-funding-request", requestId);
        });
    }

    private static void requireDecider(CylchUser user) {
        if (!decides(user)) {
            throw new AccessDeniedException("Only team managers and finance officers decide funding");
        }
    }

    private List<FundingCase> cases(CylchUser actor, List<FundingRequest> asked) {
        if (asked.isEmpty()) {
            return List.of();
        }
        Map<UUID, Person> persons = records.findAllById(asked.stream().map(FundingRequest::personId).toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<UUID, FundingDecision> decided = decisions.findByRequestIdIn(asked.stream().map(FundingRequest::id)
                .toList()).stream().collect(Collectors.toMap(FundingDecision::requestId, Function.identity()));
        // Each colleague's name once: a queue is mostly the same few care managers and deciders.
        Map<UUID, Optional<String>> names = new HashMap<>();
        Function<@Nullable UUID, @Nullable String> name = user -> user == null ? null
                : names.computeIfAbsent(user, id -> colleagues.nameOf(actor, id)).orElse(null);
        return asked.stream().map(r -> {
            FundingDecision decision = decided.get(r.id());
            return new FundingCase(r, persons.get(r.personId()), json.draft(r.stored()), json.needs(r.stored()),
                    name.apply(r.requestedBy()), decision, decision == null ? null : name.apply(decision.decidedBy()));
        }).toList();
    }
}
