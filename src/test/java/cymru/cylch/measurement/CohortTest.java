package cymru.cylch.measurement;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cymru.cylch.contracts.Contract;
import cymru.cylch.measurement.MeasurementCohorts.Grouping;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cohort views: figures checked by hand on a council of three people, the direction of better, the walls. */
@CylchIntegrationTest
class CohortTest {

    private static final String EVERY_SCORE = resource("/benchmark/cohort-lower-bound.sql");
    private static final List<String> SWEMWBS = List.of("item1", "item2", "item3", "item6", "item7", "item9", "item11");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    Measurements measurements;

    @Autowired
    MeasurementCohorts cohorts;

    @Autowired
    InstrumentLibrary library;

    @Autowired
    MeasurementStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContractsFixture contracts;

    @Autowired
    OutcomePlanning outcomes;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    /** Three people of a new council measured on SWEMWBS: one better, one worse, one measured once. */
    private record ThreePeople(UUID council, CylchUser worker, UUID better, UUID worse, UUID once) {
    }

    private ThreePeople threePeople() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser worker = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID better = peopleFixture.newPerson(council);
        UUID worse = peopleFixture.newPerson(council);
        UUID once = peopleFixture.newPerson(council);
        // raw 14 (metric 15.32) then 28 (25.03): up 9.71, meaningful
        record(worker, better, 60, rawOf(14));
        record(worker, better, 1, rawOf(28));
        // raw 21 (19.25) then 20 (18.59): down 0.66
        record(worker, worse, 90, rawOf(21));
        record(worker, worse, 2, rawOf(20));
        record(worker, once, 5, rawOf(30));
        return new ThreePeople(council, worker, better, worse, once);
    }

    @Test
    void theFiguresAreThoseWorkedOutByHand() {
        ThreePeople three = threePeople();
        UUID council = three.council();
        CylchUser worker = three.worker();

        var rows = cohorts.of(SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER), "swemwbs", "metric",
                Grouping.COUNCIL);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.measured()).isEqualTo(3);
            assertThat(row.repeated()).isEqualTo(2);
            assertThat(row.meanFirst()).isEqualByComparingTo("17.29");
            assertThat(row.meanLatest()).isEqualByComparingTo("21.81");
            assertThat(row.meanChange()).isEqualByComparingTo("4.53");
            assertThat(row.improved()).isEqualTo(1);
            assertThat(row.meaningfullyImproved()).isEqualTo(1);
            assertThat(row.percentImproved()).isEqualByComparingTo("50.0");
        });
        assertThat(cohorts.of(worker, "swemwbs", "metric", Grouping.AREA)).extracting(CohortRow::key)
                .containsExactly("MYN-ABW");
    }

    @Test
    void anAgreementsPeopleCountForItsProviderAndContractOnceEach() {
        ThreePeople three = threePeople();
        UUID council = three.council();
        CylchUser worker = three.worker();
        UUID better = three.better();
        UUID worse = three.worse();
        UUID once = three.once();
        UUID betterOutcome = outcome(worker, better);
        UUID worseOutcome = outcome(worker, worse);
        UUID worseOther = outcome(worker, worse);
        UUID onceOutcome = outcome(worker, once);
        SignedIn.clear();
        UUID a = fixture.organisation(OrganisationKind.PROVIDER, council);
        UUID b = fixture.organisation(OrganisationKind.PROVIDER, council);
        var commissioner = contracts.commissioner(council);
        Contract a1 = contracts.blockContract(commissioner, a);
        Contract b1 = contracts.blockContract(commissioner, b);
        LocalDate start = LocalDate.now().minusDays(10);
        contracts.agreement(a1, a, better, List.of(betterOutcome), start, null);
        // Two of the person's outcomes, and a second agreement: the person still counts once for the provider.
        contracts.agreement(a1, a, worse, List.of(worseOutcome, worseOther), start, null);
        contracts.agreement(a1, a, worse, List.of(worseOutcome), start, null);
        contracts.agreement(b1, b, worse, List.of(worseOther), start, null);
        contracts.agreement(b1, b, once, List.of(onceOutcome), start, null);
        CylchUser reader = SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER);

        var byProvider = cohorts.of(reader, "swemwbs", "metric", Grouping.PROVIDER);
        var byContract = cohorts.of(reader, "swemwbs", "metric", Grouping.CONTRACT);

        // key, measured, repeated, mean first, mean latest, mean change, improved, meaningfully improved
        assertThat(byProvider).containsExactlyInAnyOrder(
                new CohortRow(a.toString(), 2, 2, new BigDecimal("17.29"), new BigDecimal("21.81"),
                        new BigDecimal("4.53"), 1, 1),
                new CohortRow(b.toString(), 2, 1, new BigDecimal("19.25"), new BigDecimal("18.59"),
                        new BigDecimal("-0.66"), 0, 0));
        assertThat(byContract).extracting(CohortRow::key, CohortRow::measured, CohortRow::repeated)
                .containsExactlyInAnyOrder(tuple(a1.id().value().toString(), 2L, 2L),
                        tuple(b1.id().value().toString(), 2L, 1L));
        assertThat(cohorts.contractReferences(reader)).containsEntry(a1.id().value().toString(), a1.reference());
    }

    private UUID outcome(CylchUser worker, UUID person) {
        return outcomes.agree(worker, person, new OutcomeAgreement("I want to feel like myself again",
                "wales-nof/health", null, null, null, null, true, true)).id();
    }

    @Test
    void aMeasurementRecordedLateForAnEarlierDateBecomesTheFirst() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser worker = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(council);
        record(worker, someone, 10, rawOf(21));
        record(worker, someone, 1, rawOf(28));
        record(worker, someone, 90, rawOf(14));

        var row = cohorts.of(worker, "swemwbs", "raw", Grouping.COUNCIL).getFirst();

        assertThat(row.measured()).isEqualTo(1);
        assertThat(row.meanFirst()).isEqualByComparingTo("14.00");
        assertThat(row.meanLatest()).isEqualByComparingTo("28.00");
    }

    @Test
    void ofTwoMeasurementsOnOneDayTheOneRecordedLaterIsTheLatest() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser worker = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(council);
        record(worker, someone, 9, rawOf(15));
        record(worker, someone, 2, rawOf(30));
        // Ids carry the time to the millisecond: once the clock has moved on, the order recorded is the order of ids.
        long recorded = System.currentTimeMillis();
        await().until(() -> System.currentTimeMillis() > recorded);
        record(worker, someone, 2, rawOf(22));

        var row = cohorts.of(worker, "swemwbs", "raw", Grouping.COUNCIL).getFirst();
        var onThePersonsPage = measurements.of(worker, someone).getLast();

        assertThat(row.meanLatest()).isEqualByComparingTo("22.00");
        assertThat(onThePersonsPage.scores()).containsEntry("raw", new BigDecimal("22"));
    }

    @Test
    void aBatchOfOnePersonsMeasurementsInAnyOrderIsFollowedAsIfTheyCameOneByOne() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser worker = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(council);
        UUID other = peopleFixture.newPerson(council);
        record(worker, someone, 30, rawOf(20));
        LocalDate today = LocalDate.now();
        var placement = new MeasurementStore.Placement(council, "AREA-B", null);
        var scorer = library.scorer("swemwbs").orElseThrow();
        List<MeasurementStore.Placed> batch = new ArrayList<>();
        for (int[] daysAgoAndRaw : new int[][] {{5, 25}, {40, 10}, {2, 30}, {20, 18}}) {
            batch.add(new MeasurementStore.Placed(measured(scorer, someone, today.minusDays(daysAgoAndRaw[0]),
                    rawOf(daysAgoAndRaw[1])), placement));
        }
        // Nothing answered: no score, so no part in the figures.
        batch.add(new MeasurementStore.Placed(measured(scorer, other, today, Map.of()), placement));
        SystemScope.run(() -> store.insertAll(batch, null));

        var rows = cohorts.of(worker, "swemwbs", "raw", Grouping.AREA);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("AREA-B");
            assertThat(row.measured()).isEqualTo(1);
            assertThat(row.meanFirst()).isEqualByComparingTo("10.00");
            assertThat(row.meanLatest()).isEqualByComparingTo("30.00");
        });
    }

    @Test
    void manyScoresOfOnePersonInOneStatementAreMergedWithWhatIsStored() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser worker = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(council);
        record(worker, someone, 30, rawOf(20));
        LocalDate today = LocalDate.now();
        // Four more in one insert statement: two on the same day (the higher id counts as later), one earlier
        // than the stored one, and none after today.
        List<UUID> ids = new ArrayList<>(List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID()));
        // In PostgreSQL's order (byte by byte, as the text sorts), not Java's signed comparison.
        ids.sort(java.util.Comparator.comparing(UUID::toString));
        Object[][] rows = {{ids.get(0), today.minusDays(2), 25}, {ids.get(3), today.minusDays(2), 33},
                {ids.get(1), today.minusDays(60), 11}, {ids.get(2), today.minusDays(5), 18}};
        SystemScope.run(() -> {
            for (Object[] row : rows) {
                jdbc.sql("""
                        insert into measurement (id, person_id, held_by, instrument, instrument_version,
                                                 administered_on, mode, created_at)
                        values (?, ?, ?, 'swemwbs', '1', ?, 'WITH_WORKER', now())""")
                        .params(row[0], someone, council, row[1]).update();
            }
            jdbc.sql("""
                    insert into measurement_score (measurement_id, score, value, person_id, held_by, instrument,
                                                   administered_on)
                    values (?, 'raw', ?, ?, ?, 'swemwbs', ?), (?, 'raw', ?, ?, ?, 'swemwbs', ?),
                           (?, 'raw', ?, ?, ?, 'swemwbs', ?), (?, 'raw', ?, ?, ?, 'swemwbs', ?)""")
                    .params(rows[0][0], rows[0][2], someone, council, rows[0][1],
                            rows[1][0], rows[1][2], someone, council, rows[1][1],
                            rows[2][0], rows[2][2], someone, council, rows[2][1],
                            rows[3][0], rows[3][2], someone, council, rows[3][1])
                    .update();
        });

        var row = cohorts.of(worker, "swemwbs", "raw", Grouping.COUNCIL).getFirst();

        assertThat(row.measured()).isEqualTo(1);
        assertThat(row.meanFirst()).isEqualByComparingTo("11.00");
        assertThat(row.meanLatest()).isEqualByComparingTo("33.00");
        assertThat(SystemScope.call(() -> jdbc.sql(
                "select times from measurement_trajectory where person_id = ? and score = 'raw'")
                .param(someone).query(Integer.class).single())).isEqualTo(5);
    }

    @Test
    void theFollowedFiguresAreThoseOfEveryScoreReadAgainForTheDemoCouncil() {
        CylchUser commissioner = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.COMMISSIONER);
        int compared = 0;
        List<InstrumentDefinition> instruments = library.available(DEMO_COUNCIL);
        // The demo council's own questionnaire is among them, followed like the shipped ones.
        assertThat(instruments).extracting(InstrumentDefinition::code).contains("teimlo-gartref");
        for (InstrumentDefinition instrument : instruments) {
            for (ScoreDefinition score : instrument.scores()) {
                // By provider and contract: anAgreementsPeopleCountForItsProviderAndContract, with known figures.
                for (Grouping grouping : List.of(Grouping.COUNCIL, Grouping.AREA, Grouping.DOMAIN)) {
                    var followed = cohorts.of(commissioner, instrument.code(), score.code(), grouping);
                    assertThat(followed).as("%s/%s by %s", instrument.code(), score.code(), grouping)
                            .isEqualTo(fromEveryScore(instrument.code(), score, grouping));
                    compared += followed.size();
                }
            }
        }
        assertThat(compared).as("groups compared").isGreaterThan(20);
    }

    /** The same figures from every stored score, by the benchmark's hand-written aggregate. */
    private List<CohortRow> fromEveryScore(String instrument, ScoreDefinition score, Grouping grouping) {
        String key = switch (grouping) {
            case COUNCIL -> "''::text";
            case AREA -> "area_code";
            case DOMAIN -> "outcome_domain";
            case PROVIDER, CONTRACT -> throw new IllegalArgumentException("not by the hand-written aggregate");
        };
        int direction = score.lowerIsBetter() ? -1 : 1;
        BigDecimal threshold = score.meaningfulChange() == null ? new BigDecimal("1e9") : score.meaningfulChange();
        return jdbc.sql(EVERY_SCORE.formatted(key))
                .params(DEMO_COUNCIL, instrument, score.code(), direction, direction, threshold)
                .query((rs, n) -> new CohortRow(rs.getString("key"), rs.getLong("measured"), rs.getLong("repeated"),
                        rs.getBigDecimal("mean_first"), rs.getBigDecimal("mean_latest"),
                        rs.getBigDecimal("mean_change"), rs.getLong("improved"), rs.getLong("meaningful")))
                .list();
    }

    private static Measurement measured(InstrumentScorer scorer, UUID person, LocalDate on,
                                        Map<String, BigDecimal> answers) {
        return new Measurement(UUID.randomUUID(), person, scorer.definition().code(), scorer.definition().version(),
                on, AdministrationMode.WITH_WORKER, null, new HashMap<>(answers), scorer.score(answers),
                Instant.now());
    }

    @Test
    void forAScoreWhereLowerIsBetterAFallCountsAsImprovement() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null);
        CylchUser worker = SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(council);
        record(worker, someone, "cylch-profile", 30, profileAll(3));
        record(worker, someone, "cylch-profile", 1, profileAll(1));

        var total = cohorts.of(worker, "cylch-profile", "total", Grouping.COUNCIL).getFirst();

        // 45 concerns down to 15: thirty points better, beyond the threshold of 5
        assertThat(total.meanChange()).isEqualByComparingTo("-30.00");
        assertThat(total.improved()).isEqualTo(1);
        assertThat(total.meaningfullyImproved()).isEqualTo(1);
    }

    @Test
    void commissionersSeeThePageAndCsvOfTheirOwnCouncilOnly() {
        WebSession commissioner = new WebSession(port);
        commissioner.signIn(fixture.user(DEMO_COUNCIL, Role.COMMISSIONER).username(), PASSWORD);
        WebSession careManager = new WebSession(port);
        careManager.signIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER).username(), PASSWORD);

        var page = commissioner.get("/measurement/cohorts?measure=swemwbs/metric&groupBy=AREA&lang=cy");
        var csv = commissioner.download("/measurement/cohorts/export.csv?measure=swemwbs/metric&groupBy=AREA");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Pellter a deithiwyd fesul carfan").contains("Sgôr metrig SWEMWBS");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("group,measured,measured_more_than_once,mean_first");
        var xlsx = commissioner.downloadBytes("/measurement/cohorts/export.xlsx?measure=swemwbs/metric&groupBy=AREA");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .contains("spreadsheetml"));
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
        assertThat(careManager.downloadBytes("/measurement/cohorts/export.xlsx").statusCode()).isEqualTo(403);
        assertThat(careManager.get("/measurement/cohorts").statusCode()).isEqualTo(403);
        String firstProvider = SystemScope.call(() -> jdbc.sql("select name from organisation where id = ?")
                .param(DEMO_FIRST_PROVIDER).query(String.class).single());
        assertThat(commissioner.get("/measurement/cohorts?measure=swemwbs/metric&groupBy=PROVIDER&lang=en").body())
                .as("the demo council's providers, by name").contains(firstProvider);
        String reference = SystemScope.call(() -> jdbc.sql("""
                        select c.reference from contract c
                        where c.held_by = ? and exists (select 1 from service_agreement a where a.contract_id = c.id)
                        order by c.reference limit 1""").param(DEMO_COUNCIL).query(String.class).single());
        assertThat(commissioner.download("/measurement/cohorts/export.csv?measure=swemwbs/metric&groupBy=CONTRACT")
                .body()).as("contracts by reference").contains("\"" + reference + "\"");
        assertThat(careManager.download("/measurement/cohorts/export.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void thePageOpensOnTheMostMeasuredScoreWithAreaNamesAndItsScaleOnTheAxis() {
        WebSession commissioner = new WebSession(port);
        commissioner.signIn(fixture.user(DEMO_COUNCIL, Role.COMMISSIONER).username(), PASSWORD);
        String mostMeasured = SystemScope.call(() -> jdbc.sql("""
                        select instrument || '/' || score from measurement_trajectory where held_by = ?
                        group by instrument, score order by count(*) desc, instrument, score limit 1""")
                .param(DEMO_COUNCIL).query(String.class).single());

        var page = commissioner.get("/measurement/cohorts?groupBy=AREA&lang=cy").body();

        assertThat(page).containsPattern("value=\"" + mostMeasured + "\"\\s+selected=\"selected\"")
                .doesNotContain("Nid oes neb wedi’i fesur ar hwn eto").contains("Aberwen a’r cylch")
                .doesNotContain(">MYN-ABW<").contains("data-axis-min=\"0\"").contains("mae’r raddfa’n mynd o");
        assertThat(commissioner.get("/measurement/cohorts?groupBy=AREA&lang=en").body())
                .contains("Aberwen and district");
    }

    @Test
    void eachScoreOfAPersonsMeasurementsHasAChartOfItsOwnOnItsOwnScale() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        CylchUser worker = SignedIn.as(careManager.id(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        record(worker, someone, 90, rawOf(14));
        record(worker, someone, 0, rawOf(28));
        SignedIn.clear();
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);

        var page = browser.get("/people/" + someone + "/measurements").body();

        assertThat(page).contains("data-chart-series=\"raw\"").contains("data-chart-series=\"metric\"")
                .contains("data-series=\"raw\"").contains("data-series=\"metric\"")
                .contains("data-axis-min=\"7\"").contains("data-axis-max=\"35\"").contains("(scale 7 to 35)");
    }

    private void record(CylchUser worker, UUID person, int daysAgo, Map<String, BigDecimal> answers) {
        record(worker, person, "swemwbs", daysAgo, answers);
    }

    private void record(CylchUser worker, UUID person, String instrument, int daysAgo,
                        Map<String, BigDecimal> answers) {
        measurements.record(worker, person, new NewMeasurement(instrument, LocalDate.now().minusDays(daysAgo),
                AdministrationMode.WITH_WORKER, answers, null));
    }

    /** SWEMWBS answers summing to the raw score. */
    private static Map<String, BigDecimal> rawOf(int raw) {
        Map<String, BigDecimal> answers = new HashMap<>();
        int remaining = raw - SWEMWBS.size();
        for (String item : SWEMWBS) {
            int extra = Math.min(4, remaining);
            answers.put(item, BigDecimal.valueOf(1 + extra));
            remaining -= extra;
        }
        return answers;
    }

    private Map<String, BigDecimal> profileAll(int level) {
        Map<String, BigDecimal> answers = new HashMap<>();
        ShippedInstruments.scorer("cylch-profile").definition().items()
                .forEach(item -> answers.put(item.code(), BigDecimal.valueOf(level)));
        return answers;
    }

    private static String resource(String name) {
        try (var in = CohortTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
