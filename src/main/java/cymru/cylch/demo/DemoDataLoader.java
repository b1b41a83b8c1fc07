package cymru.cylch.demo;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractsSetup;
import cymru.cylch.contracts.ProcurementSetup;
import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.market.BrokerageSetup;
import cymru.cylch.market.MarketSetup;
import cymru.cylch.measurement.MeasurementSetup;
import cymru.cylch.organisations.OrganisationSetup;
import cymru.cylch.payments.FinancialYear;
import cymru.cylch.payments.PaymentFiles;
import cymru.cylch.payments.PaymentRun;
import cymru.cylch.payments.PaymentRuns;
import cymru.cylch.payments.PaymentsSetup;
import cymru.cylch.payments.PublishedRateCards;
import cymru.cylch.payments.SpendAgainstBudget;
import cymru.cylch.payments.SpendPlan;
import cymru.cylch.people.FundingSetup;
import cymru.cylch.people.PeopleSetup;
import cymru.cylch.platform.database.DatabaseMode;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.Account;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Membership;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.security.SecondFactors;
import cymru.cylch.platform.time.Today;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo county once, into an empty database. By default only on the embedded database; against an
 * external one only when {@code CYLCH_DEMO_DATA=true} says so.
 */
@Component
@Order(20)
class DemoDataLoader implements ApplicationRunner {

    static final long SEED = 20_261_122L;
    /** A second finance officer, who approved the demo's paid run with the first. */
    static final UUID SECOND_FINANCE_OFFICER = DemoCounty.id("user-finance2");
    /** Months the demo's payment runs have paid, before last month's, which waits for approval. */
    private static final int PAID_MONTHS = 3;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrganisationSetup setup;
    private final PeopleSetup people;
    private final FundingSetup funding;
    private final MeasurementSetup measurementSetup;
    private final ContractsSetup contractsSetup;
    private final ProcurementSetup procurementSetup;
    private final MarketSetup market;
    private final BrokerageSetup brokerage;
    private final PaymentsSetup paymentsSetup;
    private final DemoMonitoring monitoring;
    private final DemoVisits visits;
    private final DemoPerformanceIssues performanceIssues;
    private final DemoAssessments assessments;
    private final PaymentRuns paymentRuns;
    private final PaymentFiles paymentFiles;
    private final SpendAgainstBudget spend;
    private final PublishedRateCards publishedCards;
    private final JsonMapper json;
    private final ApiTokens tokens;
    private final SecondFactors secondFactors;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final Today today;

    DemoDataLoader(OrganisationSetup setup, PeopleSetup people, FundingSetup funding,
                   MeasurementSetup measurementSetup, ContractsSetup contractsSetup, ProcurementSetup procurementSetup,
                   MarketSetup market, BrokerageSetup brokerage, PaymentsSetup paymentsSetup,
                   PaymentRuns paymentRuns, PaymentFiles paymentFiles, SpendAgainstBudget spend,
                   PublishedRateCards publishedCards, DemoMonitoring monitoring, DemoVisits visits,
                   DemoPerformanceIssues performanceIssues, DemoAssessments assessments,
                   JsonMapper json, ApiTokens tokens, SecondFactors secondFactors,
                   DatabaseMode mode, PlatformTransactionManager transactionManager,
                   @Value("${cylch.demo.enabled}") String enabled, Today today) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.setup = setup;
        this.people = people;
        this.funding = funding;
        this.measurementSetup = measurementSetup;
        this.contractsSetup = contractsSetup;
        this.procurementSetup = procurementSetup;
        this.market = market;
        this.brokerage = brokerage;
        this.paymentsSetup = paymentsSetup;
        this.paymentRuns = paymentRuns;
        this.paymentFiles = paymentFiles;
        this.spend = spend;
        this.publishedCards = publishedCards;
        this.monitoring = monitoring;
        this.visits = visits;
        this.performanceIssues = performanceIssues;
        this.assessments = assessments;
        this.json = json;
        this.tokens = tokens;
        this.secondFactors = secondFactors;
        this.enabled = enabled(enabled, mode.embedded());
        this.today = today;
    }

    /** Blank means: only on the embedded database. Anything else must say {@code true} to load. */
    static boolean enabled(String setting, boolean embeddedDatabase) {
        return setting.isBlank() ? embeddedDatabase : Boolean.parseBoolean(setting.strip());
    }

    @Override
    public void run(ApplicationArguments args) {
        // Cylch loads the county for itself, across organisations: system scope, around one transaction.
        SystemScope.run(() -> transactions.executeWithoutResult(status -> load()));
    }

    private void load() {
        if (!enabled || setup.hasOrganisations()) {
            return;
        }
        DemoCounty county = new DemoCounty(SEED);
        var council = county.council();
        setup.registerOrganisation(council.id(), council.details(), null);
        var healthBoard = county.healthBoard();
        setup.registerOrganisation(healthBoard.id(), healthBoard.details(), null);
        for (var provider : county.providers()) {
            setup.registerOrganisation(provider.id(), provider.details(), council.id());
        }
        for (var user : county.users()) {
            setup.createUser(user.id(), user.organisationId(), user.username(), user.displayName(), user.roles(),
                    DemoCounty.PASSWORD, false);
            tokens.issueDemoToken(user.id(), user.organisationId(), user.roles(), user.token());
            // A fixed authenticator secret per demo user, listed in the README (SecondFactors.demoSecret).
            secondFactors.enrolDemoUser(user.id(), user.username());
        }
        // Joining other organisations: the first provider has invited the broker, who has not answered yet; the
        // health board's invitation to the commissioner is accepted and waits for the council's approval.
        setup.invite(county.providers().getFirst().id(), "broker", Set.of(Role.PROVIDER_USER), false);
        setup.invite(healthBoard.id(), "commissioner", Set.of(Role.COMMISSIONER), true);
        // The market: each provider's standing with the council, and its listing.
        new DemoMarket(SEED + 5, today.date()).load(market, council.id(), county.providers(),
                DemoCounty.id("user-commissioner"), DemoCounty.id("user-provider"));
        var residents = new DemoPeople(SEED + 1, today.date()).people();
        people.registerAll(council.id(), residents);
        var outcomes = new DemoOutcomes(SEED + 2, today.date()).outcomesOf(residents);
        people.agreeAll(council.id(), outcomes);
        var demoPlans = new DemoPlans(SEED + 3, people.scheme(),
                county.providers().stream().map(p -> p.details().name()).toList());
        var plans = demoPlans.plansFor(outcomes);
        people.planAll(council.id(), plans);
        // Revisions over budget were approved at the time; three more wait for the team manager or finance.
        funding.approvePastRevisions(council.id(), DemoCounty.id("user-teammanager"),
                "Agreed at the weekly funding panel");
        var living = residents.stream().filter(r -> r.dateOfDeath() == null).map(PeopleSetup.NewPerson::id)
                .collect(Collectors.toSet());
        funding.askAll(council.id(), demoPlans.waitingForFunding(plans, living, DemoCounty.id("user-caremanager"),
                today.date()));
        var measured = new DemoMeasurements(SEED + 4, today.date()).measurementsOf(residents, outcomes);
        measurementSetup.addLocalInstrument(council.id(), DemoMeasurements.feelingAtHome(json));
        measurementSetup.recordAll(council.id(), measured);
        var demoContracts = new DemoContracts(county.providers().stream().map(DemoCounty.DemoOrganisation::id).toList());
        contractsSetup.letAll(OrganisationId.of(council.id()), demoContracts.contracts());
        var agreements = demoContracts.agreements(plans, outcomes, living, county.providers().stream()
                .collect(Collectors.toMap(p -> p.details().name(), DemoCounty.DemoOrganisation::id)));
        var started = contractsSetup.startAll(OrganisationId.of(council.id()), agreements, today.now());
        loadPayments(council.id(), started);
        new DemoBrokerage(today.date()).load(brokerage, council.id(), residents, outcomes, plans, living,
                OrganisationId.of(county.providers().getFirst().id()), DemoCounty.id("user-broker"));
        loadProcurement(county);
        visits.load(council.id(), county.providers().get(1).id());
        monitoring.load(council.id(), county.providers().get(1).id());
        performanceIssues.load(council.id(), county.providers().getFirst().id(), county.providers().get(1).id(),
                county.providers().get(2).id());
        assessments.load(council.id());
        log.info("Loaded the demo county of Mynyddwen: {} organisations, {} users, {} people with {} outcomes "
                + "{} support plans and {} measurements; sign in as admin with password {}", DemoCounty.PROVIDERS + 2, county.users().size(),
                residents.size(), outcomes.size(), plans.size(), measured.size(), DemoCounty.PASSWORD);
    }

    /** The reablement contract's rate card, and its provider's claims under it. */
    private void loadPayments(UUID council, List<ServiceAgreement> started) {
        var demo = new DemoPayments(today.date(), DemoCounty.id("user-provider"), DemoCounty.id("user-caremanager"),
                DemoCounty.id("user-teammanager"));
        paymentsSetup.rateCard(ContractId.of(DemoContracts.BLOCK), OrganisationId.of(council),
                DemoContracts.BLOCK_START, DemoPayments.reablementCard(), "Prices agreed when the contract was let",
                DemoContracts.BLOCK_START.minusMonths(1).atTime(10, 0).toInstant(ZoneOffset.UTC),
                DemoCounty.id("user-commissioner"));
        DemoContracts.ON_PUBLISHED_CARDS.forEach((card, contract) -> paymentsSetup.rateCard(ContractId.of(contract),
                OrganisationId.of(council), DemoContracts.BLOCK_START, publishedCards.card(card),
                "The programme's published rate card", DemoContracts.BLOCK_START.minusMonths(1).atTime(10, 0)
                        .toInstant(ZoneOffset.UTC), DemoCounty.id("user-commissioner")));
        // The reablement contract is a social impact bond: three investors paid up front, repaid by its outcome
        // payments.
        DemoPayments.investors().forEach(investor -> paymentsSetup.commitment(ContractId.of(DemoContracts.BLOCK),
                OrganisationId.of(council), investor, investor.committedOn().atTime(10, 0).toInstant(ZoneOffset.UTC),
                DemoCounty.id("user-commissioner")));
        paymentsSetup.claims(demo.claims(started.stream()
                .filter(a -> a.contract().value().equals(DemoContracts.BLOCK)).toList()));
        // The month before last paid in full, by two finance officers (it is over the threshold); last month's
        // prepared, waiting for the demo's finance officer to approve.
        setup.createUser(SECOND_FINANCE_OFFICER, council, "finance2", "Gethin Finance", Set.of(Role.FINANCE_OFFICER),
                DemoCounty.PASSWORD, false);
        CylchUser finance = financeOfficer(DemoCounty.id("user-finance"), "finance", council);
        CylchUser second = financeOfficer(SECOND_FINANCE_OFFICER, "finance2", council);
        FinancialYear year = FinancialYear.of(today.date());
        for (DemoPayments.PlannedSpend planned : DemoPayments.plannedSpend()) {
            plan(finance, planned, year, SpendPlan.Kind.BUDGET, planned.budget());
            Optional.ofNullable(planned.anticipated())
                    .ifPresent(anticipated -> plan(finance, planned, year, SpendPlan.Kind.ANTICIPATED, anticipated));
        }
        // Three months paid, the last of them over the threshold (two approvals); last month's waiting.
        YearMonth last = YearMonth.from(today.date()).minusMonths(1);
        for (int back = PAID_MONTHS; back >= 1; back--) {
            PaymentRun paid = paymentRuns.prepare(finance, last.minusMonths(back));
            paymentRuns.approve(finance, paid.id(), paid.linesDigest());
            if (paymentRuns.run(finance, paid.id()).stage() == PaymentRun.Stage.PREPARED) {
                paymentRuns.approve(second, paid.id(), paid.linesDigest());
            }
            paymentRuns.post(finance, paid.id());
            paymentFiles.export(finance, paid.id());
        }
        paymentRuns.prepare(finance, last);
    }

    /** A demo figure, unless the demo's contracts do not run in this financial year. */
    private void plan(CylchUser finance, DemoPayments.PlannedSpend planned, FinancialYear year, SpendPlan.Kind kind,
                      String amount) {
        try {
            spend.record(finance, ContractId.of(planned.contract()), year, kind, Money.of(amount), planned.why());
        } catch (RuleViolationException outside) {
            log.info("No demo {} for {} in {}: {}", kind, planned.contract(), year, outside.code());
        }
    }

    private static CylchUser financeOfficer(UUID id, String username, UUID council) {
        return CylchUser.of(new Account(id, username, username, true, List.of(new Membership(council,
                "Mynyddwen", null, "COUNCIL", Set.of(Role.FINANCE_OFFICER)))), council);
    }

    /** The council's tender for home care, open for bids, with a second commissioner on its evaluation panel. */
    private void loadProcurement(DemoCounty county) {
        var tender = new DemoProcurement(today.date());
        UUID council = county.council().id();
        setup.createUser(DemoProcurement.EVALUATOR, council, DemoProcurement.EVALUATOR_USERNAME,
                DemoProcurement.EVALUATOR_NAME, Set.of(Role.COMMISSIONER), DemoCounty.PASSWORD, false);
        UUID commissioner = DemoCounty.id("user-commissioner");
        var providers = county.providers();
        procurementSetup.publishedWithBids(DemoProcurement.ID, OrganisationId.of(council), tender.draft(commissioner),
                commissioner, tender.publishedAt(), tender.bids(OrganisationId.of(providers.get(0).id()),
                        OrganisationId.of(providers.get(1).id()), DemoCounty.id("user-provider")));
        procurementSetup.drafted(DemoProcurement.DRAFT_ID, OrganisationId.of(council),
                tender.dayOpportunities(commissioner), commissioner, tender.draftedAt());
    }
}
