package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A plan over its budget by more than the margin (10%) waits for a funding decision by a second person with the
 * authority; only an approval makes it take effect. Personal care level 2 alone gives a budget of £84.00 a week.
 */
@CylchIntegrationTest
@RecordApplicationEvents
class FundingDecisionsTest {

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    SupportPlanning planning;

    @Autowired
    FundingDecisions funding;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private final UUID careManagerId = UUID.randomUUID();
    private UUID someone;

    @BeforeEach
    void aPersonWithAPlanWithinBudget() {
        someone = peopleFixture.newPerson(DEMO_COUNCIL);
        planning.revise(careManager(), someone, draft(0, "60.00", null)).plan();
        events.clear();
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aPlanWithinTheMarginTakesEffectAtOnce() {
        var change = planning.revise(careManager(), someone, draft(1, "92.40", "Ten per cent more"));

        assertThat(change).isInstanceOf(PlanChange.TookEffect.class);
        assertThat(planning.current(careManager(), someone)).get().extracting(SupportPlan::revision).isEqualTo(2);
    }

    @Test
    void aPlanOverTheMarginWaitsAndThePlanInEffectStaysAsItWas() {
        var change = planning.revise(careManager(), someone, draft(1, "99999999999.00", "Typed too many nines"));

        var request = ((PlanChange.AwaitsFunding) change).request();
        assertThat(request.revision()).isEqualTo(2);
        assertThat(request.plannedWeeklyCost()).isEqualByComparingTo("99999999999.00");
        assertThat(request.indicativeWeeklyBudget()).isEqualByComparingTo("84.00");
        assertThat(planning.current(careManager(), someone)).get().extracting(SupportPlan::revision).isEqualTo(1);
        assertThat(events.stream(SupportPlanChanged.class)).as("nothing took effect").isEmpty();
        assertRefused(() -> planning.revise(careManager(), someone, draft(1, "60.00", "Again")),
                "plan.funding.waitingAlready");
        assertThat(funding.waiting(financeOfficer())).extracting(c -> c.request().id()).contains(request.id());
        assertThat(audited("plan-funding-request", request.id(), "CREATED")).isEqualTo(1);
    }

    @Test
    void anApprovalMakesTheRevisionAskedForTakeEffect() {
        var request = overBudget();
        var decider = financeOfficer();

        var decision = funding.decide(decider, request.id(),
                new FundingRuling(FundingVerdict.APPROVED, null, "Night support agreed by the panel"));

        var current = planning.current(careManager(), someone).orElseThrow();
        assertThat(current.revision()).isEqualTo(2);
        assertThat(current.id()).isEqualTo(decision.planId());
        assertThat(current.plannedWeeklyCost()).isEqualByComparingTo("250.00");
        assertThat(current.reason()).isEqualTo("Night support");
        assertThat(current.createdBy()).as("the care manager wrote it").isEqualTo(careManagerId);
        assertThat(current.support()).singleElement().extracting(PlannedSupport::description).isEqualTo("Visits");
        assertThat(events.stream(SupportPlanChanged.class)).singleElement()
                .extracting(SupportPlanChanged::revision).isEqualTo(2);
        assertThat(funding.waitingFor(careManager(), someone)).isEmpty();
        assertThat(funding.behind(current)).get().extracting(FundingDecision::decidedBy).isEqualTo(decider.userId());
        assertThat(audited("plan-funding-decision", request.id(), "CREATED")).isEqualTo(1);
    }

    @Test
    void anApprovalWithChangesKeepsTheAmountAgreed() {
        var request = overBudget();
        var decider = teamManager();

        assertRefused(() -> funding.decide(decider, request.id(),
                new FundingRuling(FundingVerdict.APPROVED_WITH_CHANGES, null, "Less")), "funding.amount.missing");
        assertRefused(() -> funding.decide(decider, request.id(), new FundingRuling(
                FundingVerdict.APPROVED_WITH_CHANGES, new BigDecimal("250.00"), "Same")), "funding.amount.range");
        assertRefused(() -> funding.decide(decider, request.id(), new FundingRuling(
                FundingVerdict.APPROVED_WITH_CHANGES, new BigDecimal("0.00"), "Nothing")), "funding.amount.range");
        assertRefused(() -> funding.decide(decider, request.id(), new FundingRuling(
                FundingVerdict.APPROVED, new BigDecimal("200.00"), "Amount")), "funding.amount.onlyWithChanges");

        var decision = funding.decide(decider, request.id(), new FundingRuling(FundingVerdict.APPROVED_WITH_CHANGES,
                new BigDecimal("200.00"), "Agreed at £200 for 12 weeks; review the night visits"));

        assertThat(decision.approvedWeeklyAmount()).isEqualByComparingTo("200.00");
        assertThat(planning.current(careManager(), someone)).get().extracting(SupportPlan::revision).isEqualTo(2);
        assertThat(funding.historyOf(careManager(), someone)).singleElement()
                .satisfies(c -> assertThat(c.decision().verdict()).isEqualTo(FundingVerdict.APPROVED_WITH_CHANGES));
    }

    @Test
    void aRefusalNeedsReasonsAndLeavesThePlanToBeRevisedAgain() {
        var request = overBudget();

        assertRefused(() -> funding.decide(financeOfficer(), request.id(),
                new FundingRuling(FundingVerdict.REFUSED, null, "  ")), "funding.reasons.missing");
        funding.decide(financeOfficer(), request.id(),
                new FundingRuling(FundingVerdict.REFUSED, null, "A day service meets the outcome for less"));

        assertThat(planning.current(careManager(), someone)).get().extracting(SupportPlan::revision).isEqualTo(1);
        assertThat(events.stream(SupportPlanChanged.class)).isEmpty();
        assertRefused(() -> funding.decide(teamManager(), request.id(),
                new FundingRuling(FundingVerdict.APPROVED, null, "Overruled")), "funding.alreadyDecided");
        assertThat(planning.revise(careManager(), someone, draft(1, "60.00", "Day service instead")).plan()
                .revision()).isEqualTo(2);
    }

    @Test
    void aCareManagerMayWithdrawARequestButNeverDecideOne() {
        var request = overBudget();

        assertThatThrownBy(() -> funding.decide(careManager(), request.id(),
                new FundingRuling(FundingVerdict.APPROVED, null, "Mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funding.waiting(careManager())).isInstanceOf(AccessDeniedException.class);
        funding.withdraw(careManager(), someone, null);

        assertThat(funding.waitingFor(careManager(), someone)).isEmpty();
        assertRefused(() -> funding.withdraw(careManager(), someone, null), "funding.nothingWaiting");
        assertThat(planning.revise(careManager(), someone, draft(1, "60.00", "Within budget")).plan().revision())
                .isEqualTo(2);
    }

    @Test
    void noOneDecidesOnFundingTheyAskedFor() {
        CylchUser both = SignedIn.as(careManagerId, DEMO_COUNCIL, Role.CARE_MANAGER, Role.FINANCE_OFFICER);
        var request = ((PlanChange.AwaitsFunding) planning.revise(both, someone,
                draft(1, "250.00", "Night support"))).request();

        assertRefused(() -> funding.decide(both, request.id(),
                new FundingRuling(FundingVerdict.APPROVED, null, "Looks right to me")), "funding.ownRequest");
        assertThat(planning.current(both, someone)).get().extracting(SupportPlan::revision).isEqualTo(1);
    }

    @Test
    void anotherOrganisationCannotSeeOrDecideTheRequest() {
        var request = overBudget();
        UUID elsewhere = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser stranger = SignedIn.as(UUID.randomUUID(), elsewhere, Role.FINANCE_OFFICER);

        assertThat(funding.waiting(stranger)).isEmpty();
        assertThatThrownBy(() -> funding.open(stranger, request.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> funding.decide(stranger, request.id(),
                new FundingRuling(FundingVerdict.APPROVED, null, "Mine now")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from plan_funding_decision where request_id = ?", Integer.class, request.id())))
                .isZero();
    }

    @Test
    void deciders50AtOnceMakeOneDecisionAndOneRevision() throws Exception {
        var request = overBudget();
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    var decider = financeOfficer();
                    try {
                        return funding.decide(decider, request.id(), new FundingRuling(FundingVerdict.APPROVED, null,
                                "Agreed")).verdict().name();
                    } catch (RuleViolationException refused) {
                        return refused.code();
                    } finally {
                        SignedIn.clear();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (var answer : answers) {
                outcomes.add(answer.get());
            }
            assertThat(outcomes).containsOnlyOnce("APPROVED").containsOnly("APPROVED", "funding.alreadyDecided");
        } finally {
            pool.shutdown();
        }
        assertThat(planning.history(careManager(), someone)).extracting(SupportPlan::revision).containsExactly(2, 1);
    }

    @Test
    void decisionsAreNeverChangedInTheDatabase() {
        var request = overBudget();
        funding.decide(financeOfficer(), request.id(), new FundingRuling(FundingVerdict.REFUSED, null, "Too much"));

        assertThatThrownBy(() -> jdbc.update("update plan_funding_decision set verdict = 'APPROVED'"))
                .cause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from plan_funding_request where id = ?", request.id()))
                .cause().hasMessageContaining("permission denied");
    }

    @Test
    void theDemoCountysRevisionsOverBudgetWereApprovedAndThreeMoreWait() {
        UUID demoTeamManager = UUID.nameUUIDFromBytes("cylch-demo/user-teammanager".getBytes(UTF_8));
        UUID demoCareManager = UUID.nameUUIDFromBytes("cylch-demo/user-caremanager".getBytes(UTF_8));
        int unapproved = SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from support_plan sp
                where sp.held_by = ? and sp.created_by is null
                  and (select coalesce(sum(weekly_cost), 0) from support_plan_support s where s.plan_id = sp.id)
                      > round(sp.indicative_weekly_budget * 1.10, 2)
                  and not exists (select 1 from plan_funding_decision d where d.plan_id = sp.id)""",
                Integer.class, DEMO_COUNCIL));
        int approved = SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from plan_funding_decision where decided_by = ? and verdict = 'APPROVED'",
                Integer.class, demoTeamManager));
        // Other tests sign in as the demo care manager too: the demo's own requests are the falls at night.
        int asked = SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from plan_funding_request
                where requested_by = ? and draft ->> 'reason' like 'A fall at night%'""", Integer.class,
                demoCareManager));

        assertThat(unapproved).as("demo revisions over budget with no approval").isZero();
        assertThat(approved).isPositive();
        assertThat(asked).isEqualTo(3);
    }

    private FundingRequest overBudget() {
        var change = planning.revise(careManager(), someone, draft(1, "250.00", "Night support"));
        return ((PlanChange.AwaitsFunding) change).request();
    }

    private int audited(String type, UUID id, String action) {
        return SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from audit_event where record_type = ? and record_id = ? and action = ?""",
                Integer.class, type, id.toString(), action));
    }

    private CylchUser careManager() {
        return SignedIn.as(careManagerId, DEMO_COUNCIL, Role.CARE_MANAGER);
    }

    private static CylchUser financeOfficer() {
        return SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.FINANCE_OFFICER);
    }

    private static CylchUser teamManager() {
        return SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.TEAM_MANAGER);
    }

    private static void assertRefused(Runnable change, String code) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolationException.class,
                rule -> assertThat(rule.code()).isEqualTo(code));
    }

    /** Personal care at level 2, every other area at 0: £84.00 a week; one line of support at the given cost. */
    private static PlanDraft draft(int basedOn, String weeklyCost, String reason) {
        Map<String, Integer> levels = new HashMap<>(Map.of("personal-care", 2, "eating-drinking", 0, "home", 0,
                "getting-out", 0, "relationships", 0, "safety", 0, "decisions", 0, "carer", 0));
        return new PlanDraft(Arrangement.COUNCIL_ARRANGED, LocalDate.now(), levels,
                new PlanDraft.Contributions(null, null, null, null),
                List.of(new PlannedSupport("Visits", "Llanfedw Home Care", new BigDecimal("10"),
                        new BigDecimal(weeklyCost))), basedOn, reason, null);
    }
}
