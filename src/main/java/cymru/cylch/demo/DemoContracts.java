package cymru.cylch.demo;

import cymru.cylch.contracts.CallOffMethod;
import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.contracts.ContractsSetup.PastContract;
import cymru.cylch.contracts.ContractsSetup.PastVariation;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.NewContract;
import cymru.cylch.contracts.NewServiceAgreement;
import cymru.cylch.contracts.Party;
import cymru.cylch.contracts.PaymentTerms;
import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.Remedy;
import cymru.cylch.people.Arrangement;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PeopleSetup;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.PlanDraft;
import cymru.cylch.people.PlannedSupport;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The demo county's contracts: a home care framework agreement in two lots (north and south) with eight providers
 * and two call-offs, a dynamic purchasing system for community support that admitted its four providers one by
 * one, and a reablement block contract paid partly on outcomes. Each living person whose plan the council arranges
 * has a service agreement with the provider their plan names, under the framework or the dynamic purchasing
 * system, for the hours and cost of their plan and all their outcomes.
 */
final class DemoContracts {

    static final UUID FRAMEWORK = DemoCounty.id("contract-framework");
    static final UUID DYNAMIC_SYSTEM = DemoCounty.id("contract-dps");
    static final UUID BLOCK = DemoCounty.id("contract-block");
    private static final LocalDate FRAMEWORK_START = LocalDate.of(2025, 4, 1);
    private static final Set<String> NORTH = Set.of("MYN-ABW", "MYN-BRH", "MYN-CWE");
    private static final Set<String> SOUTH = Set.of("MYN-DOL", "MYN-LLF", "MYN-RHF");
    private static final int ON_FRAMEWORK = 8;
    /** How many of the first provider's people it supports under the reablement contract, paid by results. */
    private static final int BY_RESULTS = 24;
    static final LocalDate BLOCK_START = LocalDate.of(2026, 4, 1);
    /**
     * Contracts paid wholly by results on the government programmes' published rate cards, by the card's name
     * ({@code PublishedRateCards}), each let to a provider of the dynamic purchasing system.
     */
    static final Map<String, UUID> ON_PUBLISHED_CARDS = Map.of(
            "troubled-families-2012", DemoCounty.id("contract-troubled-families"),
            "fair-chance-fund", DemoCounty.id("contract-fair-chance"),
            "youth-engagement", DemoCounty.id("contract-youth-engagement"));

    /**
     * What most contracts the council lets allow over poor performance. Those paid wholly by results and the dynamic
     * purchasing system pay only for what is delivered or bought, so they allow no deduction from payments.
     */
    private static final List<Remedy> ALL_REMEDIES = List.of(Remedy.DEDUCTION, Remedy.SUSPENSION,
            Remedy.TERMINATION);

    private final List<OrganisationId> providers;

    DemoContracts(List<UUID> providers) {
        this.providers = providers.stream().map(OrganisationId::of).toList();
    }

    List<PastContract> contracts() {
        List<PastContract> contracts = new ArrayList<>();
        List<Party> framework = providers.subList(0, ON_FRAMEWORK).stream().map(Party::supplier).toList();
        contracts.add(new PastContract(FRAMEWORK, new NewContract("MYN-HC-FW-2025",
                ProcurementRoute.FRAMEWORK_AGREEMENT, null, null, terms("Home care framework agreement",
                        CommissioningModel.OUTCOME_BASED_CARE_PLANNING, FRAMEWORK_START, 4, "38000000.00",
                        "45000000.00", List.of(new Lot(1, "North: Aberwen, Bryn Hafod and Cwm Eithin",
                                Set.of("home-care"), NORTH), new Lot(2, "South: Dolgarth, Llanfedw and Rhosfawr",
                                Set.of("home-care"), SOUTH)), framework, null, ALL_REMEDIES)),
                at(FRAMEWORK_START.minusDays(30)), List.of()));
        contracts.add(callOff("contract-call-off-1", "MYN-HC-CO-001", CallOffMethod.DIRECT_AWARD, providers.get(1),
                "Night-time support in Aberwen"));
        contracts.add(callOff("contract-call-off-2", "MYN-HC-CO-002", CallOffMethod.MINI_COMPETITION,
                providers.get(2), "Support for people leaving hospital in the south"));
        contracts.add(dynamicSystem());
        contracts.add(new PastContract(BLOCK, new NewContract("MYN-REAB-2026", ProcurementRoute.BLOCK_CONTRACT,
                null, null, terms("Reablement at home: six weeks to independence",
                        CommissioningModel.PAYMENT_BY_RESULTS, BLOCK_START, 2, "1800000.00",
                        "2100000.00", List.of(), List.of(Party.supplier(providers.getFirst())), new BigDecimal("20"),
                        ALL_REMEDIES)),
                at(BLOCK_START.minusMonths(1)), List.of()));
        contracts.add(byResults("troubled-families-2012", "MYN-TF-2026", "Whole-family support, paid by results",
                providers.get(ON_FRAMEWORK), "480000.00", List.of("wales-nof/relationships", "wales-nof/education")));
        contracts.add(byResults("fair-chance-fund", "MYN-FCF-2026", "Homes and work for young people, paid by results",
                providers.get(ON_FRAMEWORK + 1), "900000.00", List.of("wales-nof/accommodation", "wales-nof/social-economic")));
        contracts.add(byResults("youth-engagement", "MYN-YEF-2026", "Young people back into learning, paid by results",
                providers.get(ON_FRAMEWORK + 2), "600000.00", List.of("wales-nof/education", "wales-nof/social-economic")));
        return contracts;
    }

    /** A block contract paid wholly on a published rate card: no fixed element, every payment on outcomes. */
    private PastContract byResults(String card, String reference, String title, OrganisationId supplier,
                                   String estimate, List<String> domains) {
        ContractTerms terms = new ContractTerms(title, "Outcomes priced on the government programme's published "
                + "rate card; the provider is paid for each outcome achieved and sustained, and nothing else.",
                CommissioningModel.PAYMENT_BY_RESULTS, BLOCK_START, BLOCK_START.plusYears(3).minusDays(1), 12,
                Money.of(estimate), Money.of(estimate).times(new BigDecimal("1.2")), List.of(),
                List.of(Party.supplier(supplier)), domains,
                List.of("Young people and families are better off in the ways the programme pays for"), List.of(),
                new PaymentTerms(Money.ZERO, new BigDecimal("100"), PaymentFrequency.MONTHLY, null),
                List.of(Remedy.SUSPENSION, Remedy.TERMINATION));
        return new PastContract(ON_PUBLISHED_CARDS.get(card), new NewContract(reference,
                ProcurementRoute.BLOCK_CONTRACT, null, null, terms), at(BLOCK_START.minusMonths(1)), List.of());
    }

    private PastContract callOff(String key, String reference, CallOffMethod method, OrganisationId supplier,
                                 String title) {
        LocalDate start = LocalDate.of(2026, 1, 5);
        ContractTerms terms = terms(title, CommissioningModel.OUTCOME_BASED_CARE_PLANNING, start, 1, "250000.00",
                "300000.00", List.of(), List.of(Party.supplier(supplier)), null, ALL_REMEDIES);
        return new PastContract(DemoCounty.id(key), new NewContract(reference, ProcurementRoute.CALL_OFF,
                ContractId.of(FRAMEWORK), method, terms), at(start.minusDays(14)), List.of());
    }

    /** Opened with its first provider; each of the others admitted a few months apart, each a new version. */
    private PastContract dynamicSystem() {
        LocalDate start = LocalDate.of(2025, 10, 1);
        List<OrganisationId> members = providers.subList(ON_FRAMEWORK, providers.size());
        List<PastVariation> admissions = new ArrayList<>();
        for (int i = 2; i <= members.size(); i++) {
            List<Party> admitted = members.subList(0, i).stream().map(Party::supplier).toList();
            admissions.add(new PastVariation(dynamicTerms(start, admitted), "Admitted to the system after evaluation",
                    at(start.plusMonths(2L * (i - 1)))));
        }
        return new PastContract(DYNAMIC_SYSTEM, new NewContract("MYN-CS-DPS-2025",
                ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM, null, null,
                dynamicTerms(start, List.of(Party.supplier(members.getFirst())))), at(start.minusDays(21)),
                admissions);
    }

    private static ContractTerms dynamicTerms(LocalDate start, List<Party> admitted) {
        return terms("Community support dynamic purchasing system", CommissioningModel.OUTCOME_BASED_CARE_PLANNING,
                start, 5, "6000000.00", "8000000.00", List.of(new Lot(1, "Community support across the county",
                        Set.of("home-care", "community-support"), Set.of())), admitted, null,
                List.of(Remedy.SUSPENSION, Remedy.TERMINATION));
    }

    private static ContractTerms terms(String title, CommissioningModel model, LocalDate start, int years,
                                       String estimate, String maximum, List<Lot> lots, List<Party> parties,
                                       @Nullable BigDecimal outcomeShare, List<Remedy> remedies) {
        return new ContractTerms(title, "Support planned with each person around what matters to them; the provider "
                + "agrees with the person how to achieve their outcomes.", model, start,
                start.plusYears(years).minusDays(1), 24, Money.of(estimate), Money.of(maximum), lots, parties,
                List.of("wales-nof/health", "wales-nof/control", "wales-nof/relationships"),
                List.of("People live as independently as they can at home",
                        "People feel connected to their family and community"),
                List.of("Visits recorded by electronic call monitoring", "Care workers registered with Social Care "
                        + "Wales"), new PaymentTerms(Money.of(outcomeShare == null ? "0.00" : "120000.00"),
                outcomeShare, PaymentFrequency.FOUR_WEEKLY, null), remedies);
    }

    /**
     * An agreement for each living person whose latest plan the council arranges, with the provider it names:
     * under the framework for its eight providers, under the dynamic purchasing system for the rest.
     */
    List<NewServiceAgreement> agreements(List<PeopleSetup.PastPlan> plans, List<PeopleSetup.PastOutcome> outcomes,
                                         Set<UUID> living, Map<String, UUID> providerByName) {
        Map<UUID, List<OutcomeId>> outcomesOf = outcomes.stream().collect(Collectors.groupingBy(
                PeopleSetup.PastOutcome::personId, Collectors.mapping(o -> OutcomeId.of(o.id()), Collectors.toList())));
        AtomicInteger reablement = new AtomicInteger();
        return plans.stream().filter(p -> living.contains(p.personId())).flatMap(plan -> {
            PlanDraft latest = plan.revisions().getLast();
            String providedBy = latest.support().getFirst().providedBy();
            UUID provider = providedBy == null ? null : providerByName.get(providedBy);
            if (latest.arrangement() != Arrangement.COUNCIL_ARRANGED || provider == null) {
                return Stream.empty();
            }
            boolean onFramework = providers.subList(0, ON_FRAMEWORK).contains(OrganisationId.of(provider));
            boolean byResults = OrganisationId.of(provider).equals(providers.getFirst())
                    && reablement.getAndIncrement() < BY_RESULTS;
            LocalDate start = plan.revisions().getFirst().effectiveFrom();
            UUID contract = byResults ? BLOCK : onFramework ? FRAMEWORK : DYNAMIC_SYSTEM;
            LocalDate contractStart = byResults ? BLOCK_START : onFramework ? FRAMEWORK_START
                    : LocalDate.of(2025, 10, 1);
            BigDecimal hours = latest.support().stream().map(PlannedSupport::hoursPerWeek)
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            return Stream.of(new NewServiceAgreement(PersonId.of(plan.personId()), OrganisationId.of(provider),
                    ContractId.of(contract), byResults ? "reablement" : onFramework ? "home-care" : "community-support",
                    null, start.isBefore(contractStart) ? contractStart : start, null,
                    Money.of(PlannedSupport.weeklyCostOf(latest.support())), hours,
                    outcomesOf.getOrDefault(plan.personId(), List.of()), "direct/demo-" + plan.personId()));
        }).toList();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
