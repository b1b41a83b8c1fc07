package cymru.cylch.people;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making and revising a person's outcome-focused support plan. Each change is a new revision, checked against
 * the revision the writer started from; the indicative budget comes from the council's resource allocation
 * scheme and is kept as worked out on the day.
 */
@Service
@Transactional
public class SupportPlanning {

    /** More hours than a week has cannot be planned for one line of support. */
    public static final BigDecimal HOURS_IN_A_WEEK = BigDecimal.valueOf(168);

    private final PersonManagement people;
    private final SupportPlans plans;
    private final OutcomeReviews reviews;
    private final ResourceAllocationScheme scheme;
    private final FundingThreshold threshold;
    private final FundingRequests funding;
    private final PlanJson json;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Today today;

    SupportPlanning(PersonManagement people, SupportPlans plans, OutcomeReviews reviews,
                    ResourceAllocationScheme scheme, FundingThreshold threshold, FundingRequests funding,
                    PlanJson json, AuditLog audit, ApplicationEventPublisher events, Clock clock, Today today) {
        this.people = people;
        this.plans = plans;
        this.reviews = reviews;
        this.scheme = scheme;
        this.threshold = threshold;
        this.funding = funding;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.today = today;
    }

    public ResourceAllocationScheme scheme() {
        return scheme;
    }

    /**
     * Makes the first plan or a new revision of it. A revision over its indicative budget by more than the margin
     * ({@link FundingThreshold}) does not take effect: it waits for a funding decision, and until then the person's
     * plan cannot be revised again (the request can be withdrawn).
     */
    public PlanChange revise(CylchUser actor, UUID personId, PlanDraft draft) {
        Person person = people.heldForChange(actor, personId);
        if (person.died()) {
            throw new RuleViolationException("plan.personDied");
        }
        if (funding.findWaiting(personId).isPresent()) {
            throw new RuleViolationException("plan.funding.waitingAlready");
        }
        Optional<SupportPlan> current = plans.findFirstByPersonIdOrderByRevisionDesc(personId);
        int currentRevision = current.map(SupportPlan::revision).orElse(0);
        if (draft.basedOnRevision() != currentRevision) {
            throw new RuleViolationException("plan.changedMeanwhile");
        }
        checkDates(person, draft, current);
        if (currentRevision > 0 && (draft.reason() == null || draft.reason().isBlank())) {
            throw new RuleViolationException("plan.reason.missing");
        }
        checkSupport(draft.support());
        ResourceAllocationScheme.Allocation allocation;
        try {
            allocation = scheme.allocate(draft.needLevels());
        } catch (IllegalArgumentException unanswered) {
            throw new RuleViolationException("plan.need.missing", unanswered.getMessage());
        }
        BigDecimal cost = PlannedSupport.weeklyCostOf(draft.support());
        if (threshold.needsDecision(cost, allocation.indicativeWeeklyBudget())) {
            FundingRequest request = new FundingRequest(UUID.randomUUID(), personId, person.heldBy(), currentRevision,
                    json.write(draft, allocation.needs()), allocation, cost, threshold, actor.userId(),
                    clock.instant());
            funding.saveAndFlush(request);
            audit.record(AuditAction.CREATED, "plan-funding-request", request.id());
            return new PlanChange.AwaitsFunding(request);
        }
        return new PlanChange.TookEffect(takeEffect(person, currentRevision + 1, draft, allocation, actor.userId()));
    }

    /** Makes the revision a request asked for, once the decider has approved its funding. */
    SupportPlan adopt(CylchUser decider, FundingRequest request) {
        var stored = request.stored();
        var allocation = new ResourceAllocationScheme.Allocation(request.allocationScheme(),
                request.allocationPoints(), request.indicativeWeeklyBudget(), json.needs(stored));
        Person person = people.held(decider, request.personId());
        return takeEffect(person, request.revision(), json.draft(stored), allocation, request.requestedBy());
    }

    private SupportPlan takeEffect(Person person, int revision, PlanDraft draft,
                                   ResourceAllocationScheme.Allocation allocation, @Nullable UUID writtenBy) {
        SupportPlan plan = new SupportPlan(UUID.randomUUID(), person.id(), person.heldBy(), revision, draft,
                allocation, writtenBy, clock.instant());
        plans.saveAndFlush(plan);
        audit.record(AuditAction.CREATED, "support-plan", plan.id());
        events.publishEvent(plan.changed());
        return plan;
    }

    /** The threshold above which a plan waits for a funding decision. */
    public FundingThreshold fundingThreshold() {
        return threshold;
    }

    /** The plan as it stands (its latest revision), if the person has one. */
    @Transactional(readOnly = true)
    public Optional<SupportPlan> current(CylchUser actor, UUID personId) {
        people.held(actor, personId);
        return plans.findFirstByPersonIdOrderByRevisionDesc(personId);
    }

    /** One revision, for looking back at the plan as it was. */
    @Transactional(readOnly = true)
    public SupportPlan revision(CylchUser actor, UUID personId, int revision) {
        people.held(actor, personId);
        return plans.findByPersonIdAndRevision(personId, revision)
                .orElseThrow(() -> new RecordNotFoundException("support-plan", personId + "/" + revision));
    }

    /** Every revision, newest first. */
    @Transactional(readOnly = true)
    public List<SupportPlan> history(CylchUser actor, UUID personId) {
        people.held(actor, personId);
        return plans.findByPersonIdOrderByRevisionDesc(personId);
    }

    private void checkDates(Person person, PlanDraft draft, Optional<SupportPlan> current) {
        DateBounds.planStart(draft.effectiveFrom(), person.dateOfBirth(),
                current.map(SupportPlan::effectiveFrom).orElse(null), today.date())
                .ifPresent(problem -> {
                    throw new RuleViolationException(problem);
                });
        LocalDate review = draft.revisedAtReview();
        if (review != null && !reviews.existsByPersonIdAndReviewedOn(person.id(), review)) {
            throw new RuleViolationException("plan.review.unknown");
        }
    }

    private static void checkSupport(List<PlannedSupport> support) {
        for (int i = 0; i < support.size(); i++) {
            PlannedSupport line = support.get(i);
            if (line.description() == null || line.description().isBlank()) {
                throw new RuleViolationException("plan.support.description.missing", String.valueOf(i));
            }
            if (line.hoursPerWeek() != null
                    && (line.hoursPerWeek().signum() < 0 || line.hoursPerWeek().compareTo(HOURS_IN_A_WEEK) > 0)) {
                throw new RuleViolationException("plan.support.hours", String.valueOf(i));
            }
            if (line.weeklyCost() != null && line.weeklyCost().signum() < 0) {
                throw new RuleViolationException("plan.support.cost", String.valueOf(i));
            }
        }
    }

    /** The council's scheme, read once at start-up from its configured table. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({AllocationSettings.class, FundingSettings.class})
    static class SchemeConfiguration {

        @Bean
        ResourceAllocationScheme resourceAllocationScheme(AllocationSettings settings) {
            return settings.scheme();
        }

        @Bean
        FundingThreshold fundingThreshold(FundingSettings settings) {
            return settings.threshold();
        }
    }
}
