package cymru.cylch.measurement;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.PersonalDataSection;
import cymru.cylch.people.SubjectAccess;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Recording measurements: scored and stored whole, the event, distance travelled, the pages, and the walls. */
@CylchIntegrationTest
@RecordApplicationEvents
class MeasurementsTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    Measurements measurements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    OutcomePlanning outcomes;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aMeasurementIsStoredWithItsScoresAndTheDistanceTravelledShows() {
        CylchUser actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);

        var first = measurements.record(actor, someone, swemwbs(LocalDate.now().minusMonths(6), 2));
        measurements.record(actor, someone, swemwbs(LocalDate.now(), 4));

        assertThat(first.scores()).containsEntry("raw", new BigDecimal("14")).containsEntry("metric", new BigDecimal("15.32"));
        var history = measurements.of(actor, someone);
        assertThat(history).hasSize(2);
        var changes = Measurements.distanceTravelled(ShippedInstruments.scorer("swemwbs").definition(), history);
        assertThat(changes).extracting(ScoreChange::score).containsExactly("raw", "metric");
        // raw 14 -> 28: metric 15.32 -> 25.03, a change of 9.71, beyond the threshold of 3
        assertThat(changes.get(1).change()).isEqualByComparingTo("9.71");
        assertThat(changes.get(1).meaning()).isEqualTo(ScoreChange.Meaning.IMPROVED);
        assertThat(events.stream(MeasurementRecorded.class)).hasSize(2).first()
                .satisfies(e -> assertThat(e.scores()).containsEntry("metric", new BigDecimal("15.32")));
    }

    @Test
    void badAnswersStoreNothing() {
        CylchUser actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        Map<String, BigDecimal> answers = new HashMap<>(swemwbs(LocalDate.now(), 3).answers());
        answers.put("item7", new BigDecimal("6"));

        assertThatThrownBy(() -> measurements.record(actor, someone, new NewMeasurement("swemwbs", LocalDate.now(),
                AdministrationMode.WITH_WORKER, answers, null))).isInstanceOf(InvalidAnswers.class);
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from measurement where person_id = ?", Integer.class, someone))).isZero();
    }

    @Test
    void aMeasurementTheInstrumentsRulesCannotScoreOrDatedBeforeBirthIsRefused() {
        CylchUser actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        Map<String, BigDecimal> sixOfSeven = new HashMap<>(swemwbs(LocalDate.now(), 3).answers());
        sixOfSeven.remove("item11");

        assertTooFew(() -> measurements.record(actor, someone, new NewMeasurement("swemwbs", LocalDate.now(),
                AdministrationMode.WITH_WORKER, Map.of(), null)));
        // SWEMWBS allows no missing answers.
        assertTooFew(() -> measurements.record(actor, someone, new NewMeasurement("swemwbs", LocalDate.now(),
                AdministrationMode.WITH_WORKER, sixOfSeven, null)));
        // The fixture's person was born in 1940.
        assertThatThrownBy(() -> measurements.record(actor, someone, swemwbs(LocalDate.of(1800, 1, 1), 3)))
                .isInstanceOfSatisfying(RuleViolationException.class, rule -> {
                                        assertThat(rule.code()).isEqualTo("measurement.date.beforeBirth");
                });
        SignedIn.clear();

        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        browser.get("/people/" + someone + "/measurements/new?instrument=swemwbs&lang=cy");
        var empty = browser.post("/people/" + someone + "/measurements", form("swemwbs", 0, "3"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.links(empty.body())).containsExactly("answersitem1");
        assertThat(ErrorSummaries.fieldError(empty.body(), "answers[item1]"))
                .contains("Atebwch ragor o’r cwestiynau");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from measurement where person_id = ?", Integer.class, someone))).isZero();
    }

    private static void assertTooFew(Runnable recording) {
        assertThatThrownBy(recording::run).isInstanceOfSatisfying(RuleViolationException.class, rule -> {
            assertThat(rule.part()).isEqualTo("item1");
            assertThat(rule.code()).isEqualTo("measurement.answers.tooFew");
        });
    }

    @Test
    void aCareManagerRecordsAWemwbsThroughTheFormAndSeesItInWelsh() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        assertThat(browser.get("/people/" + someone + "/measurements/new?instrument=wemwbs&lang=cy").body())
                .contains("Rydw i wedi bod yn teimlo’n obeithiol am y dyfodol").contains("Drwy’r amser");
        Map<String, String> form = form("wemwbs", 14, "4");
        form.put("answers[item3]", "9");
        form.put("mode", "");

        var refused = browser.post("/people/" + someone + "/measurements", form);
        form.put("answers[item3]", "2");
        form.put("mode", "WITH_WORKER");
        var saved = browser.post("/people/" + someone + "/measurements", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Dewiswch un o’r atebion a roddwyd").contains("Dewiswch pwy atebodd");
        assertThat(WebSession.redirectsTo(saved, "/people/" + someone + "/measurements")).isTrue();
        assertThat(browser.get("/people/" + someone + "/measurements").body()).contains("Sgôr WEMWBS")
                .contains("data-value=\"54\"").contains("NHS Health Scotland");
    }

    @Test
    void aMeasurementLinkedToAnOutcomeIsShownAsItsEvidenceAtReview() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        CylchUser actor = SignedIn.as(careManager.id(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var outcome = outcomes.agree(actor, someone, new OutcomeAgreement(
                "I want to feel less low in the mornings", "wales-nof/health", null, null, null, null, true, true));
        var linked = swemwbs(LocalDate.now(), 5);
        measurements.record(actor, someone, new NewMeasurement("swemwbs", LocalDate.now(),
                AdministrationMode.WITH_WORKER, linked.answers(), outcome.id()));
        measurements.record(actor, someone, swemwbs(LocalDate.now(), 1));
        SignedIn.clear();
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);

        var review = browser.get("/people/" + someone + "/outcomes/" + outcome.id() + "/reviews/new").body();
        var evidence = browser.get("/people/" + someone + "/measurements/evidence?outcome=" + outcome.id()).body();

        assertThat(review).contains("/measurements/evidence?outcome=" + outcome.id());
        assertThat(evidence).contains("SWEMWBS metric score: 35.00").doesNotContain("SWEMWBS metric score: 7.00");
    }

    @Test
    void brokersReadButDoNotRecordAndOtherCouncilsAndProvidersSeeNothing() {
        CylchUser actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        measurements.record(actor, someone, swemwbs(LocalDate.now(), 3));
        SignedIn.clear();
        WebSession broker = new WebSession(port);
        broker.signIn(fixture.user(DEMO_COUNCIL, Role.BROKER).username(), PASSWORD);
        WebSession stranger = new WebSession(port);
        stranger.signIn(fixture.user(fixture.organisation(OrganisationKind.COUNCIL, null), Role.CARE_MANAGER)
                .username(), PASSWORD);
        WebSession provider = new WebSession(port);
        provider.signIn(fixture.user(DEMO_FIRST_PROVIDER, Role.PROVIDER_USER).username(), PASSWORD);

        assertThat(broker.get("/people/" + someone + "/measurements").statusCode()).isEqualTo(200);
        assertThat(broker.get("/people/" + someone + "/measurements/new?instrument=wemwbs").statusCode())
                .isEqualTo(403);
        assertThat(stranger.get("/people/" + someone + "/measurements").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/people/" + someone + "/measurements/evidence?outcome=" + UUID.randomUUID())
                .statusCode()).isEqualTo(404);
        stranger.get("/people/" + someone + "/measurements/new?instrument=swemwbs");
        assertThat(stranger.post("/people/" + someone + "/measurements", form("swemwbs", 7, "3")).statusCode())
                .isEqualTo(404);
        assertThat(provider.get("/people/" + someone + "/measurements").statusCode()).isEqualTo(403);
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from measurement where person_id = ?", Integer.class, someone))).isEqualTo(1);
    }

    @Test
    void aSubjectAccessExportIncludesEveryMeasurementWithItsAnswersAndScores() {
        CylchUser worker = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID someoneElse = peopleFixture.newPerson(DEMO_COUNCIL);
        measurements.record(worker, someone, swemwbs(LocalDate.of(2026, 3, 2), 2));
        measurements.record(worker, someoneElse, swemwbs(LocalDate.of(2026, 3, 3), 5));
        CylchUser auditor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.AUDITOR);

        var export = subjectAccess.export(auditor, someone);

        // Providers' views of progress are a section of their own (people's), empty for this person.
        assertThat(export.sections()).filteredOn(section -> section.name().equals("measurements")).singleElement()
                .satisfies(section -> {
            assertThat(section.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.title()).isEqualTo("swemwbs, 2026-03-02");
                assertThat(entry.details()).contains(new PersonalDataSection.Detail("answer item1", "2"),
                        new PersonalDataSection.Detail("score raw", "14"),
                        new PersonalDataSection.Detail("score metric", "15.32"),
                        new PersonalDataSection.Detail("completed by", "with_worker"));
            });
        });
        assertThat(WebSession.pdfText(subjectAccess.print(auditor, someone).content()))
                .contains("Wellbeing measurements").contains("swemwbs, 2026-03-02").contains("score metric");
    }

    private static NewMeasurement swemwbs(LocalDate on, int each) {
        Map<String, BigDecimal> answers = new HashMap<>();
        for (String item : new String[] {"item1", "item2", "item3", "item6", "item7", "item9", "item11"}) {
            answers.put(item, BigDecimal.valueOf(each));
        }
        return new NewMeasurement("swemwbs", on, AdministrationMode.WITH_WORKER, answers, null);
    }

    private static Map<String, String> form(String instrument, int items, String each) {
        Map<String, String> form = new HashMap<>();
        LocalDate today = LocalDate.now();
        form.put("instrument", instrument);
        form.put("administeredDay", "" + today.getDayOfMonth());
        form.put("administeredMonth", "" + today.getMonthValue());
        form.put("administeredYear", "" + today.getYear());
        form.put("mode", "WITH_WORKER");
        for (int i = 1; i <= items; i++) {
            form.put("answers[item" + i + "]", each);
        }
        return form;
    }
}
