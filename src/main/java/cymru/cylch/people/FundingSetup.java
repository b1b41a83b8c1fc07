package cymru.cylch.people;

import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.time.Today;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding decisions as Cylch itself records them for the demo county: the approvals that past revisions over
 * budget must have had, and requests still waiting, so that a team manager or finance officer signing in for the
 * first time has a queue to work through.
 */
@Service
@Transactional
public class FundingSetup {

    private final SupportPlans plans;
    private final FundingRequests requests;
    private final FundingDecisionRecords decisions;
    private final ResourceAllocationScheme scheme;
    private final FundingThreshold threshold;
    private final PlanJson json;
    private final AuditLog audit;
    private final Clock clock;

    FundingSetup(SupportPlans plans, FundingRequests requests, FundingDecisionRecords decisions,
                 ResourceAllocationScheme scheme, FundingThreshold threshold, PlanJson json, AuditLog audit,
                 Clock clock) {
        this.plans = plans;
        this.requests = requests;
        this.decisions = decisions;
        this.scheme = scheme;
        this.threshold = threshold;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** A revision a care manager has asked for and nobody has decided on yet. */
    public record WaitingRequest(UUID personId, PlanDraft draft, UUID requestedBy) {
    }

    /**
     * Records, for every revision of the holder's plans that was over its budget by more than the margin, the
     * approval by {@code decider} that let it take effect.
     */
    public void approvePastRevisions(UUID heldBy, UUID decider, String reasons) {
        List<FundingRequest> asked = new ArrayList<>();
        List<FundingDecision> approved = new ArrayList<>();
        for (SupportPlan plan : plans.findByHeldByOrderByPersonIdAscRevisionAsc(heldBy)) {
            if (threshold.needsDecision(plan.plannedWeeklyCost(), plan.indicativeWeeklyBudget())) {
                // Asked for and approved at the time: on the morning the revision took effect.
                Instant then = plan.effectiveFrom().atTime(9, 0).atZone(Today.ZONE).toInstant();
                var request = request(plan.personId(), heldBy, plan.asDraft(), plan.createdBy(), then);
                asked.add(request);
                approved.add(new FundingDecision(request, FundingVerdict.APPROVED, null, reasons, plan, decider,
                        then));
            }
        }
        save(heldBy, asked);
        decisions.saveAll(approved);
        decisions.flush();
        audit.recordAll(system(heldBy), AuditAction.CREATED, "plan-funding-decision",
                approved.stream().map(d -> d.requestId().toString()).toList());
    }

    /** Requests still waiting; each must be over the threshold, as a care manager's would have to be. */
    public void askAll(UUID heldBy, List<WaitingRequest> waiting) {
        save(heldBy, waiting.stream().map(w -> request(w.personId(), heldBy, w.draft(), w.requestedBy(),
                clock.instant())).toList());
    }

    private FundingRequest request(UUID personId, UUID heldBy, PlanDraft draft, @Nullable UUID requestedBy,
                                   Instant at) {
        var allocation = scheme.allocate(draft.needLevels());
        var cost = PlannedSupport.weeklyCostOf(draft.support());
        if (!threshold.needsDecision(cost, allocation.indicativeWeeklyBudget())) {
            throw new IllegalArgumentException("Within its budget, so no decision is needed: " + personId);
        }
        return new FundingRequest(UUID.randomUUID(), personId, heldBy, draft.basedOnRevision(),
                json.write(draft, allocation.needs()), allocation, cost, threshold, requestedBy, at);
    }

    private void save(UUID heldBy, List<FundingRequest> asked) {
        requests.saveAll(asked);
        requests.flush();
        audit.recordAll(system(heldBy), AuditAction.CREATED, "plan-funding-request",
                asked.stream().map(r -> r.id().toString()).toList());
    }

    private static Actor system(UUID heldBy) {
        return new Actor(null, null, heldBy, AuditChannel.SYSTEM);
    }
}
