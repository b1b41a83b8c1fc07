package cymru.cylch.benchmark;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.contracts.ContractsSetup.PastContract;
import cymru.cylch.contracts.ContractsSetup.PastVariation;
import cymru.cylch.contracts.ContractsSetup;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.NewContract;
import cymru.cylch.contracts.Party;
import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.contracts.PaymentTerms;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A council's contracts, let through {@link ContractsSetup} (the application's own rules, rows and JSON terms): a
 * home care framework in up to three zones of areas, with every provider that lists home care on it; a community
 * support dynamic purchasing system that most such providers joined at the start and the rest were admitted to one
 * by one (each admission a new version); a block contract for supported living; and a spot purchase for each person
 * bought for one by one ({@link #letSpots}). The first three pay partly by results (Model 2: a tenth of each
 * agreement's price on outcomes, a fifth under the block contract, which also has a fixed element); spot purchases
 * are paid for the support given (Model 1).
 */
final class MarketContracts {

    static final String HOME_CARE = "home-care";
    static final String COMMUNITY_SUPPORT = "community-support";
    static final String SUPPORTED_LIVING = "supported-living";
    private static final Set<String> DPS_SERVICES = Set.of(COMMUNITY_SUPPORT, "reablement", "day-opportunities");

    private final ContractsSetup setup;

    MarketContracts(BenchmarkApplication app) {
        this.setup = app.bean(ContractsSetup.class);
    }

    /** A provider with a standing (not an applicant) and the services its latest listing offers. */
    record Listed(UUID provider, List<String> services) {
    }

    /** One zone of the framework: its lot's areas and the providers on the framework that list home care. */
    record Zone(int lot, Set<String> areas) {
    }

    /** The council's contracts and who supplies under each, for the agreements to be made under them. */
    record Parties(UUID framework, List<Zone> zones, List<UUID> onFramework, UUID dps, List<UUID> onDps, UUID block,
                   UUID blockProvider, List<UUID> standing) {
    }

    /** A spot purchase for one person: its contract, provider, service and start. */
    record Spot(UUID contract, UUID provider, String service, String area, LocalDate start) {
    }

    Parties letFor(Council council, List<Listed> providers, Random random) {
        List<UUID> standing = providers.stream().map(Listed::provider).toList();
        List<UUID> homeCare = offering(providers, Set.of(HOME_CARE), standing);
        List<UUID> community = offering(providers, DPS_SERVICES, standing);
        List<String> areas = IntStream.rangeClosed(1, council.areas())
                .mapToObj(a -> council.areaPrefix() + "%02d".formatted(a)).toList();
        int zoneCount = Math.min(3, areas.size());
        List<Zone> zones = IntStream.range(0, zoneCount).mapToObj(z -> new Zone(z + 1, Set.copyOf(
                IntStream.range(0, areas.size()).filter(i -> i % zoneCount == z).mapToObj(areas::get).toList())))
                .toList();
        UUID framework = id(council, "framework");
        UUID dps = id(council, "dps");
        UUID block = id(council, "block");
        UUID blockProvider = standing.get(random.nextInt(standing.size()));
        int joinedAtStart = Math.max(1, (int) Math.round(community.size() * 0.7));
        LocalDate dpsStart = LocalDate.of(2023, 10, 1);
        List<PastVariation> admissions = new ArrayList<>();
        for (int i = joinedAtStart; i < community.size(); i++) {
            LocalDate admitted = dpsStart.plusDays(30L * (i - joinedAtStart + 1));
            admissions.add(new PastVariation(terms(council, "Community support dynamic purchasing system", dpsStart,
                    7, List.of(new Lot(1, "Community support", DPS_SERVICES, Set.of())),
                    suppliers(community.subList(0, i + 1)), ByResults.TENTH),
                    "Admitted to the dynamic purchasing system", admitted.atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        SystemScope.run(() -> setup.letAll(OrganisationId.of(council.id()), List.of(
                new PastContract(framework, new NewContract("BENCH-HC-FRAMEWORK",
                        ProcurementRoute.FRAMEWORK_AGREEMENT, null, null,
                        terms(council, "Home care on outcomes framework", LocalDate.of(2024, 4, 1), 5,
                                zones.stream().map(z -> new Lot(z.lot(), "Home care, zone " + z.lot(),
                                        Set.of(HOME_CARE), z.areas())).toList(), suppliers(homeCare), ByResults.TENTH)),
                        LocalDate.of(2024, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), List.of()),
                new PastContract(dps, new NewContract("BENCH-CS-DPS", ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM,
                        null, null, terms(council, "Community support dynamic purchasing system", dpsStart, 7,
                        List.of(new Lot(1, "Community support", DPS_SERVICES, Set.of())),
                        suppliers(community.subList(0, joinedAtStart)), ByResults.TENTH)),
                        dpsStart.minusDays(14).atStartOfDay().toInstant(ZoneOffset.UTC), admissions),
                new PastContract(block, new NewContract("BENCH-SL-BLOCK", ProcurementRoute.BLOCK_CONTRACT, null, null,
                        terms(council, "Supported living block contract", LocalDate.of(2025, 4, 1), 3, List.of(),
                                suppliers(List.of(blockProvider)), ByResults.FIFTH_AND_FIXED)),
                        LocalDate.of(2025, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), List.of()))));
        return new Parties(framework, zones, homeCare, dps, community, block, blockProvider, standing);
    }

    void letSpots(Council council, List<Spot> spots) {
        List<PastContract> contracts = new ArrayList<>(spots.size());
        for (int i = 0; i < spots.size(); i++) {
            Spot spot = spots.get(i);
            contracts.add(new PastContract(spot.contract(), new NewContract("SPOT-%06d".formatted(i + 1),
                    ProcurementRoute.SPOT_PURCHASE, null, null, terms(council, "Spot purchase of " + spot.service(),
                    spot.start(), 5, List.of(new Lot(1, spot.service(), Set.of(spot.service()), Set.of(spot.area()))),
                    suppliers(List.of(spot.provider())), ByResults.NONE)),
                    spot.start().atStartOfDay().toInstant(ZoneOffset.UTC), List.of()));
        }
        SystemScope.run(() -> setup.letAll(OrganisationId.of(council.id()), contracts));
    }

    static UUID id(Council council, String contract) {
        return UUID.nameUUIDFromBytes((council.id() + "/contract/" + contract).getBytes(StandardCharsets.UTF_8));
    }

    /** Those that list one of the services; all of them if none does, so that no contract is without a supplier. */
    private static List<UUID> offering(List<Listed> providers, Set<String> services, List<UUID> standing) {
        List<UUID> offering = providers.stream().filter(p -> p.services().stream().anyMatch(services::contains))
                .map(Listed::provider).toList();
        return offering.isEmpty() ? standing : offering;
    }

    private static List<Party> suppliers(List<UUID> providers) {
        return providers.stream().map(p -> Party.supplier(OrganisationId.of(p))).toList();
    }

    /** How much of a contract's payment depends on outcomes. */
    private enum ByResults { NONE, TENTH, FIFTH_AND_FIXED }

    private ContractTerms terms(Council council, String title, LocalDate start, int years, List<Lot> lots,
                                List<Party> parties, ByResults byResults) {
        long people = Math.max(1, council.people());
        PaymentTerms payment = switch (byResults) {
            case NONE -> new PaymentTerms(Money.of("0.00"), null, PaymentFrequency.FOUR_WEEKLY, null);
            case TENTH -> new PaymentTerms(Money.of("0.00"), BigDecimal.TEN, PaymentFrequency.MONTHLY, null);
            case FIFTH_AND_FIXED -> new PaymentTerms(Money.of(String.valueOf(people * 20L)), BigDecimal.valueOf(20),
                    PaymentFrequency.MONTHLY, null);
        };
        Money estimate = Money.of(String.valueOf(people * 1_000L * years));
        return new ContractTerms(title, "Care and support planned with each person around what matters to them.",
                byResults == ByResults.NONE ? CommissioningModel.OUTCOME_BASED_CARE_PLANNING
                        : CommissioningModel.PAYMENT_BY_RESULTS, start, start.plusYears(years).minusDays(1), 24,
                estimate, Money.of(String.valueOf(people * 1_200L * years)), lots, parties,
                List.of(council.welsh() ? "wales-nof/control" : "england-ascof/quality-of-life"),
                List.of("People live as independently as they can at home"),
                List.of("Visits recorded by electronic call monitoring"),
                payment, List.of());
    }
}
