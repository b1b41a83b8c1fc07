package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.payments.PaymentLine.Reason;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture.Supported;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly payment run with its database, through every step: what it pays, who may approve it, the ledger it
 * posts to, the file it exports, and a run stopped between any two steps ending as one never stopped.
 */
@CylchIntegrationTest
class PaymentRunsTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired
    PaymentRuns runs;

    @Autowired
    PaymentFiles files;

    @Autowired
    PaymentReconciliation reconciliation;

    @Autowired
    ClaimManagement claims;

    @Autowired
    Ledger ledger;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    // What a PaymentRuns is made of, to make one that stops where a test says.
    @Autowired
    PaymentRunRecords records;

    @Autowired
    RateCards rateCards;

    @Autowired
    OutcomeClaims storedClaims;

    @Autowired
    ContractManagement contracts;

    @Autowired
    ServiceAgreementManagement agreements;

    @Autowired
    PaymentRunSettings settings;

    @Autowired
    AuditLog audit;

    @Autowired
    Today today;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Commissioners commissioners;

    @Autowired
    Deductions deductions;

    private UUID council;
    private UUID provider;
    private UUID verifier;

    @BeforeEach
    void aMonthOfAPaymentByResultsContract() {
        clock.set(LocalDate.of(2026, 12, 10), LocalTime.NOON);
        council = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        provider = payments.provider(council);
        verifier = UUID.randomUUID();
        entryVerified(council, provider, verifier);
    }

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        SignedIn.clear();
    }

    /**
     * The fixture's contract (£12,000 a year fixed, a fifth of prices on outcomes, issue 12's card) with one person
     * supported from 1 May at £250 a week, their entry claimed on 1 June and verified.
     */
    private void entryVerified(UUID council, UUID provider, UUID verifier) {
        TestUser commissioner = organisations.user(council, Role.COMMISSIONER);
        Contract contract = payments.contract(commissioner, provider);
        payments.rateCard(commissioner, contract, ContractsFixture.START, PaymentsFixture.card());
        Supported supported = payments.supported(contract, provider, LocalDate.of(2026, 5, 1), null);
        OutcomeClaim claim = claims.submit(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER), new NewClaim(supported.agreement().id(), "entry", LocalDate.of(2026, 6, 1),
                null, "Reviewed: settled at home"));
        var always = new ClaimManagement(storedClaims, rateCards, agreements, new ClaimSettings(BigDecimal.ZERO, 1),
                audit, today);
        always.verify(SignedIn.as(verifier, council, Role.CARE_MANAGER), claim.id(), claim.version(), true, null);
        SignedIn.clear();
    }

    private CylchUser finance(UUID user) {
        return SignedIn.as(user, council, Role.FINANCE_OFFICER);
    }

    private CylchUser finance() {
        return finance(UUID.randomUUID());
    }

    @Test
    void aRunPaysTheFixedElementTheServiceUpFrontAndVerifiedOutcomesAndPostsThemOnce() {
        PaymentRun prepared = runs.prepare(finance(), NOVEMBER);

        List<RunLine> lines = runs.lines(finance(), prepared.id());
        assertThat(lines).extracting(RunLine::kind, l -> l.amount().toString()).containsExactlyInAnyOrder(
                tuple(PayKind.FIXED, "1000.00"),
                tuple(PayKind.SERVICE, "857.14"),
                tuple(PayKind.UPFRONT, "2600.00"),
                tuple(PayKind.OUTCOME, "700.00"));
        assertThat(prepared.total()).isEqualTo(Money.of("5157.14"));
        assertThat(prepared.approvalsNeeded()).isEqualTo(1);

        PaymentRun approved = runs.approve(finance(), prepared.id(), prepared.linesDigest());
        PaymentRun posted = runs.post(finance(), prepared.id());
        byte[] file = files.export(finance(), prepared.id());

        assertThat(approved.stage()).isEqualTo(PaymentRun.Stage.APPROVED);
        assertThat(posted.stage()).isEqualTo(PaymentRun.Stage.POSTED);
        assertThat(runs.run(finance(), prepared.id()).stage()).isEqualTo(PaymentRun.Stage.EXPORTED);
        var balance = ledger.trialBalance(finance(), NOVEMBER.atEndOfMonth());
        assertThat(balance.balances()).isTrue();
        assertThat(balance.rows()).extracting(r -> r.account().code(), r -> r.debits().toString(),
                r -> r.credits().toString()).containsExactlyInAnyOrder(
                tuple("fixed-payments", "1000.00", "0.00"),
                tuple("service-payments", "857.14", "0.00"),
                tuple("upfront-payments", "2600.00", "0.00"),
                tuple("outcome-payments", "700.00", "0.00"),
                tuple("providers-payable", "0.00", "5157.14"));
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("5157.14").contains("GBP");
        assertThat(files.export(finance(), prepared.id())).as("the same file again").isEqualTo(file);

        YearMonth december = NOVEMBER.plusMonths(1);
        clock.set(LocalDate.of(2027, 1, 5), LocalTime.NOON);
        PaymentRun next = runs.prepare(finance(), december);
        assertThat(runs.lines(finance(), next.id())).extracting(RunLine::kind)
                .as("the up-front share and the entry were paid in November").containsOnly(PayKind.FIXED,
                        PayKind.SERVICE);
    }

    @Test
    void moreLinesThanOneStatementTakesAreStoredInOrderWithEveryField() {
        PaymentRun prepared = runs.prepare(finance(), NOVEMBER);
        List<RunLine> few = runs.lines(finance(), prepared.id());
        List<RunLine> many = new ArrayList<>();
        for (int i = 0; i < 12_001; i++) {
            RunLine line = few.get(i % few.size());
            Reason reason = i % 3 == 0 ? null : new Reason("payments.line.providerCap",
                    List.of(Money.of(i + ".05"), LocalDate.of(2026, 11, 1 + i % 30), (long) i, "text " + i));
            many.add(new RunLine(line.provider(), line.contract(), line.agreement(), line.kind(), line.outcome(),
                    line.claim(), Money.of(BigDecimal.valueOf(i, 2).negate()), i % 2 == 0 ? RunLine.Status.PAID
                    : RunLine.Status.HELD_BACK, reason, null));
        }
        CylchUser officer = finance();

        new TransactionTemplate(transactions).executeWithoutResult(status -> records.replaceLines(prepared.id(),
                OrganisationId.of(council), many));

        assertThat(runs.lines(officer, prepared.id())).as("three statements' worth, as they were").isEqualTo(many);
    }

    @Test
    void approvalIsOfTheLinesSeenBySomeoneWhoHandledNoClaimAndTwoOverTheThreshold() {
        var strict = new PaymentRuns(records, rateCards, storedClaims, contracts, agreements, ledger,
                new PaymentRunSettings(new BigDecimal("5000.00"), settings.exportColumns()), audit, today,
                transactions, (run, step) -> { }, commissioners, deductions);
        PaymentRun prepared = strict.prepare(finance(), NOVEMBER);
        UUID first = UUID.randomUUID();

        assertThat(prepared.approvalsNeeded()).as("£5,157.14 is over £5,000").isEqualTo(2);
        assertThatThrownBy(() -> strict.approve(finance(), prepared.id(), "not-what-is-there"))
                .satisfies(e -> assertThat(((RuleViolationException) e).code())
                        .isEqualTo("payments.run.changedSinceSeen"));
        assertThatThrownBy(() -> strict.approve(SignedIn.as(verifier, council, Role.FINANCE_OFFICER,
                Role.CARE_MANAGER), prepared.id(), prepared.linesDigest()))
                .satisfies(e -> assertThat(((RuleViolationException) e).code())
                        .isEqualTo("payments.run.approverHandledClaims"));
        assertThat(strict.approve(finance(first), prepared.id(), prepared.linesDigest()).stage())
                .isEqualTo(PaymentRun.Stage.PREPARED);
        assertThat(strict.approve(finance(first), prepared.id(), prepared.linesDigest()).currentApprovals())
                .as("approving again counts once").hasSize(1);
        assertThatThrownBy(() -> strict.post(finance(), prepared.id()))
                .satisfies(e -> assertThat(((RuleViolationException) e).code())
                        .isEqualTo("payments.run.notApproved"));
        assertThat(strict.approve(finance(), prepared.id(), prepared.linesDigest()).stage())
                .isEqualTo(PaymentRun.Stage.APPROVED);
        assertThatThrownBy(() -> strict.prepare(finance(), NOVEMBER))
                .satisfies(e -> assertThat(((RuleViolationException) e).code())
                        .isEqualTo("payments.run.approvedAlready"));
    }

    @Test
    void aRunWorkedOutAgainIsApprovedAgainEvenBySomeoneWhoApprovedItBefore() {
        var strict = new PaymentRuns(records, rateCards, storedClaims, contracts, agreements, ledger,
                new PaymentRunSettings(new BigDecimal("5000.00"), settings.exportColumns()), audit, today,
                transactions, (run, step) -> { }, commissioners, deductions);
        UUID first = UUID.randomUUID();
        PaymentRun prepared = strict.prepare(finance(), NOVEMBER);
        strict.approve(finance(first), prepared.id(), prepared.linesDigest());
        // Meanwhile the person's six months are claimed and verified: the run worked out again pays them too.
        var agreement = agreements.agreements(SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER)).getFirst();
        OutcomeClaim sustained = claims.submit(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER), new NewClaim(agreement.id(), "sustained-6m", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 12, 5), "Still settled"));
        new ClaimManagement(storedClaims, rateCards, agreements, new ClaimSettings(BigDecimal.ZERO, 1), audit, today)
                .verify(SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER), sustained.id(), 0, true, null);

        PaymentRun again = strict.prepare(finance(), NOVEMBER);

        assertThat(again.total()).isEqualTo(Money.of("6557.14"));
        assertThat(again.currentApprovals()).as("the earlier approval was of other lines").isEmpty();
        assertThat(strict.approve(finance(first), again.id(), again.linesDigest()).currentApprovals()).hasSize(1);
        assertThat(strict.approve(finance(), again.id(), again.linesDigest()).stage())
                .isEqualTo(PaymentRun.Stage.APPROVED);
    }

    @Test
    void theDatabaseRefusesLinesNamingNothingDeletingWhatLinesNameAndChangingTheLinesOfAnApprovedRun() {
        PaymentRun prepared = runs.prepare(finance(), NOVEMBER);
        UUID run = prepared.id().value();
        Map<String, Object> named = jdbc.queryForMap("""
                select run_id, contract_id, agreement_id, claim_id from payment_run_line
                where run_id = ? and claim_id is not null limit 1""", run);
        String copy = """
                insert into payment_run_line (run_id, number, held_by, provider_id, contract_id, agreement_id, kind,
                                              outcome, claim_id, amount, status)
                select %s, 999, held_by, provider_id, %s, %s, kind, outcome, %s, amount, status
                from payment_run_line where run_id = ? and claim_id = ?""";
        List<String> columns = List.of("run_id", "contract_id", "agreement_id", "claim_id");
        for (String column : columns) {
            String nowhere = copy.formatted(columns.stream()
                    .map(c -> c.equals(column) ? "'" + UUID.randomUUID() + "'::uuid" : c).toArray());
            assertThatThrownBy(() -> jdbc.update(nowhere, run, named.get("claim_id"))).as(column)
                    .rootCause()
                    .hasMessageContaining("names a run, contract, agreement, claim or deduction that does not exist");
        }
        assertThat(jdbc.update(copy.formatted(columns.toArray()), run, named.get("claim_id")))
                .as("a line naming what exists is stored").isOne();
        Map<String, String> tables = Map.of("run_id", "payment_run", "contract_id", "contract", "agreement_id",
                "service_agreement", "claim_id", "outcome_claim");
        tables.forEach((column, table) -> {
            assertThatThrownBy(() -> jdbc.update("delete from " + table + " where id = ?", named.get(column)))
                    .as(table).rootCause().hasMessageContaining(table + " records are kept");
            assertThatThrownBy(() -> jdbc.update("update " + table + " set id = ? where id = ?", UUID.randomUUID(),
                    named.get(column))).as(table).rootCause().hasMessageContaining(table + " records are kept");
        });

        jdbc.update("delete from payment_run_line where run_id = ? and number = 999", run);
        int stored = jdbc.queryForObject("select count(*) from payment_run_line where run_id = ?", Integer.class, run);
        runs.approve(finance(), prepared.id(), prepared.linesDigest());
        assertThatThrownBy(() -> jdbc.update("delete from payment_run_line where run_id = ?", run))
                .rootCause().hasMessageContaining("are approved and cannot change");
        assertThatThrownBy(() -> jdbc.update("update payment_run_line set amount = 0 where run_id = ?", run))
                .rootCause().hasMessageContaining("are approved and cannot change");
        assertThat(runs.lines(finance(), prepared.id())).as("every line kept").hasSize(stored);
    }

    @Test
    void aCouncilsReadsOfClaimsRunsAndCardsArePlannedOnItsOwnPolicyAlone() {
        finance();
        // A provider's policies belong to the grants role: joined by OR with the council's, they kept a payment run's
        // reads off their indexes (docs/performance.md, the payments benchmark).
        for (String table : List.of("outcome_claim", "outcome_claim_event", "payment_run_line",
                "payment_run_remittance", "rate_card", "investor_commitment")) {
            String plan = String.join("\n", jdbc.queryForList("explain select * from " + table, String.class));
            assertThat(plan).as(table).contains("held_by").doesNotContain("provider_id").doesNotContain(" OR ");
        }
    }

    @Test
    void aVerificationWithdrawnAfterItWasPaidIsRecoveredByTheNextRunAndThePostedRunIsUnchanged() {
        PaymentRun november = runs.prepare(finance(), NOVEMBER);
        runs.approve(finance(), november.id(), november.linesDigest());
        runs.post(finance(), november.id());
        List<RunLine> posted = runs.lines(finance(), november.id());
        Money paidForEntry = posted.stream().filter(l -> "entry".equals(l.outcome()) && l.paid())
                .map(RunLine::amount).reduce(Money.ZERO, Money::plus);
        OutcomeClaim claim = claims.claims(SignedIn.as(verifier, council, Role.CARE_MANAGER), ClaimStatus.VERIFIED)
                .getFirst();
        claims.withdraw(SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER), claim.id(), claim.version(),
                "Back in hospital the next week");
        clock.set(LocalDate.of(2027, 1, 10), LocalTime.NOON);

        PaymentRun december = runs.prepare(finance(), YearMonth.of(2026, 12));

        assertThat(paidForEntry.isGreaterThan(Money.ZERO)).as("November paid for the entry").isTrue();
        assertThat(runs.lines(finance(), december.id())).filteredOn(l -> "entry".equals(l.outcome()))
                .singleElement().satisfies(line -> {
                    assertThat(line.amount()).isEqualTo(Money.ZERO.minus(paidForEntry));
                    assertThat(line.status()).isEqualTo(RunLine.Status.PAID);
                    assertThat(line.reason()).extracting(Reason::code).isEqualTo("payments.line.recovered");
                });
        assertThat(runs.lines(finance(), november.id())).as("the posted run as it was").isEqualTo(posted);
    }

    @Test
    void monthsArePaidOneAfterAnother() {
        PaymentRun november = runs.prepare(finance(), NOVEMBER);
        runs.approve(finance(), november.id(), november.linesDigest());
        runs.post(finance(), november.id());
        clock.set(LocalDate.of(2027, 2, 10), LocalTime.NOON);

        assertThatThrownBy(() -> runs.prepare(finance(), YearMonth.of(2027, 1)))
                .satisfies(e -> assertThat(((RuleViolationException) e).code())
                        .isEqualTo("payments.run.monthSkipped"));
        assertThat(runs.prepare(finance(), YearMonth.of(2026, 12)).month()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void onlyFinanceOfficersRunPaymentsAndNoOtherCouncilOrProviderSeesThem() {
        PaymentRun prepared = runs.prepare(finance(), NOVEMBER);
        UUID other = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);

        assertThatThrownBy(() -> runs.prepare(SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER), NOVEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runs.prepare(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.FINANCE_OFFICER), NOVEMBER)).as("a provider's member given the finance officer's role")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.trialBalance(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.AUDITOR), NOVEMBER.atEndOfMonth())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runs.approve(SignedIn.as(UUID.randomUUID(), council, Role.AUDITOR), prepared.id(),
                prepared.linesDigest())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runs.run(SignedIn.as(UUID.randomUUID(), other, Role.FINANCE_OFFICER),
                prepared.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> runs.approve(SignedIn.as(UUID.randomUUID(), other, Role.FINANCE_OFFICER),
                prepared.id(), prepared.linesDigest())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> runs.lines(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER), prepared.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runs.remittance(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER), prepared.id(), OrganisationId.of(provider)))
                .as("not before it is posted").isInstanceOf(RecordNotFoundException.class);
        SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER);
        assertThat(jdbc.queryForObject("select count(*) from payment_run_line where run_id = ?", Integer.class,
                prepared.id().value())).as("the database shows the provider no line of a run not posted").isZero();
        assertThat(jdbc.queryForObject("select count(*) from payment_run", Integer.class))
                .as("nor the run").isZero();
        assertThat(runs.run(SignedIn.as(UUID.randomUUID(), council, Role.AUDITOR), prepared.id()).id())
                .isEqualTo(prepared.id());
        assertThatThrownBy(() -> runs.prepare(finance(), YearMonth.of(2026, 12)))
                .satisfies(e -> assertThat(((RuleViolationException) e).code())
                        .isEqualTo("payments.run.monthNotEnded"));
        assertThatThrownBy(() -> runs.prepare(finance(), YearMonth.of(2026, 10)))
                .satisfies(e -> assertThat(((RuleViolationException) e).code())
                        .isEqualTo("payments.run.anotherOpen"));
    }

    @Test
    void aPostedRunReconcilesWithItsClaimsLedgerAndFileAndAFileAlteredAfterExportShowsAndIsNotGivenAgain() {
        PaymentRun prepared = runs.prepare(finance(), NOVEMBER);
        runs.approve(finance(), prepared.id(), prepared.linesDigest());
        runs.post(finance(), prepared.id());

        PaymentReconciliation.Reconciliation posted = reconciliation.of(finance(), prepared.id());
        byte[] file = files.export(finance(), prepared.id());
        PaymentReconciliation.Reconciliation exported = reconciliation.of(finance(), prepared.id());

        assertThat(posted.reconciled()).isTrue();
        assertThat(posted.rows()).singleElement().satisfies(row -> {
            assertThat(row.claimsPaid()).as("the entry, verified").isEqualTo(Money.of("700.00"));
            assertThat(row.claimsVerified()).isEqualTo(Money.of("700.00"));
            assertThat(row.ledger()).isEqualTo(row.paid()).isEqualTo(Money.of("5157.14"));
            assertThat(row.inFile()).as("not exported yet").isNull();
        });
        assertThat(exported.reconciled()).isTrue();
        assertThat(exported.totals().inFile()).isEqualTo(Money.of("5157.14"));
        assertThat(exported.fileRows()).isEqualTo(1);

        byte[] altered = new String(file, StandardCharsets.UTF_8).replace("5157.14", "5157.41")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(jdbc.update("update payment_run set export_file = ? where id = ?", altered,
                prepared.id().value())).isEqualTo(1);

        PaymentReconciliation.Reconciliation tampered = reconciliation.of(finance(), prepared.id());
        assertThat(tampered.reconciled()).isFalse();
        assertThat(tampered.rows().getFirst().inFile()).isEqualTo(Money.of("5157.41"));
        assertThatThrownBy(() -> files.export(finance(), prepared.id()))
                .as("a file that no longer matches its digest is not handed out")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not match its digest");
    }

    @Test
    void theProviderReadsItsRemittanceOnceThePaymentsArePostedAndNoOtherProviderDoes() {
        PaymentRun prepared = runs.prepare(finance(), NOVEMBER);
        runs.approve(finance(), prepared.id(), prepared.linesDigest());
        runs.post(finance(), prepared.id());
        UUID stranger = payments.provider(council);

        List<RunLine> remittance = runs.remittance(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER), prepared.id(), OrganisationId.of(provider));

        assertThat(PaymentCalculation.total(remittance)).isEqualTo(Money.of("5157.14"));
        assertThat(runs.remittances(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER))).extracting(Remittance::run).containsExactly(prepared.id());
        assertThat(jdbc.queryForObject("select count(*) from payment_run_line where run_id = ?", Integer.class,
                prepared.id().value())).as("the database shows the provider its lines once posted")
                .isEqualTo(remittance.size());
        assertThat(jdbc.queryForObject("select count(*) from payment_run", Integer.class))
                .as("but never the council's run, with its total").isZero();
        assertThatThrownBy(() -> runs.remittance(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger,
                Role.PROVIDER_USER), prepared.id(), OrganisationId.of(provider)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> runs.remittance(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger,
                Role.PROVIDER_USER), prepared.id(), OrganisationId.of(stranger)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(runs.remittances(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger,
                Role.PROVIDER_USER))).isEmpty();
    }

    /** Thrown where a test stops a run, as a crash would. */
    private static final class Crash extends RuntimeException {
    }

    @Test
    void aRunStoppedBetweenAnyTwoStepsAndStartedAgainEndsAsOneNeverStopped() {
        List<String> steps = List.of("prepared", "approved", "posted " + provider, "posted", "exported");
        List<List<String>> outcomes = new ArrayList<>();
        for (String stopAt : steps) {
            UUID eachCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
            UUID eachProvider = payments.provider(eachCouncil);
            entryVerified(eachCouncil, eachProvider, UUID.randomUUID());
            String stop = stopAt.startsWith("posted ") ? "posted " + eachProvider : stopAt;
            boolean[] stopped = {false};
            var stopping = new PaymentRuns(records, rateCards, storedClaims, contracts, agreements, ledger, settings,
                    audit, today, transactions, (run, step) -> {
                        if (step.equals(stop) && !stopped[0]) {
                            stopped[0] = true;
                            throw new Crash();
                        }
                    }, commissioners, deductions);
            CylchUser officer = SignedIn.as(UUID.randomUUID(), eachCouncil, Role.FINANCE_OFFICER);
            CylchUser approver = SignedIn.as(UUID.randomUUID(), eachCouncil, Role.FINANCE_OFFICER);
            List<Runnable> run = List.of(
                    () -> stopping.prepare(officer, NOVEMBER),
                    () -> stopping.approve(approver, only(stopping, officer).id(),
                            only(stopping, officer).linesDigest()),
                    () -> stopping.post(officer, only(stopping, officer).id()),
                    () -> stopping.exported(officer, only(stopping, officer).id(), "file".getBytes(
                            StandardCharsets.UTF_8)));
            for (Runnable step : run) {
                try {
                    step.run();
                } catch (Crash crash) {
                    // Started again: the step that was under way is done again, then the rest.
                    step.run();
                }
            }
            assertThat(stopped[0]).as("stopped at " + stopAt).isTrue();
            SignedIn.as(officer.userId(), eachCouncil, Role.FINANCE_OFFICER);
            PaymentRun done = only(stopping, officer);
            outcomes.add(List.of(done.stage().name(), done.total().toString(),
                    String.valueOf(jdbc.queryForObject("select count(*) from ledger_entry where held_by = ?",
                            Integer.class, eachCouncil)),
                    String.valueOf(jdbc.queryForObject("select count(*) from payment_run_remittance",
                            Integer.class)),
                    ledger.trialBalance(officer, NOVEMBER.atEndOfMonth()).rows().stream()
                            .map(r -> r.account().code() + " " + r.debits() + " " + r.credits()).sorted().toList()
                            .toString()));
        }

        assertThat(outcomes).as("every stopped run ends as the first").allMatch(o -> o.equals(outcomes.getFirst()));
        assertThat(outcomes.getFirst().subList(0, 4)).containsExactly("EXPORTED", "5157.14", "1", "1");
    }

    private static PaymentRun only(PaymentRuns runs, CylchUser officer) {
        return runs.runs(officer).getFirst();
    }
}
