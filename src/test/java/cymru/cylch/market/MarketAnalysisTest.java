package cymru.cylch.market;

import static cymru.cylch.support.MarketFixture.listing;
import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.contracts.Contract;
import cymru.cylch.market.MarketFigures.Commissioned;
import cymru.cylch.market.MarketFigures.HoursOnDay;
import cymru.cylch.market.MarketFigures.Listed;
import cymru.cylch.market.MarketFigures.PriceOnDay;
import cymru.cylch.market.MarketFigures.ProviderShare;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.MarketFixture;
import cymru.cylch.support.MarketFixture.TestProvider;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The market analysis with the database, on a small council built for the test: two areas, two services, three
 * providers listed (and one removed), agreements starting and ending around today, and another council's agreement.
 * Every figure is checked, so counting an ended agreement, one not yet started, a removed provider's listing,
 * an earlier listing version or another council's business fails.
 */
@CylchIntegrationTest
class MarketAnalysisTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 15);
    static final String NORTH = "MYN-ABW";
    static final String SOUTH = "MYN-BRH";
    static final String HOME_CARE = "home-care";
    static final String REABLEMENT = "reablement";

    @Autowired
    MarketAnalysis analysis;

    @Autowired
    MarketFixture market;

    @Autowired
    ContractsFixture contracts;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        SignedIn.clear();
        clock.reset();
    }

    /** The council built for the test, with its providers in the order made. */
    record Market(UUID council, TestProvider first, TestProvider second, TestProvider third) {
    }

    /** The small council of the class comment; see each test for the figures it makes. */
    Market market() {
        UUID council = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        clock.set(LocalDate.of(2026, 10, 20), LocalTime.NOON);
        // Earlier versions, published in October: the price trend sees them from 1 November, the figures never.
        TestProvider first = market.listedWith(council, listing(List.of("home-care"), List.of(NORTH), "30.00",
                50, 5, 0, false));
        TestProvider second = market.listedWith(council, listing(List.of("home-care"), List.of(NORTH), "20.00",
                50, 5, 0, false));
        clock.set(TODAY, LocalTime.NOON);
        market.publish(first, listing(List.of("home-care"), List.of(NORTH), "24.00", 100, 10, 2, true));
        market.publish(second, listing(List.of("home-care", "reablement"), List.of(NORTH, SOUTH), "26.01", 200, 20,
                0, false));
        TestProvider third = market.listedWith(council, listing(List.of("reablement"), List.of(NORTH), "27.01", 60,
                0, 4, true));
        TestProvider removed = market.listedWith(council, listing(List.of("home-care"), List.of(NORTH, SOUTH),
                "1.00", 999, 999, 9, true));
        market.remove(council, removed);
        // A listing of a provider of another council's only.
        market.listedWith(organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL), listing(
                List.of("home-care"), List.of(NORTH), "2.00", 888, 888, 8, true));

        var commissioner = contracts.commissioner(council);
        Contract contract = contracts.framework(commissioner, List.of(), first.id(), second.id(), third.id());
        var a = contracts.personIn(council, NORTH);
        var b = contracts.personIn(council, NORTH);
        var c = contracts.personIn(council, SOUTH);
        var d = contracts.personIn(council, SOUTH);
        var e = contracts.personIn(council, SOUTH);
        contracts.agreement(contract, a, first.id(), HOME_CARE, LocalDate.of(2026, 11, 15), null, "10", "250.00");
        contracts.agreement(contract, a, third.id(), REABLEMENT, LocalDate.of(2026, 12, 5), null, "2", "55.00");
        contracts.agreement(contract, b, second.id(), HOME_CARE, LocalDate.of(2026, 10, 16),
                LocalDate.of(2026, 12, 25), "5.5", "143.00");
        // Ended yesterday: in the trend until December, not today.
        contracts.agreement(contract, c, second.id(), REABLEMENT, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 12, 14), "7", "180.00");
        // Starts tomorrow: not counted.
        contracts.agreement(contract, d, third.id(), REABLEMENT, LocalDate.of(2026, 12, 16), null, "40", "1000.00");
        // Today only: counted.
        contracts.agreement(contract, e, third.id(), REABLEMENT, TODAY, TODAY, "20", "520.00");

        // Another council's agreement with the first provider: never counted.
        UUID other = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        Contract elsewhere = contracts.blockContract(contracts.commissioner(other), first.id());
        contracts.agreement(elsewhere, contracts.personIn(other, NORTH), first.id(), HOME_CARE,
                LocalDate.of(2026, 6, 1), null,
                "30", "900.00");
        return new Market(council, first, second, third);
    }

    private static CylchUser commissioner(UUID council) {
        return SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER);
    }

    @Test
    void listingsAreCountedByAreaAndServiceWithExactMediansOfOddAndEvenCounts() {
        Market m = market();
        MarketFigures figures = analysis.of(commissioner(m.council()));

        assertThat(figures.day()).isEqualTo(TODAY);
        // Three providers, their latest versions only; the removed one and the other council's left out.
        assertThat(figures.listedTotal()).isEqualTo(new Listed("", 3, 360, 30, Money.of("24.00"), Money.of("26.01"),
                Money.of("27.01"), 6, 2));
        Map<String, Listed> byArea = byKey(figures.listedByArea(), Listed::key);
        assertThat(byArea.keySet()).containsExactly(NORTH, SOUTH);
        // Odd: 24.00, 26.01, 27.01: the middle one.
        assertThat(byArea.get(NORTH)).isEqualTo(new Listed(NORTH, 3, 360, 30, Money.of("24.00"), Money.of("26.01"),
                Money.of("27.01"), 6, 2));
        assertThat(byArea.get(SOUTH)).isEqualTo(new Listed(SOUTH, 1, 200, 20, Money.of("26.01"), Money.of("26.01"),
                Money.of("26.01"), 0, 0));
        Map<String, Listed> byService = byKey(figures.listedByService(), Listed::key);
        assertThat(byService.keySet()).containsExactly("home-care", "reablement");
        // Even: halfway between 24.00 and 26.01 is 25.005, to the penny halves up 25.01.
        assertThat(byService.get("home-care")).isEqualTo(new Listed("home-care", 2, 300, 30, Money.of("24.00"),
                Money.of("25.01"), Money.of("26.01"), 2, 1));
        // Even: halfway between 26.01 and 27.01.
        assertThat(byService.get("reablement")).isEqualTo(new Listed("reablement", 2, 260, 20, Money.of("26.01"),
                Money.of("26.51"), Money.of("27.01"), 4, 1));
    }

    @Test
    void onlyAgreementsInForceTodayAreCountedByAreaAndProviderAndTheTrendsFollowTheMonths() {
        Market m = market();
        MarketFigures figures = analysis.of(commissioner(m.council()));

        // a (two agreements), b and e: 10 + 2 + 5.5 + 20 hours, 250 + 55 + 143 + 520 pounds.
        assertThat(figures.commissionedTotal()).isEqualTo(new Commissioned("", 3, new BigDecimal("37.50"),
                Money.of("968.00")));
        assertThat(figures.commissionedByArea()).containsExactly(
                new Commissioned(NORTH, 2, new BigDecimal("17.50"), Money.of("448.00")),
                new Commissioned(SOUTH, 1, new BigDecimal("20.00"), Money.of("520.00")));
        // a counts in both services.
        assertThat(figures.commissionedByService()).containsExactly(
                new Commissioned(HOME_CARE, 2, new BigDecimal("15.50"), Money.of("393.00")),
                new Commissioned(REABLEMENT, 2, new BigDecimal("22.00"), Money.of("575.00")));

        assertThat(figures.providerShares()).extracting(ProviderShare::provider)
                .containsExactly(m.third().id(), m.first().id(), m.second().id());
        Map<UUID, ProviderShare> shares = byKey(figures.providerShares(), ProviderShare::provider);
        assertShare(shares.get(m.first().id()), 1, "10.00", "250.00", "26.7", "25.8");
        assertShare(shares.get(m.second().id()), 1, "5.50", "143.00", "14.7", "14.8");
        assertShare(shares.get(m.third().id()), 2, "22.00", "575.00", "58.7", "59.4");

        assertThat(figures.hoursTrend()).extracting(HoursOnDay::day).containsExactlyElementsOf(
                MarketAnalysis.monthStarts(TODAY));
        assertThat(figures.hoursTrend().getFirst().day()).isEqualTo(LocalDate.of(2026, 1, 1));
        Map<LocalDate, HoursOnDay> trend = byKey(figures.hoursTrend(), HoursOnDay::day);
        assertThat(trend.get(LocalDate.of(2026, 7, 1))).isEqualTo(new HoursOnDay(LocalDate.of(2026, 7, 1), 0,
                new BigDecimal("0"), Money.of("0.00")));
        // c's agreement starts on 1 August: in force that day.
        assertThat(trend.get(LocalDate.of(2026, 8, 1))).isEqualTo(new HoursOnDay(LocalDate.of(2026, 8, 1), 1,
                new BigDecimal("7.00"), Money.of("180.00")));
        assertThat(trend.get(LocalDate.of(2026, 11, 1))).isEqualTo(new HoursOnDay(LocalDate.of(2026, 11, 1), 2,
                new BigDecimal("12.50"), Money.of("323.00")));
        assertThat(trend.get(LocalDate.of(2026, 12, 1))).isEqualTo(new HoursOnDay(LocalDate.of(2026, 12, 1), 3,
                new BigDecimal("22.50"), Money.of("573.00")));

        Map<LocalDate, PriceOnDay> prices = byKey(figures.priceTrend(), PriceOnDay::day);
        assertThat(prices.get(LocalDate.of(2026, 10, 1))).isEqualTo(new PriceOnDay(LocalDate.of(2026, 10, 1), 0,
                null));
        // The October versions (30.00 and 20.00); today's are not yet published on 1 December.
        assertThat(prices.get(LocalDate.of(2026, 11, 1))).isEqualTo(new PriceOnDay(LocalDate.of(2026, 11, 1), 2,
                Money.of("25.00")));
        assertThat(prices.get(LocalDate.of(2026, 12, 1))).isEqualTo(new PriceOnDay(LocalDate.of(2026, 12, 1), 2,
                Money.of("25.00")));

        assertThat(figures.unmet()).isEmpty();
        assertThat(figures.daysToStart()).isEmpty();
    }

    @Test
    void aProviderAndAnotherCouncilSeeNothingOfTheCouncilsMarket() {
        Market m = market();
        CylchUser provider = SignedIn.asMemberOf("PROVIDER", m.first().user().id(), m.first().id(),
                Role.PROVIDER_USER, Role.ADMINISTRATOR);
        assertThatThrownBy(() -> analysis.of(provider)).isInstanceOf(AccessDeniedException.class);
        CylchUser broker = SignedIn.as(UUID.randomUUID(), m.council(), Role.BROKER);
        assertThatThrownBy(() -> analysis.of(broker)).isInstanceOf(AccessDeniedException.class);

        UUID other = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        MarketFigures theirs = analysis.of(commissioner(other));
        assertThat(theirs.listedTotal().providers()).isZero();
        assertThat(theirs.commissionedTotal().people()).isZero();
        assertThat(theirs.providerShares()).isEmpty();
        assertThat(theirs.listedByArea()).isEmpty();
    }

    private static void assertShare(ProviderShare share, long people, String hours, String spend, String ofHours,
                                    String ofSpend) {
        assertThat(share.people()).isEqualTo(people);
        assertThat(share.weeklyHours()).isEqualByComparingTo(hours);
        assertThat(share.weeklySpend()).isEqualTo(Money.of(spend));
        assertThat(share.percentOfHours()).isEqualTo(new BigDecimal(ofHours));
        assertThat(share.percentOfSpend()).isEqualTo(new BigDecimal(ofSpend));
    }

    private static <K, V> Map<K, V> byKey(List<V> rows, Function<V, K> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity(), (x, y) -> x,
                LinkedHashMap::new));
    }
}
