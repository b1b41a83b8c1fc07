package cymru.cylch.measurement;

import static cymru.cylch.support.ApiChecks.auditedThroughApi;
import static cymru.cylch.support.ApiChecks.brokenRule;
import static cymru.cylch.support.ApiChecks.invalidFields;
import static cymru.cylch.support.ApiChecks.json;
import static cymru.cylch.support.ApiChecks.problem;
import static cymru.cylch.support.ApiChecks.replayed;
import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, item 7: a case system records measurements through {@code /api/v1} as the measurement pages do:
 * answers stored and scored as sent, audited as done through the API; bad answers named (400), broken rules
 * 422 in the caller's language; another organisation's person not found; readers may not record.
 */
@CylchIntegrationTest
class MeasurementApiTest {

    private static final String CARE_MANAGER = "cylch-demo-token-caremanager";
    private static final String BROKER = "cylch-demo-token-broker";
    private static final String AUDITOR = "cylch-demo-token-auditor";
    private static final String PROVIDER = "cylch-demo-token-provider";

    @LocalServerPort
    int port;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    OutcomePlanning planning;

    @Autowired
    Today today;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMeasurementIsStoredAndScoredAsSentAuditedAndReadBack() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID outcome = agreed(someone);
        var api = new ApiClient(port);

        var recorded = api.post(measurements(someone), CARE_MANAGER, measurement(today.date(), answers("3"),
                "\"" + outcome + "\""));

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        UUID id = UUID.fromString(json(recorded).path("id").asString());
        assertThat(recorded.headers().firstValue("Location")).hasValue(measurements(someone) + "/" + id);
        assertThat(json(recorded).path("scores").path("raw").decimalValue()).isEqualByComparingTo("21");
        assertThat(json(recorded).path("scores").path("metric").decimalValue()).isEqualByComparingTo("19.25");
        var stored = SystemScope.call(() -> jdbc.queryForMap("""
                select person_id, held_by, instrument, administered_on, mode, outcome_id from measurement
                where id = ?""", id));
        assertThat(stored).containsEntry("person_id", someone).containsEntry("held_by", DEMO_COUNCIL)
                .containsEntry("instrument", "swemwbs").containsEntry("mode", "WITH_WORKER")
                .containsEntry("outcome_id", outcome);
        assertThat(stored.get("administered_on").toString()).isEqualTo(today.date().toString());
        assertThat(SystemScope.call(() -> jdbc.queryForList(
                "select answer from measurement_answer where measurement_id = ?", BigDecimal.class, id)))
                .hasSize(7).allSatisfy(answer -> assertThat(answer).isEqualByComparingTo("3"));
        assertThat(auditedThroughApi(jdbc, DEMO_COUNCIL, "CREATED", "measurement", id)).isEqualTo(1);

        var list = api.get(measurements(someone), BROKER);
        var one = api.get(measurements(someone) + "/" + id, AUDITOR);

        assertThat(json(list).valueStream().map(m -> m.path("id").asString())).containsExactly(id.toString());
        assertThat(json(one).path("scores").path("metric").decimalValue()).isEqualByComparingTo("19.25");
        assertThat(json(one).path("answers").path("item1").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void brokenRulesAre422NamingTheRuleInTheCallersLanguage() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID otherPerson = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID notTheirs = agreed(otherPerson);
        var api = new ApiClient(port);

        brokenRule(api.post(measurements(someone), CARE_MANAGER, measurement(today.date().plusDays(1),
                answers("3"), "null"), "cy"), "measurement.date.future", "Ni all dyddiad y mesuriad fod yn y dyfodol");
        brokenRule(api.post(measurements(someone), CARE_MANAGER, measurement(today.date(), answers("3"),
                "\"" + notTheirs + "\"")), "measurement.outcome.unknown", "Choose one of this person’s outcomes");
        brokenRule(api.post(measurements(someone), CARE_MANAGER, measurement(today.date(), answers("null"), "null")),
                "measurement.answers.tooFew",
                "Answer more of the questions: with so few answered, this instrument gives no score");

        assertThat(measurementsOf(someone)).isZero();
    }

    @Test
    void badAnswersAndBadFieldsAre400NamingThemAndStoreNothing() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        String valid = measurement(today.date(), answers("3"), "null");

        var answers = problem(api.post(measurements(someone), CARE_MANAGER, valid.replace("\"item1\": 3",
                "\"item1\": \"three\"").replace("\"item2\": 3", "\"item2\": 9").replace("\"item3\": 3",
                "\"item3\": 1e999999999, \"item99\": 3")), 400);
        invalidFields(api.post(measurements(someone), CARE_MANAGER, valid.replace("\"swemwbs\"", "\" \"")),
                "instrument");
        invalidFields(api.post(measurements(someone), CARE_MANAGER, valid.replace(today.date().toString(),
                "2026-13-01")), "administeredOn");
        invalidFields(api.post(measurements(someone), CARE_MANAGER, valid.replace("WITH_WORKER", "NOW_AND_THEN")),
                "mode");
        problem(api.post(measurements(someone), CARE_MANAGER, valid.replace("\"swemwbs\"", "\"no-such-thing\"")),
                404);

        assertThat(answers.path("type").asString()).isEqualTo("urn:cylch:problem:answers");
        Set<String> named = answers.path("errors").valueStream().map(e -> e.path("item").asString())
                .collect(Collectors.toSet());
        assertThat(named).containsExactlyInAnyOrder("item1", "item2", "item3", "item99");
        assertThat(measurementsOf(someone)).isZero();
    }

    @Test
    void anotherOrganisationsPersonIsNotFoundAndNothingIsWritten() {
        UUID theirs = peopleFixture.newPerson(fixture.organisation(OrganisationKind.COUNCIL, null));
        UUID ours = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        var recorded = api.post(measurements(ours), CARE_MANAGER, measurement(today.date(), answers("4"), "null"));
        String ourMeasurement = json(recorded).path("id").asString();
        UUID alsoOurs = peopleFixture.newPerson(DEMO_COUNCIL);

        problem(api.post(measurements(theirs), CARE_MANAGER, measurement(today.date(), answers("3"), "null")), 404);
        problem(api.get(measurements(theirs), CARE_MANAGER), 404);
        problem(api.get(measurements(alsoOurs) + "/" + ourMeasurement, CARE_MANAGER), 404);

        assertThat(measurementsOf(theirs)).isZero();
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from audit_event
                where organisation_id = ? and action = 'ACCESS_REFUSED' and record_id in (?, ?)""", Integer.class,
                DEMO_COUNCIL, theirs.toString(), ourMeasurement))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void onlyCareManagersRecordAndCallersMustAuthenticate() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        String body = measurement(today.date(), answers("3"), "null");

        problem(api.post(measurements(someone), BROKER, body), 403);
        problem(api.post(measurements(someone), AUDITOR, body), 403);
        problem(api.post(measurements(someone), null, body), 401);
        problem(api.get(measurements(someone), PROVIDER), 403);
        problem(api.get(measurements(someone), null), 401);

        assertThat(measurementsOf(someone)).isZero();
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneMeasurementAndGetsTheSameAnswer() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        String key = UUID.randomUUID().toString();
        String body = measurement(today.date(), answers("2"), "null");

        var first = api.post(measurements(someone), CARE_MANAGER, body, Map.of("Idempotency-Key", key));
        var again = api.post(measurements(someone), CARE_MANAGER, body, Map.of("Idempotency-Key", key));

        replayed(first, again);
        assertThat(measurementsOf(someone)).isEqualTo(1);
    }

    @Test
    void theApiDescriptionShowsAnExampleAndEveryAnswer() {
        var record = ApiChecks.operation(new ApiClient(port), "/api/v1/people/{personId}/measurements", "post");

        assertThat(ApiChecks.responseCodes(record)).contains("201", "400", "401", "403", "404", "409", "422");
        assertThat(record.path("requestBody").toString()).contains("swemwbs").contains("item11");
    }

    private UUID agreed(UUID person) {
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        try {
            return planning.agree(actor, person, new OutcomeAgreement("I want to feel hopeful again",
                    "wales-nof/health", null, null, null, null, true, true), true).id();
        } finally {
            SignedIn.clear();
        }
    }

    private static String measurements(UUID person) {
        return "/api/v1/people/" + person + "/measurements";
    }

    /** Every SWEMWBS item with the same answer, as JSON (a number, or null). */
    private static String answers(String each) {
        return Set.of("item1", "item2", "item3", "item6", "item7", "item9", "item11").stream().sorted()
                .map(item -> "\"" + item + "\": " + each).collect(Collectors.joining(", ", "{", "}"));
    }

    /** A SWEMWBS taken with a worker; {@code outcome} is JSON (a quoted id, or null). */
    private static String measurement(LocalDate on, String answers, String outcome) {
        return """
                {"instrument": "swemwbs", "administeredOn": "%s", "mode": "WITH_WORKER", "answers": %s,
                 "outcomeId": %s}""".formatted(on, answers, outcome);
    }

    private int measurementsOf(UUID person) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from measurement where person_id = ?",
                Integer.class, person));
    }
}
