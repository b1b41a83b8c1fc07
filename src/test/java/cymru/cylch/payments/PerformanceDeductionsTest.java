package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.contracts.Contract;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.payments.PaymentLine.Reason;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditEntry;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture.Scene;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Deductions for poor performance with their database: imposed by the council's commissioner, taken whole by the
 * next payment run and marked taken when it is posted, withdrawn before that; and who may impose, withdraw and read.
 */
@CylchIntegrationTest
class PerformanceDeductionsTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final String REASON = "Fourteen visits missed in October";

    @Autowired
    PerformanceDeductions deductions;

    @Autowired
    PaymentRuns runs;

    @Autowired
    PaymentFiles files;

    @Autowired
    PaymentReconciliation reconciliation;

    @Autowired
    Ledger ledger;

    @Autowired
    SpendAgainstBudget spend;

    @Autowired
    SocialImpactBonds bonds;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private Scene scene;

    @BeforeEach
    void aCouncilsContractWithAProviderInNovember() {
        clock.set(LocalDate.of(2026, 11, 15), LocalTime.NOON);
        scene = payments.scene(LocalDate.of(2026, 5, 1));
    }

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        SignedIn.clear();
    }

    private CylchUser commissioner() {
        return SignedIn.as(scene.commissioner().id(), scene.council(), Role.COMMISSIONER);
    }

    private CylchUser of(UUID organisation, Role role) {
        return SignedIn.as(UUID.randomUUID(), organisation, role);
    }

    private CylchUser finance() {
        return of(scene.council(), Role.FINANCE_OFFICER);
    }

    private CylchUser providerUser(UUID provider) {
        return SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER);
    }

    private OrganisationId provider() {
        return OrganisationId.of(scene.provider());
    }

    private Deduction impose(String amount, @Nullable UUID source) {
        return deductions.impose(commissioner(), scene.contract().id(), provider(), Money.of(amount), NOVEMBER,
                REASON, source);
    }

    /** November ended: its run prepared. */
    private PaymentRun novemberPrepared() {
        clock.set(LocalDate.of(2026, 12, 10), LocalTime.NOON);
        return runs.prepare(finance(), NOVEMBER);
    }

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).as(code).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo(code));
    }

    private static List<RunLine> deducted(List<RunLine> lines) {
        return lines.stream().filter(l -> l.kind() == PayKind.DEDUCTION).toList();
    }

    @Test
    void aDeductionReachesTheNextRunWholeAndPostingTakesItAndCreditsPerformanceDeductions() {
        UUID issue = UUID.randomUUID();
        Deduction imposed = impose("250.00", issue);
        PaymentRun prepared = novemberPrepared();
        List<RunLine> lines = runs.lines(finance(), prepared.id());

        assertThat(imposed.status()).isEqualTo(Deduction.Status.PENDING);
        assertThat(deducted(lines)).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.of("-250.00"));
            assertThat(line.status()).isEqualTo(RunLine.Status.PAID);
            assertThat(line.provider()).isEqualTo(provider());
            assertThat(line.contract()).isEqualTo(scene.contract().id());
            assertThat(line.agreement()).isNull();
            assertThat(line.deduction()).isEqualTo(imposed.id());
            assertThat(line.reason()).isEqualTo(new Reason("payments.line.deducted", List.of(REASON)));
        });
        Money paidBeforeDeducting = lines.stream().filter(l -> l.paid() && l.kind() != PayKind.DEDUCTION)
                .map(RunLine::amount).reduce(Money.ZERO, Money::plus);
        assertThat(prepared.total()).isEqualTo(paidBeforeDeducting.minus(Money.of("250.00")));

        runs.approve(finance(), prepared.id(), prepared.linesDigest());
        refused(() -> deductions.withdraw(commissioner(), imposed.id(), imposed.version(), "Visits made up"),
                "payments.deduction.withdraw.inApprovedRun");
        runs.post(finance(), prepared.id());

        Deduction taken = deductions.ofSource(commissioner(), issue).getFirst();
        assertThat(taken.status()).isEqualTo(Deduction.Status.TAKEN);
        assertThat(taken.takenBy()).isEqualTo(prepared.id());
        var balance = ledger.trialBalance(finance(), NOVEMBER.atEndOfMonth());
        assertThat(balance.balances()).isTrue();
        assertThat(balance.rows()).extracting(r -> r.account().code(), r -> r.debits().toString(),
                        r -> r.credits().toString())
                .contains(tuple("performance-deductions", "0.00", "250.00"),
                        tuple("providers-payable", "0.00", prepared.total().toString()));
        byte[] file = files.export(finance(), prepared.id());
        assertThat(new String(file, StandardCharsets.UTF_8)).contains(prepared.total().toString());
        assertThat(reconciliation.of(finance(), prepared.id()).reconciled()).isTrue();
        assertThat(runs.remittance(providerUser(scene.provider()), prepared.id(), provider()))
                .filteredOn(l -> l.kind() == PayKind.DEDUCTION).extracting(RunLine::amount)
                .containsExactly(Money.of("-250.00"));
        refused(() -> deductions.withdraw(commissioner(), imposed.id(), taken.version(), "Visits made up"),
                "payments.deduction.withdraw.notPending");
        assertThat(spend.report(finance(), new FinancialYear(2026)).totals().spent()).as("spend is net of it")
                .isEqualTo(prepared.total());
        assertThat(bonds.outcomePayments(commissioner(), scene.contract().id())).as("not an outcome payment")
                .extracting(PostedOutcomePayment::kind).doesNotContain(PayKind.DEDUCTION).isNotEmpty();

        clock.set(LocalDate.of(2027, 1, 5), LocalTime.NOON);
        PaymentRun december = runs.prepare(finance(), NOVEMBER.plusMonths(1));
        assertThat(deducted(runs.lines(finance(), december.id()))).as("taken once").isEmpty();
    }

    @Test
    void aDeductionWithdrawnIsNotTakenAndARunPreparedBeforeTheWithdrawalIsPreparedAgainBeforeApproval() {
        Deduction early = impose("100.00", null);
        Deduction late = impose("40.00", null);

        Deduction withdrawn = deductions.withdraw(commissioner(), early.id(), early.version(), "Imposed in error");
        PaymentRun prepared = novemberPrepared();

        assertThat(withdrawn.status()).isEqualTo(Deduction.Status.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).isEqualTo("Imposed in error");
        assertThat(deducted(runs.lines(finance(), prepared.id()))).extracting(RunLine::deduction)
                .containsExactly(late.id());

        deductions.withdraw(commissioner(), late.id(), late.version(), "Visits made up in November");
        Deduction december = deductions.impose(commissioner(), scene.contract().id(), provider(),
                Money.of("60.00"), NOVEMBER.plusMonths(1), REASON, null);
        refused(() -> runs.approve(finance(), prepared.id(), prepared.linesDigest()),
                "payments.run.deductionWithdrawn");
        PaymentRun again = runs.prepare(finance(), NOVEMBER);
        assertThat(deducted(runs.lines(finance(), again.id()))).as("nor December's, imposed meanwhile").isEmpty();
        runs.approve(finance(), again.id(), again.linesDigest());
        runs.post(finance(), again.id());

        assertThat(deductions.ofProvider(commissioner(), provider())).extracting(Deduction::id, Deduction::status)
                .containsExactlyInAnyOrder(tuple(early.id(), Deduction.Status.WITHDRAWN),
                        tuple(late.id(), Deduction.Status.WITHDRAWN),
                        tuple(december.id(), Deduction.Status.PENDING));
        clock.set(LocalDate.of(2027, 1, 5), LocalTime.NOON);
        PaymentRun next = runs.prepare(finance(), NOVEMBER.plusMonths(1));
        assertThat(deducted(runs.lines(finance(), next.id()))).extracting(RunLine::deduction, RunLine::amount)
                .containsExactly(tuple(december.id(), Money.of("-60.00")));
    }

    @Test
    void eachRuleRefusesWithItsOwnReason() {
        UUID stranger = payments.provider(scene.council());
        Deduction imposed = impose("1000000.00", null);

        refused(() -> deductions.impose(commissioner(), scene.contract().id(), OrganisationId.of(stranger),
                Money.of("10.00"), NOVEMBER, REASON, null), "payments.deduction.notSupplier");
        refused(() -> impose("0.00", null), "payments.deduction.amount.notPositive");
        refused(() -> impose("-10.00", null), "payments.deduction.amount.notPositive");
        refused(() -> impose("1000000.01", null), "payments.deduction.amount.tooLarge");
        refused(() -> deductions.impose(commissioner(), scene.contract().id(), provider(), Money.of("10.00"),
                NOVEMBER.minusMonths(1), REASON, null), "payments.deduction.from.past");
        refused(() -> deductions.impose(commissioner(), scene.contract().id(), provider(), Money.of("10.00"),
                NOVEMBER, " \n ", null), "payments.deduction.reason.blank");
        refused(() -> deductions.impose(commissioner(), scene.contract().id(), provider(), Money.of("10.00"),
                NOVEMBER, "x".repeat(PerformanceDeductions.REASON_LIMIT + 1), null),
                "payments.deduction.reason.tooLong");
        refused(() -> deductions.withdraw(commissioner(), imposed.id(), imposed.version(), " "),
                "payments.deduction.reason.blank");
        refused(() -> deductions.withdraw(commissioner(), imposed.id(), imposed.version() + 1, "Made up"),
                "payments.deduction.changedMeanwhile");

        assertThat(imposed.amount()).as("the most is allowed").isEqualTo(Money.of("1000000.00"));
        assertThat(deductions.ofProvider(commissioner(), provider())).as("only the first was imposed")
                .extracting(Deduction::id).containsExactly(imposed.id());
    }

    @Test
    void onlyTheCouncilsCommissionerImposesAndWithdrawsAndEachSideReadsOnlyItsOwn() {
        UUID issue = UUID.randomUUID();
        Deduction ours = impose("75.00", issue);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        var otherCommissioner = organisations.user(otherCouncil, Role.COMMISSIONER);
        Contract theirs = payments.contract(otherCommissioner, scene.provider());
        Deduction theirDeduction = deductions.impose(SignedIn.as(otherCommissioner.id(), otherCouncil,
                Role.COMMISSIONER), theirs.id(), provider(), Money.of("20.00"), NOVEMBER, REASON, issue);
        UUID stranger = payments.provider(scene.council());
        CylchUser intruder = SignedIn.as(otherCommissioner.id(), otherCouncil, Role.COMMISSIONER);

        for (CylchUser wrong : List.of(finance(), providerUser(scene.provider()),
                SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), scene.provider(), Role.COMMISSIONER))) {
            assertThatThrownBy(() -> deductions.impose(wrong, scene.contract().id(), provider(), Money.of("1.00"),
                    NOVEMBER, REASON, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> deductions.withdraw(wrong, ours.id(), ours.version(), "No"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> deductions.impose(SignedIn.as(otherCommissioner.id(), otherCouncil,
                Role.COMMISSIONER), scene.contract().id(), provider(), Money.of("1.00"), NOVEMBER, REASON, null))
                .isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(otherCommissioner.id(), otherCouncil, Role.COMMISSIONER);
        assertThat(audit.historyOf(otherCouncil, "contract", scene.contract().id().toString()))
                .extracting(AuditEntry::action).contains(AuditAction.ACCESS_REFUSED);
        assertThatThrownBy(() -> deductions.withdraw(SignedIn.as(otherCommissioner.id(), otherCouncil,
                Role.COMMISSIONER), ours.id(), ours.version(), "Not ours")).isInstanceOf(RecordNotFoundException.class);
        assertThat(deductions.ofProvider(intruder, provider())).extracting(Deduction::id)
                .as("the other council reads its own alone").containsExactly(theirDeduction.id());
        assertThat(deductions.ofSource(SignedIn.as(otherCommissioner.id(), otherCouncil, Role.COMMISSIONER),
                issue)).extracting(Deduction::id).containsExactly(theirDeduction.id());

        for (Role reader : List.of(Role.COMMISSIONER, Role.FINANCE_OFFICER, Role.ADMINISTRATOR, Role.AUDITOR)) {
            assertThat(deductions.ofProvider(of(scene.council(), reader), provider())).as(reader.name())
                    .extracting(Deduction::id).containsExactly(ours.id());
        }
        assertThatThrownBy(() -> deductions.ofProvider(of(scene.council(), Role.CARE_MANAGER), provider()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(deductions.ofProvider(providerUser(scene.provider()), provider())).as("from every council")
                .extracting(Deduction::id).containsExactlyInAnyOrder(ours.id(), theirDeduction.id());
        assertThat(deductions.ofSource(providerUser(scene.provider()), issue)).hasSize(2);
        assertThat(deductions.ofProvider(providerUser(stranger), provider())).isEmpty();
        assertThat(deductions.ofProvider(providerUser(stranger), OrganisationId.of(stranger))).isEmpty();
        assertThat(deductions.ofSource(providerUser(stranger), issue)).isEmpty();
        providerUser(stranger);
        assertThat(jdbc.queryForObject("select count(*) from payment_deduction", Integer.class))
                .as("the database shows another provider nothing").isZero();
        providerUser(scene.provider());
        assertThat(jdbc.queryForObject("select count(*) from payment_deduction", Integer.class)).isEqualTo(2);
        assertThat(audit.historyOf(scene.provider(), "payment-deduction", ours.id().toString()))
                .as("in the provider's log too").extracting(AuditEntry::action).containsExactly(AuditAction.CREATED);
        assertThat(jdbc.update("update payment_deduction set version = version + 1"))
                .as("nor lets the provider change any").isZero();
    }

    @Test
    void theDatabaseRefusesALineNamingNoDeductionAndChangesToADeductionOnceSettled() {
        Deduction imposed = impose("30.00", null);
        PaymentRun prepared = novemberPrepared();
        finance();
        String copy = """
                insert into payment_run_line (run_id, number, held_by, provider_id, contract_id, kind, amount,
                                              status, deduction_id)
                select run_id, 999, held_by, provider_id, contract_id, kind, amount, status, %s
                from payment_run_line where run_id = ? and deduction_id = ?""";

        assertThatThrownBy(() -> jdbc.update(copy.formatted("'" + UUID.randomUUID() + "'::uuid"),
                prepared.id().value(), imposed.id())).rootCause()
                .hasMessageContaining("names a run, contract, agreement, claim or deduction that does not exist");
        assertThatThrownBy(() -> jdbc.update(copy.formatted("null"), prepared.id().value(), imposed.id()))
                .as("a deduction's line names it").rootCause().hasMessageContaining("payment_run_line_deduction");
        assertThatThrownBy(() -> jdbc.update(copy.formatted("deduction_id"), prepared.id().value(), imposed.id()))
                .as("a run takes it once").rootCause().hasMessageContaining("payment_run_line_deduction_once");

        runs.approve(finance(), prepared.id(), prepared.linesDigest());
        runs.post(finance(), prepared.id());
        finance();
        for (String change : List.of("status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_reason = 'x', "
                + "taken_by_run = null", "amount = 1")) {
            assertThatThrownBy(() -> jdbc.update("update payment_deduction set " + change + " where id = ?",
                    imposed.id())).as(change).rootCause().hasMessageContaining("only a pending deduction changes");
        }
        assertThatThrownBy(() -> jdbc.update("delete from payment_deduction where id = ?", imposed.id()))
                .rootCause().hasMessageContaining("payment_deduction records are kept");
        Map<String, Object> kept = jdbc.queryForMap("select status, taken_by_run from payment_deduction where id = ?",
                imposed.id());
        assertThat(kept).containsEntry("status", "TAKEN").containsEntry("taken_by_run", prepared.id().value());
    }
}
