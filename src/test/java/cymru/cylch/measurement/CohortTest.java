package cymru.cylch.measurement;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.measurement.MeasurementCohorts.Grouping;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cohort views: figures checked by hand on a council of three people, the direction of better, the walls. */
@CylchIntegrationTest
class CohortTest {

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

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void theFiguresAreThoseWorkedOutByHand() {
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
        assertThat(careManager.download("/measurement/cohorts/export.csv").statusCode()).isEqualTo(403);
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
        measurements.instrument("cylch-profile").orElseThrow().items()
                .forEach(item -> answers.put(item.code(), BigDecimal.valueOf(level)));
        return answers;
    }
}
