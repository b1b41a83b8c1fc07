package cymru.cylch.people;

import static cymru.cylch.support.ApiChecks.auditedThroughApi;
import static cymru.cylch.support.ApiChecks.brokenRule;
import static cymru.cylch.support.ApiChecks.invalidFields;
import static cymru.cylch.support.ApiChecks.json;
import static cymru.cylch.support.ApiChecks.problem;
import static cymru.cylch.support.ApiChecks.replayed;
import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, item 7: a case system agrees outcomes and records reviews through {@code /api/v1} under the pages'
 * rules, walls and audit: what is sent is stored and audited as done through the API; another organisation's
 * person or outcome is not found and nothing is written; readers may not write; broken rules are 422 in the
 * caller's language; bad bodies are 400 naming the field; an Idempotency-Key makes a retry safe.
 */
@CylchIntegrationTest
class OutcomesApiTest {

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
    PersonManagement people;

    @Autowired
    Today today;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void anAgreedOutcomeIsStoredAsSentAuditedAndReadBack() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        LocalDate target = today.date().plusMonths(6);
        var api = new ApiClient(port);

        var agreed = api.post(outcomes(someone), CARE_MANAGER, outcome("I want to see my grandchildren every week",
                "wales-nof/relationships", target, false));

        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(201);
        UUID id = UUID.fromString(json(agreed).path("id").asString());
        assertThat(agreed.headers().firstValue("Location")).hasValue(outcomes(someone) + "/" + id);
        assertThat(json(agreed).path("agreedOn").asString()).isEqualTo(today.date().toString());
        var stored = SystemScope.call(() -> jdbc.queryForMap("""
                select person_id, held_by, statement, domain, indicator, baseline, target_date, contributors, genuine,
                       realistic, agreed_on
                from personal_outcome where id = ?""", id));
        assertThat(stored).containsEntry("person_id", someone).containsEntry("held_by", DEMO_COUNCIL)
                .containsEntry("statement", "I want to see my grandchildren every week")
                .containsEntry("domain", "wales-nof/relationships").containsEntry("indicator", "Visits each week")
                .containsEntry("baseline", "Once a month").containsEntry("contributors", "Her daughter drives")
                .containsEntry("genuine", true).containsEntry("realistic", true);
        assertThat(stored.get("target_date").toString()).isEqualTo(target.toString());
        assertThat(auditedThroughApi(jdbc, DEMO_COUNCIL, "CREATED", "personal-outcome", id)).isEqualTo(1);

        var list = api.get(outcomes(someone), BROKER);
        var one = api.get(outcomes(someone) + "/" + id, AUDITOR);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).valueStream().map(o -> o.path("id").asString())).containsExactly(id.toString());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json(one).path("statement").asString()).isEqualTo("I want to see my grandchildren every week");
        assertThat(json(one).path("targetDate").asString()).isEqualTo(target.toString());
        assertThat(auditedThroughApi(jdbc, DEMO_COUNCIL, "VIEWED", "person", someone)).isEqualTo(2);
    }

    @Test
    void wordsTheHelperReadsAsAnOutputNeedTheWorkersConfirmation() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        String output = outcome("Provide 10 hours of home care a week", "wales-nof/health", null, false);

        var refused = api.post(outcomes(someone), CARE_MANAGER, output);
        var confirmed = api.post(outcomes(someone), CARE_MANAGER, outcome("Provide 10 hours of home care a week",
                "wales-nof/health", null, true));

        assertThat(problem(refused, 422).path("rule").asString()).startsWith("outcome.confirm.");
        assertThat(confirmed.statusCode()).isEqualTo(201);
        assertThat(json(confirmed).path("statementKind").asString()).isNotEqualTo("OUTCOME");
        assertThat(outcomesOf(someone)).isEqualTo(1);
    }

    @Test
    void aReviewIsStoredAsSentAuditedAndInTheHistory() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID outcome = agreed(someone);
        var api = new ApiClient(port);

        var reviewed = api.post(reviews(someone, outcome), CARE_MANAGER, review(today.date(), 7, true,
                "\"The provider thinks she is ready for more\""));

        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(201);
        UUID id = UUID.fromString(json(reviewed).path("id").asString());
        assertThat(reviewed.headers().firstValue("Location")).hasValue(reviews(someone, outcome));
        var stored = SystemScope.call(() -> jdbc.queryForMap("""
                select outcome_id, person_id, reviewed_on, rating, progress_score, evidence, person_view, carer_view,
                       views_differ, disagreement
                from outcome_review where id = ?""", id));
        assertThat(stored).containsEntry("outcome_id", outcome).containsEntry("person_id", someone)
                .containsEntry("rating", "PARTLY_ACHIEVED").containsEntry("progress_score", 7)
                .containsEntry("evidence", "Saw them on three weeks out of four")
                .containsEntry("person_view", "I look forward to it").containsEntry("carer_view", null)
                .containsEntry("views_differ", true)
                .containsEntry("disagreement", "The provider thinks she is ready for more");
        assertThat(stored.get("reviewed_on").toString()).isEqualTo(today.date().toString());
        assertThat(auditedThroughApi(jdbc, DEMO_COUNCIL, "CREATED", "outcome-review", id)).isEqualTo(1);

        var history = api.get(reviews(someone, outcome), BROKER);

        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(json(history).valueStream().map(r -> r.path("id").asString())).containsExactly(id.toString());
        assertThat(json(history).get(0).path("progressScore").asInt()).isEqualTo(7);
    }

    @Test
    void brokenRulesAre422NamingTheRuleInTheCallersLanguage() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID outcome = agreed(someone);
        UUID died = peopleFixture.newPerson(DEMO_COUNCIL);
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        people.recordDeath(actor, died, today.date().minusDays(1));
        SignedIn.clear();
        var api = new ApiClient(port);

        brokenRule(api.post(reviews(someone, outcome), CARE_MANAGER, review(today.date().minusDays(1), 5, false,
                "null"), "cy"), "review.date.beforeAgreed",
                "Ni all yr adolygiad fod cyn i’r canlyniad gael ei gytuno");
        brokenRule(api.post(reviews(someone, outcome), CARE_MANAGER, review(today.date(), 5, true, "null")),
                "review.disagreement.missing", "Say where and how the views differ");
        brokenRule(api.post(outcomes(died), CARE_MANAGER, outcome("I want to sleep well", "wales-nof/health", null,
                false), "cy"), "outcome.personDied", "Ni ellir cytuno ar ganlyniadau ar ôl marwolaeth unigolyn");
        brokenRule(api.post(outcomes(someone), CARE_MANAGER, outcome("I want to sleep well", "wales-nof/nowhere",
                null, false)), "outcome.domain.unknown", "Choose a domain from the list");

        assertThat(outcomesOf(someone)).isEqualTo(1);
        assertThat(outcomesOf(died)).isZero();
        assertThat(reviewsOf(outcome)).isZero();
    }

    @Test
    void anotherOrganisationsPersonOrOutcomeIsNotFoundAndNothingIsWritten() {
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        UUID theirs = peopleFixture.newPerson(otherCouncil);
        UUID theirOutcome = planning.agree(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.CARE_MANAGER), theirs,
                new OutcomeAgreement("I want to walk to the shop", "wales-nof/health", null, null, null, null, true,
                        true), true).id();
        SignedIn.clear();
        UUID ours = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID ourOutcome = agreed(ours);
        UUID alsoOurs = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);

        problem(api.post(outcomes(theirs), CARE_MANAGER, outcome("I want to walk to the shop", "wales-nof/health",
                null, false)), 404);
        problem(api.post(reviews(theirs, theirOutcome), CARE_MANAGER, review(today.date(), 5, false, "null")), 404);
        problem(api.post(reviews(ours, theirOutcome), CARE_MANAGER, review(today.date(), 5, false, "null")), 404);
        problem(api.post(reviews(alsoOurs, ourOutcome), CARE_MANAGER, review(today.date(), 5, false, "null")), 404);
        problem(api.get(outcomes(theirs), CARE_MANAGER), 404);
        problem(api.get(outcomes(ours) + "/" + theirOutcome, CARE_MANAGER), 404);
        problem(api.get(reviews(theirs, theirOutcome), CARE_MANAGER), 404);

        assertThat(outcomesOf(theirs)).isEqualTo(1);
        assertThat(reviewsOf(theirOutcome)).isZero();
        assertThat(reviewsOf(ourOutcome)).isZero();
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from audit_event
                where organisation_id = ? and action = 'ACCESS_REFUSED' and record_id in (?, ?)""", Integer.class,
                DEMO_COUNCIL, theirs.toString(), theirOutcome.toString()))).isGreaterThanOrEqualTo(4);
    }

    @Test
    void onlyCareManagersWriteAndCallersMustAuthenticate() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID outcome = agreed(someone);
        var api = new ApiClient(port);
        String body = outcome("I want to cook my own tea", "wales-nof/health", null, false);

        problem(api.post(outcomes(someone), BROKER, body), 403);
        problem(api.post(outcomes(someone), AUDITOR, body), 403);
        problem(api.post(reviews(someone, outcome), BROKER, review(today.date(), 5, false, "null")), 403);
        problem(api.post(outcomes(someone), null, body), 401);
        problem(api.get(outcomes(someone), null), 401);
        problem(api.get(outcomes(someone), PROVIDER), 403);
        problem(api.get(reviews(someone, outcome), PROVIDER), 403);

        assertThat(outcomesOf(someone)).isEqualTo(1);
        assertThat(reviewsOf(outcome)).isZero();
    }

    @Test
    void badBodiesAre400NamingTheFieldAndStoreNothing() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID outcome = agreed(someone);
        var api = new ApiClient(port);

        invalidFields(api.post(outcomes(someone), CARE_MANAGER, "{\"domain\": \"wales-nof/health\"}"), "statement");
        invalidFields(api.post(outcomes(someone), CARE_MANAGER, outcome("I want " + "a".repeat(1000),
                "wales-nof/health", null, false)), "statement");
        invalidFields(api.post(outcomes(someone), CARE_MANAGER, """
                {"statement": "I want to sleep well", "domain": "wales-nof/health", "indicator": "Sleeps\\nwell"}"""),
                "indicator");
        invalidFields(api.post(outcomes(someone), CARE_MANAGER, """
                {"statement": "I want to sleep well", "domain": "wales-nof/health", "targetDate": "2027-02-30"}"""),
                "targetDate");
        invalidFields(api.post(reviews(someone, outcome), CARE_MANAGER, """
                {"reviewedOn": "%s", "progressScore": 11, "evidence": " "}""".formatted(today.date())),
                "rating", "progressScore", "evidence");
        invalidFields(api.post(reviews(someone, outcome), CARE_MANAGER, """
                {"reviewedOn": "%s", "rating": "ACHIEVED", "progressScore": 5.5, "evidence": "Seen"}"""
                .formatted(today.date())), "progressScore");
        invalidFields(api.post(reviews(someone, outcome), CARE_MANAGER, """
                {"reviewedOn": "%s", "rating": "SPLENDID", "progressScore": 5, "evidence": "Seen"}"""
                .formatted(today.date()), "cy"), "rating");
        invalidFields(api.post(reviews(someone, outcome), CARE_MANAGER, """
                {"reviewedOn": "%s", "rating": "ACHIEVED", "progressScore": 5, "evidence": "%s"}"""
                .formatted(today.date(), "x".repeat(4001))), "evidence");

        assertThat(outcomesOf(someone)).isEqualTo(1);
        assertThat(reviewsOf(outcome)).isZero();
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneRecordAndGetsTheSameAnswer() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        String key = UUID.randomUUID().toString();
        String body = outcome("I want to see my grandchildren every week", "wales-nof/relationships", null, false);

        var first = api.post(outcomes(someone), CARE_MANAGER, body, Map.of("Idempotency-Key", key));
        var again = api.post(outcomes(someone), CARE_MANAGER, body, Map.of("Idempotency-Key", key));
        UUID outcome = UUID.fromString(json(first).path("id").asString());
        String reviewKey = UUID.randomUUID().toString();
        var review = review(today.date(), 6, false, "null");
        var reviewed = api.post(reviews(someone, outcome), CARE_MANAGER, review, Map.of("Idempotency-Key", reviewKey));
        var reviewedAgain = api.post(reviews(someone, outcome), CARE_MANAGER, review,
                Map.of("Idempotency-Key", reviewKey));

        replayed(first, again);
        replayed(reviewed, reviewedAgain);
        assertThat(outcomesOf(someone)).isEqualTo(1);
        assertThat(reviewsOf(outcome)).isEqualTo(1);
    }

    @Test
    void theApiDescriptionShowsExamplesAndEveryAnswer() {
        var api = new ApiClient(port);

        var agree = ApiChecks.operation(api, "/api/v1/people/{personId}/outcomes", "post");
        var review = ApiChecks.operation(api, "/api/v1/people/{personId}/outcomes/{outcomeId}/reviews", "post");
        var read = ApiChecks.operation(api, "/api/v1/people/{personId}/outcomes/{outcomeId}", "get");

        for (var write : new tools.jackson.databind.JsonNode[] {agree, review}) {
            assertThat(ApiChecks.responseCodes(write)).contains("201", "400", "401", "403", "404", "409", "422");
            assertThat(write.path("responses").path("201").path("content").isMissingNode()).isFalse();
            assertThat(write.path("requestBody").path("content").path("application/json").path("examples")
                    .propertyNames()).isNotEmpty();
        }
        assertThat(agree.path("requestBody").toString()).contains("wales-nof/relationships");
        assertThat(review.path("requestBody").toString()).contains("PARTLY_ACHIEVED");
        assertThat(ApiChecks.responseCodes(read)).contains("200", "401", "403", "404");
    }

    private UUID agreed(UUID person) {
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        try {
            return planning.agree(actor, person, new OutcomeAgreement("I want to feel safe at home",
                    "wales-nof/protection", null, null, null, null, true, true), true).id();
        } finally {
            SignedIn.clear();
        }
    }

    private static String outcomes(UUID person) {
        return "/api/v1/people/" + person + "/outcomes";
    }

    private static String reviews(UUID person, UUID outcome) {
        return outcomes(person) + "/" + outcome + "/reviews";
    }

    private static String outcome(String statement, String domain, LocalDate target, boolean confirmed) {
        return """
                {"statement": "%s", "domain": "%s", "indicator": "Visits each week", "baseline": "Once a month",
                 "targetDate": %s, "contributors": "Her daughter drives", "genuine": true, "realistic": true,
                 "confirmedAsOutcome": %s}"""
                .formatted(statement, domain, target == null ? "null" : "\"" + target + "\"", confirmed);
    }

    /** A review; {@code disagreement} is JSON (a quoted string, or null). */
    private static String review(LocalDate on, int progress, boolean viewsDiffer, String disagreement) {
        return """
                {"reviewedOn": "%s", "rating": "PARTLY_ACHIEVED", "progressScore": %d,
                 "evidence": "Saw them on three weeks out of four", "personView": "I look forward to it",
                 "viewsDiffer": %s, "disagreement": %s}""".formatted(on, progress, viewsDiffer, disagreement);
    }

    private int outcomesOf(UUID person) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from personal_outcome where person_id = ?",
                Integer.class, person));
    }

    private int reviewsOf(UUID outcome) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from outcome_review where outcome_id = ?",
                Integer.class, outcome));
    }
}
