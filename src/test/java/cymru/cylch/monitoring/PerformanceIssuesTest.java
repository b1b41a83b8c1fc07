package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.contracts.Remedy;
import cymru.cylch.market.Accreditation;
import cymru.cylch.market.StandingStatus;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.payments.Deduction;
import cymru.cylch.payments.PerformanceDeductions;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.MarketFixture;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Poor performance with its database and the modules it reaches: the developmental route from raising an issue to a
 * plan agreed, carried out and resolved; the punitive route whose sanctions reach payments (a deduction), the market
 * (a suspension) and contracts (a termination), each only where the contract gives the power and all or nothing;
 * and every wall from the wrong side: another council, another provider, a reader who may not act, the wrong side
 * taking a step, and a stale page.
 */
@CylchIntegrationTest
class PerformanceIssuesTest {

    @Autowired
    PerformanceIssues issues;

    @Autowired
    CorrectivePlans plans;

    @Autowired
    PerformanceSanctions sanctions;

    @Autowired
    PerformanceDeductions deductions;

    @Autowired
    Accreditation accreditation;

    @Autowired
    ContractManagement contractManagement;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    ContractsFixture contracts;

    @Autowired
    MarketFixture market;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(Today.ZONE);
    private PaymentsFixture.Scene scene;
    private Contract contract;
    private UUID providerUser;

    @BeforeEach
    void aProviderUnderAContractThatGivesEveryPower() {
        scene = payments.scene(today.minusMonths(3));
        contract = contracts.vary(scene.commissioner(), scene.contract(), withRemedies(scene.contract().terms(),
                Remedy.DEDUCTION, Remedy.SUSPENSION, Remedy.TERMINATION), "Powers over poor performance");
        market.accredited(scene.council(), scene.provider());
        providerUser = organisations.user(scene.provider(), Role.PROVIDER_USER).id();
    }

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    @Test
    void aPlanIsAgreedCarriedOutByBothSidesAndTheIssueResolved() {
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(contract));
        assertThat(raised.status()).isEqualTo(IssueStatus.RAISED);
        assertThat(raised.advice().route()).isEqualTo(IssueRoute.DEVELOPMENTAL);

        PerformanceIssue seen = issues.issue(provider(), raised.id());
        assertThat(seen.relationship()).as("the council's view of the relationship is its own").isNull();
        assertThat(issues.ofProvider(provider())).extracting(PerformanceIssue::id).containsExactly(raised.id());

        PerformanceIssue answered = issues.respond(provider(), raised.id(), seen.version(), ProviderStance.ACCEPTS,
                "Two carers left in October; we are recruiting.");
        PerformanceIssue started = plans.start(commissioner(), raised.id(), answered.version());
        assertThat(started.status()).isEqualTo(IssueStatus.CAP_DRAFT);
        assertThat(started.route()).isEqualTo(IssueRoute.DEVELOPMENTAL);
        PerformanceIssue written = plans.save(commissioner(), raised.id(), started.version(), plan());
        PerformanceIssue proposed = plans.propose(commissioner(), raised.id(), written.version());
        PerformanceIssue agreed = plans.agree(provider(), raised.id(), proposed.version(), "Agreed at the meeting");
        assertThat(agreed.status()).isEqualTo(IssueStatus.CAP_AGREED);

        PerformanceIssue one = plans.markDone(provider(), raised.id(), agreed.version(), 0, "Both started");
        assertThatThrownBy(() -> issues.resolve(commissioner(), raised.id(), one.version(), "Better"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cap.actionsOpen");
        PerformanceIssue reviewed = plans.review(commissioner(), raised.id(), one.version(), "On track",
                today.plusDays(14));
        assertThat(reviewed.plan().reviewOn()).isEqualTo(today.plusDays(14));
        PerformanceIssue both = plans.markDone(commissioner(), raised.id(), reviewed.version(), 1, null);
        assertThat(both.plan().complete()).isTrue();
        PerformanceIssue resolved = issues.resolve(commissioner(), raised.id(), both.version(),
                "Visits on time for three months");
        assertThat(resolved.status()).isEqualTo(IssueStatus.RESOLVED);

        assertThat(issues.history(commissioner(), resolved)).extracting(IssueEvent::step).containsExactly(
                IssueStep.RAISED, IssueStep.RESPONDED, IssueStep.CAP_STARTED, IssueStep.CAP_SAVED,
                IssueStep.CAP_PROPOSED, IssueStep.CAP_AGREED, IssueStep.ACTION_DONE, IssueStep.CAP_REVIEWED,
                IssueStep.ACTION_DONE, IssueStep.RESOLVED);
        assertThat(issues.history(provider(), resolved)).filteredOn(IssueEvent::byProvider)
                .extracting(IssueEvent::step)
                .containsExactly(IssueStep.RESPONDED, IssueStep.CAP_AGREED, IssueStep.ACTION_DONE);
        assertThat(issues.ofCouncil(commissioner(), true)).extracting(PerformanceIssue::id)
                .doesNotContain(raised.id());
        assertThat(issues.ofCouncil(commissioner(), false)).extracting(PerformanceIssue::id).contains(raised.id());
    }

    @Test
    void anAgreedPlanIsChangedKeepingWhatIsDoneAndAgreedAgain() {
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(contract));
        PerformanceIssue written = plans.save(commissioner(), raised.id(),
                plans.start(commissioner(), raised.id(), raised.version()).version(), plan());
        PerformanceIssue agreed = plans.agree(provider(), raised.id(),
                plans.propose(commissioner(), raised.id(), written.version()).version(), null);
        PerformanceIssue one = plans.markDone(provider(), raised.id(), agreed.version(), 0, "Both started");
        assertThatThrownBy(() -> plans.vary(provider(), raised.id(), one.version(), "Ours"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.vary(commissioner(), raised.id(), one.version(), " "))
                .hasMessageContaining("issue.reason.missing");

        PerformanceIssue reopened = plans.vary(commissioner(), raised.id(), one.version(),
                "Medication training is needed too");
        assertThat(reopened.status()).isEqualTo(IssueStatus.CAP_DRAFT);
        List<CapAction> rewritten = new ArrayList<>(plan().actions());
        rewritten.add(new CapAction("Train every carer on medication", "Trainer", today.plusDays(21), null, null));
        PerformanceIssue changed = plans.save(commissioner(), raised.id(), reopened.version(),
                new CorrectivePlan(rewritten, "Weekly visit data", "Quality team visits", today.plusDays(7)));
        assertThat(changed.plan().actions()).extracting(CapAction::done).containsExactly(true, false, false);
        PerformanceIssue again = plans.agree(provider(), raised.id(),
                plans.propose(commissioner(), raised.id(), changed.version()).version(), "Agreed");
        assertThat(again.status()).isEqualTo(IssueStatus.CAP_AGREED);
        assertThat(again.plan().actions().getFirst().doneNote()).isEqualTo("Both started");
        assertThat(issues.history(provider(), again)).extracting(IssueEvent::step).containsSubsequence(
                IssueStep.ACTION_DONE, IssueStep.CAP_VARIED, IssueStep.CAP_SAVED, IssueStep.CAP_PROPOSED,
                IssueStep.CAP_AGREED);
    }

    @Test
    void aPlanMissingPartsIsNotPutToTheProviderAndTheProviderMayDisputeIt() {
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(contract));
        PerformanceIssue started = plans.start(commissioner(), raised.id(), raised.version());
        assertThatThrownBy(() -> plans.propose(commissioner(), raised.id(), started.version()))
                .isInstanceOfSatisfying(Incomplete.class, e -> assertThat(e.missing())
                        .containsExactly("cap.missing.actions", "cap.missing.reviewOn"));
        PerformanceIssue proposed = plans.propose(commissioner(), raised.id(),
                plans.save(commissioner(), raised.id(), started.version(), plan()).version());
        assertThatThrownBy(() -> plans.dispute(provider(), raised.id(), proposed.version(), " "))
                .hasMessageContaining("issue.reason.missing");
        PerformanceIssue disputed = plans.dispute(provider(), raised.id(), proposed.version(),
                "Thirty days is too soon to recruit");
        assertThat(disputed.status()).isEqualTo(IssueStatus.CAP_DRAFT);
        assertThat(issues.history(commissioner(), disputed).getLast().note())
                .isEqualTo("Thirty days is too soon to recruit");
    }

    @Test
    void sanctionsReachPaymentsTheMarketAndTheContractEachWithItsReason() {
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(contract));
        PerformanceIssue escalated = issues.escalate(commissioner(), raised.id(), raised.version(),
                "Third month of missed visits");
        assertThat(escalated.route()).isEqualTo(IssueRoute.PUNITIVE);

        PerformanceIssue noticed = sanctions.defaultNotice(commissioner(), raised.id(), escalated.version(),
                "Breach of clause 12", "Deliver every planned visit", today.plusDays(28));
        YearMonth next = YearMonth.from(today).plusMonths(1);
        PerformanceIssue deducted = sanctions.deduct(commissioner(), raised.id(), noticed.version(),
                "Service credit for missed visits", Money.of("1250.00"), next);
        List<Deduction> taken = deductions.ofSource(commissioner(), raised.id());
        assertThat(taken).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(Money.of("1250.00"));
            assertThat(d.from()).isEqualTo(next);
            assertThat(d.status()).isEqualTo(Deduction.Status.PENDING);
            assertThat(d.contract()).isEqualTo(contract.id());
        });

        PerformanceIssue suspended = sanctions.suspend(commissioner(), raised.id(), deducted.version(),
                "No new packages until visits recover", null, null);
        assertThat(accreditation.mayTakeNewWork(OrganisationId.of(scene.council()),
                OrganisationId.of(scene.provider()))).isFalse();
        assertThat(accreditation.withProvider(commissioner(), scene.provider()).standing().status())
                .isEqualTo(StandingStatus.SUSPENDED);

        LocalDate lastDay = today.plusDays(60);
        PerformanceIssue terminated = sanctions.terminate(commissioner(), raised.id(), suspended.version(),
                "Default not remedied", lastDay);
        assertThat(terminated.status()).isEqualTo(IssueStatus.TERMINATED);
        assertThat(contractManagement.contract(commissioner(), contract.id()).terms().end()).isEqualTo(lastDay);

        assertThat(issues.sanctions(provider(), terminated)).extracting(Sanction::kind, Sanction::reason)
                .containsExactly(
                        tuple(SanctionKind.DEFAULT_NOTICE, "Breach of clause 12"),
                        tuple(SanctionKind.DEDUCTION,
                                "Service credit for missed visits"),
                        tuple(SanctionKind.SUSPENSION,
                                "No new packages until visits recover"),
                        tuple(SanctionKind.TERMINATION, "Default not remedied"));
        assertThat(issues.sanctions(commissioner(), terminated).get(1).deduction()).isEqualTo(taken.getFirst().id());
    }

    @Test
    void aSanctionTheContractGivesNoPowerForIsRefusedAndNothingIsWritten() {
        Contract plain = payments.contract(scene.commissioner(), scene.provider());
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(plain));
        PerformanceIssue escalated = issues.escalate(commissioner(), raised.id(), raised.version(), "Serious");
        assertThatThrownBy(() -> sanctions.deduct(commissioner(), raised.id(), escalated.version(), "Credit",
                Money.of("100.00"), YearMonth.from(today))).hasMessageContaining("issue.sanction.notAllowed");
        assertThatThrownBy(() -> sanctions.terminate(commissioner(), raised.id(), escalated.version(), "End",
                today.plusDays(30))).hasMessageContaining("issue.sanction.notAllowed");
        assertThat(deductions.ofSource(commissioner(), raised.id())).isEmpty();
        assertThat(issues.sanctions(commissioner(), escalated)).isEmpty();
        assertThat(issues.issue(commissioner(), raised.id()).version()).isEqualTo(escalated.version());

        // A deduction refused by payments (a month already past) leaves nothing behind either.
        PerformanceIssue powered = issues.raise(commissioner(), lateVisits(contract));
        PerformanceIssue up = issues.escalate(commissioner(), powered.id(), powered.version(), "Serious");
        assertThatThrownBy(() -> sanctions.deduct(commissioner(), powered.id(), up.version(), "Credit",
                Money.of("100.00"), YearMonth.from(today).minusMonths(2))).isInstanceOf(RuleViolationException.class);
        assertThat(issues.sanctions(commissioner(), up)).isEmpty();
        assertThat(issues.history(commissioner(), up)).extracting(IssueEvent::step)
                .containsExactly(IssueStep.RAISED, IssueStep.ESCALATED);

        // No sanction before the issue is escalated.
        PerformanceIssue early = issues.raise(commissioner(), lateVisits(contract));
        assertThatThrownBy(() -> sanctions.defaultNotice(commissioner(), early.id(), early.version(), "Now",
                "Fix it", today.plusDays(7))).hasMessageContaining("issue.step.notNow");
    }

    @Test
    void aDeductionIsWithdrawnWithItsReasonAndTheIssuesHistorySaysSoEvenAfterItIsResolved() {
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(contract));
        PerformanceIssue escalated = issues.escalate(commissioner(), raised.id(), raised.version(), "Serious");
        PerformanceIssue deducted = sanctions.deduct(commissioner(), raised.id(), escalated.version(), "Credit",
                Money.of("300.00"), YearMonth.from(today).plusMonths(1));
        PerformanceIssue resolved = issues.resolve(commissioner(), raised.id(), deducted.version(), "Put right");
        Deduction pending = deductions.ofSource(commissioner(), raised.id()).getFirst();

        // Nobody else withdraws it: another council, the provider, a reader, nor through another issue.
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        CylchUser theirCommissioner = SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);
        assertThatThrownBy(() -> sanctions.withdrawDeduction(theirCommissioner, raised.id(), pending.id(),
                pending.version(), "Mine")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> deductions.withdraw(theirCommissioner, pending.id(), pending.version(), "Mine"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> sanctions.withdrawDeduction(provider(), raised.id(), pending.id(),
                pending.version(), "Ours")).isInstanceOf(AccessDeniedException.class);
        CylchUser auditor = SignedIn.as(UUID.randomUUID(), scene.council(), Role.AUDITOR);
        assertThatThrownBy(() -> sanctions.withdrawDeduction(auditor, raised.id(), pending.id(), pending.version(),
                "Audit")).isInstanceOf(AccessDeniedException.class);
        PerformanceIssue other = issues.raise(commissioner(), lateVisits(contract));
        PerformanceIssue otherUp = issues.escalate(commissioner(), other.id(), other.version(), "Serious");
        assertThatThrownBy(() -> sanctions.withdrawDeduction(commissioner(), other.id(), pending.id(),
                pending.version(), "Wrong issue")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> sanctions.withdrawDeduction(commissioner(), raised.id(), pending.id(),
                pending.version(), " ")).hasMessageContaining("issue.reason.missing");
        assertThat(deductions.deduction(commissioner(), pending.id()).status()).isEqualTo(Deduction.Status.PENDING);
        assertThat(otherUp.status()).isEqualTo(IssueStatus.ESCALATED);

        Deduction withdrawn = sanctions.withdrawDeduction(commissioner(), raised.id(), pending.id(),
                pending.version(), "Imposed in error: the visits were cancelled by the person");
        assertThat(withdrawn.status()).isEqualTo(Deduction.Status.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).isEqualTo("Imposed in error: the visits were cancelled by the person");
        assertThat(deductions.deduction(provider(), pending.id()).status()).isEqualTo(Deduction.Status.WITHDRAWN);
        assertThatThrownBy(() -> sanctions.withdrawDeduction(commissioner(), raised.id(), pending.id(),
                withdrawn.version(), "Again")).hasMessageContaining("payments.deduction.withdraw.notPending");

        // Payments announces it; the issue's history records it, status unchanged, once.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(issues.history(provider(), resolved)).extracting(IssueEvent::step, IssueEvent::note)
                        .endsWith(tuple(IssueStep.DEDUCTION_WITHDRAWN,
                                "Imposed in error: the visits were cancelled by the person")));
        assertThat(issues.issue(commissioner(), raised.id()).status()).isEqualTo(IssueStatus.RESOLVED);
    }

    @Test
    void raisingNeedsAProviderTheCouncilKnowsAndAContractItSuppliesUnder() {
        UUID stranger = contracts.provider(organisations.organisation(OrganisationKind.COUNCIL,
                OrganisationsFixture.DEMO_COUNCIL), "Elsewhere Care", PublicIdentifiers.none());
        assertThatThrownBy(() -> issues.raise(commissioner(), new NewPerformanceIssue(OrganisationId.of(stranger),
                null, null, "Late", "Late visits", Seriousness.LOW, "", false, ProviderRelationship.GOOD)))
                .hasMessageContaining("issue.provider.unknown");
        UUID other = payments.provider(scene.council());
        Contract theirs = payments.contract(scene.commissioner(), other);
        assertThatThrownBy(() -> issues.raise(commissioner(), new NewPerformanceIssue(
                OrganisationId.of(scene.provider()), theirs.id(), null, "Late", "Late visits", Seriousness.LOW, "",
                true, ProviderRelationship.GOOD))).hasMessageContaining("issue.contract.notTheProviders");
    }

    @Test
    void noOneElseReadsOrActsOnTheIssueAndEachSideTakesOnlyItsOwnSteps() {
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(contract));
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        CylchUser theirCommissioner = SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);
        assertThatThrownBy(() -> issues.issue(theirCommissioner, raised.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> issues.escalate(theirCommissioner, raised.id(), raised.version(), "Mine now"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(issues.ofCouncil(theirCommissioner, false)).isEmpty();

        UUID otherProvider = payments.provider(scene.council());
        CylchUser theirMember = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), otherProvider,
                Role.PROVIDER_USER);
        assertThatThrownBy(() -> issues.issue(theirMember, raised.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> issues.respond(theirMember, raised.id(), raised.version(), ProviderStance.DISPUTES,
                "Not us")).isInstanceOf(RecordNotFoundException.class);
        assertThat(issues.ofProvider(theirMember)).isEmpty();

        CylchUser teamManager = SignedIn.as(UUID.randomUUID(), scene.council(), Role.TEAM_MANAGER);
        assertThat(issues.issue(teamManager, raised.id()).relationship()).isEqualTo(ProviderRelationship.FAIR);
        assertThatThrownBy(() -> issues.escalate(teamManager, raised.id(), raised.version(), "Escalate"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issues.raise(provider(), lateVisits(contract)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issues.escalate(provider(), raised.id(), raised.version(), "Escalate"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issues.respond(commissioner(), raised.id(), raised.version(),
                ProviderStance.ACCEPTS, "Speaking for them")).isInstanceOf(AccessDeniedException.class);
        PerformanceIssue proposed = plans.propose(commissioner(), raised.id(),
                plans.save(commissioner(), raised.id(),
                        plans.start(commissioner(), raised.id(), raised.version()).version(), plan()).version());
        assertThatThrownBy(() -> plans.agree(commissioner(), raised.id(), proposed.version(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(issues.issue(commissioner(), raised.id()).status()).isEqualTo(IssueStatus.CAP_PROPOSED);
    }

    @Test
    void theProvidersOwnConnectionAnswersAnIssueButCannotRewriteIt() {
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(contract));
        provider();
        assertThatThrownBy(() -> jdbc.update("update performance_issue set title = 'Nothing wrong' where id = ?",
                raised.id())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update performance_issue set status = 'RESOLVED' where id = ?",
                raised.id())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("insert into performance_issue_event (id, issue_id, held_by, "
                + "provider_id, step, to_status, acted_for, acted_at) values (gen_random_uuid(), ?, ?, ?, "
                + "'RESOLVED', 'RESOLVED', ?, now())", raised.id(), scene.council(), scene.provider(),
                scene.provider())).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.update("update performance_issue set provider_stance = 'ACCEPTS', provider_response = 'Yes' "
                + "where id = ?", raised.id())).isEqualTo(1);
        SignedIn.clear();
        PerformanceIssue kept = issues.issue(commissioner(), raised.id());
        assertThat(kept.title()).isEqualTo("Missed and late visits");
        assertThat(kept.status()).isEqualTo(IssueStatus.RAISED);
        assertThat(kept.stance()).isEqualTo(ProviderStance.ACCEPTS);
    }

    @Test
    void aConsortiumThatSuppliesReadsAndAnswersTheIssuesAboutItAsAProviderDoes() {
        UUID consortium = organisations.organisation(OrganisationKind.CONSORTIUM, scene.council());
        Contract block = contracts.blockContract(scene.commissioner(), consortium);
        PerformanceIssue raised = issues.raise(commissioner(), new NewPerformanceIssue(
                OrganisationId.of(consortium), block.id(), null, "Late visits by members",
                "Two members were late all month.", Seriousness.MODERATE, "", false, ProviderRelationship.FAIR));

        CylchUser member = SignedIn.asMemberOf("CONSORTIUM", UUID.randomUUID(), consortium, Role.PROVIDER_USER);
        assertThat(issues.ofProvider(member)).extracting(PerformanceIssue::id).containsExactly(raised.id());
        PerformanceIssue answered = issues.respond(member, raised.id(), raised.version(), ProviderStance.ACCEPTS,
                "We have moved two carers to the morning round.");
        assertThat(answered.stance()).isEqualTo(ProviderStance.ACCEPTS);
        assertThat(jdbc.queryForObject("select count(*) from performance_issue", Integer.class))
                .as("its own connection reads the issue about it, and no other").isEqualTo(1);
    }

    @Test
    void anIssueWithAPlanMayBeClosedWhenItIsWithdrawnAndTheProviderSeesNoDraft() {
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(contract));
        PerformanceIssue started = plans.start(commissioner(), raised.id(), raised.version());
        PerformanceIssue written = plans.save(commissioner(), raised.id(), started.version(), plan());
        assertThat(issues.issue(provider(), raised.id()).plan().actions()).as("still being written").isEmpty();
        PerformanceIssue closed = issues.close(commissioner(), raised.id(), written.version(),
                "The provider stopped trading");
        assertThat(closed.status()).isEqualTo(IssueStatus.CLOSED);
        assertThat(issues.history(provider(), closed).getLast().note()).isEqualTo("The provider stopped trading");
    }

    @Test
    void aStepFromAStalePageIsRefused() {
        PerformanceIssue raised = issues.raise(commissioner(), lateVisits(contract));
        issues.escalate(commissioner(), raised.id(), raised.version(), "First");
        assertThatThrownBy(() -> issues.close(commissioner(), raised.id(), raised.version(), "Second"))
                .hasMessageContaining("issue.changedMeanwhile");
        assertThat(issues.history(commissioner(), raised)).hasSize(2);
    }

    private CylchUser commissioner() {
        return SignedIn.as(scene.commissioner().id(), scene.council(), Role.COMMISSIONER);
    }

    private CylchUser provider() {
        return SignedIn.asMemberOf("PROVIDER", providerUser, scene.provider(), Role.PROVIDER_USER);
    }

    private NewPerformanceIssue lateVisits(Contract under) {
        return new NewPerformanceIssue(OrganisationId.of(scene.provider()), under.id(), null,
                "Missed and late visits", "A third of morning visits were late in November.", Seriousness.SERIOUS,
                "People miss medication", false, ProviderRelationship.FAIR);
    }

    private CorrectivePlan plan() {
        return new CorrectivePlan(List.of(
                new CapAction("Recruit two carers", "Registered manager", today.plusDays(30), null, null),
                new CapAction("Reroute the morning runs", "Care coordinator", today.plusDays(14), null, null)),
                "Weekly visit data", "Quality team visits", today.plusDays(7));
    }

    static ContractTerms withRemedies(ContractTerms t, Remedy... remedies) {
        return new ContractTerms(t.title(), t.description(), t.model(), t.start(), t.end(), t.extensionMonths(),
                t.estimatedValue(), t.maximumValue(), t.lots(), t.parties(), t.outcomeDomains(),
                t.outcomeStatements(), t.qualityRequirements(), t.paymentTerms(), List.of(remedies));
    }
}
