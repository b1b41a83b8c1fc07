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
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, item 7: a case system makes and revises support plans through {@code /api/v1} under the page's
 * rules, walls and audit: each revision stored as sent with the budget the scheme worked out; a stale revision,
 * a missing need or too many hours refused as 422 in the caller's language; another organisation's person not
 * found; readers may not write; more than two decimal places or twenty lines refused as 400 naming the field.
 */
@CylchIntegrationTest
class SupportPlanApiTest {

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
    Today today;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFirstPlanAndARevisionAreStoredAsSentAuditedAndReadBack() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);

        var first = api.post(plans(someone), CARE_MANAGER, plan(0, today.date(), 1, "null", "7.5", "27.00"));
        var second = api.post(plans(someone), CARE_MANAGER, plan(1, today.date(), 2,
                "\"More help with personal care\"", "10", "69.00"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValue(plans(someone) + "/1");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(second.headers().firstValue("Location")).hasValue(plans(someone) + "/2");
        // Personal care at level 2 is 14 points, every other area at level 0; £6.00 a point.
        assertThat(json(second).path("indicativeWeeklyBudget").decimalValue()).isEqualByComparingTo("84.00");
        var stored = SystemScope.call(() -> jdbc.queryForMap("""
                select id, arrangement, effective_from, indicative_weekly_budget, person_contribution, reason
                from support_plan where person_id = ? and revision = 2""", someone));
        assertThat(stored).containsEntry("arrangement", "INDIVIDUAL_SERVICE_FUND")
                .containsEntry("person_contribution", "Makes breakfast")
                .containsEntry("reason", "More help with personal care");
        assertThat(stored.get("effective_from").toString()).isEqualTo(today.date().toString());
        assertThat((BigDecimal) stored.get("indicative_weekly_budget")).isEqualByComparingTo("84.00");
        var line = SystemScope.call(() -> jdbc.queryForMap("""
                select description, provided_by, hours_per_week, weekly_cost from support_plan_support
                where plan_id = ?""", stored.get("id")));
        assertThat(line).containsEntry("description", "Morning visits")
                .containsEntry("provided_by", "Llanfedw Home Care");
        assertThat((BigDecimal) line.get("hours_per_week")).isEqualByComparingTo("10");
        assertThat((BigDecimal) line.get("weekly_cost")).isEqualByComparingTo("69.00");
        assertThat(auditedThroughApi(jdbc, DEMO_COUNCIL, "CREATED", "support-plan", stored.get("id"))).isEqualTo(1);

        var current = api.get("/api/v1/people/" + someone + "/plan", BROKER);
        var revisions = api.get(plans(someone), AUDITOR);
        var firstAgain = api.get(plans(someone) + "/1", CARE_MANAGER);

        assertThat(json(current).path("revision").asInt()).isEqualTo(2);
        assertThat(json(revisions).valueStream().map(r -> r.path("revision").asInt())).containsExactly(2, 1);
        assertThat(json(firstAgain).path("support").get(0).path("hoursPerWeek").decimalValue())
                .isEqualByComparingTo("7.5");
        problem(api.get(plans(someone) + "/3", CARE_MANAGER), 404);
    }

    @Test
    void aRevisionOverBudgetIsAcceptedToWaitForFundingAndCanBeWithdrawn() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        api.post(plans(someone), CARE_MANAGER, plan(0, today.date(), 2, "null", "2", "60.00"));

        var waiting = api.post(plans(someone), CARE_MANAGER, plan(1, today.date(), 2, "\"Night visits\"", "20",
                "530.00"));

        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(202);
        assertThat(json(waiting).path("revision").asInt()).isEqualTo(2);
        assertThat(json(waiting).path("overBudget").decimalValue()).isEqualByComparingTo("446.00");
        assertThat(revisionsOf(someone)).as("nothing took effect").isEqualTo(1);
        brokenRule(api.post(plans(someone), CARE_MANAGER, plan(1, today.date(), 2, "\"Again\"", "2", "60.00")),
                "plan.funding.waitingAlready",
                "A revision of this plan is waiting for a funding decision. Withdraw it before you revise the plan "
                        + "again.");
        var requests = api.get("/api/v1/people/" + someone + "/plan/funding-requests", BROKER);
        assertThat(json(requests).get(0).path("id").asString())
                .isEqualTo(json(waiting).path("fundingRequestId").asString());
        assertThat(json(requests).get(0).path("decision").isNull()).isTrue();

        var withdrawn = api.post("/api/v1/people/" + someone + "/plan/funding-requests/withdrawal", CARE_MANAGER,
                "{}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json(withdrawn).path("verdict").asString()).isEqualTo("WITHDRAWN");
        brokenRule(api.post("/api/v1/people/" + someone + "/plan/funding-requests/withdrawal", CARE_MANAGER, "{}"),
                "funding.nothingWaiting", "Nothing is waiting for a funding decision for this person");
        problem(api.post("/api/v1/people/" + someone + "/plan/funding-requests/withdrawal", BROKER, "{}"), 403);
    }

    @Test
    void brokenRulesAre422NamingTheRuleAndPartInTheCallersLanguage() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        api.post(plans(someone), CARE_MANAGER, plan(0, today.date(), 1, "null", "7.5", "27.00"));

        brokenRule(api.post(plans(someone), CARE_MANAGER, plan(0, today.date(), 2, "\"Stale\"", "7.5", "27.00"),
                "cy"), "plan.changedMeanwhile", "Mae rhywun arall wedi diwygio’r cynllun hwn tra oeddech chi’n "
                + "gweithio arno. Agorwch y cynllun eto i weld eu newidiadau.");
        brokenRule(api.post(plans(someone), CARE_MANAGER, plan(1, today.date(), 2, "null", "7.5", "27.00")),
                "plan.reason.missing", "Enter why the plan is changing");
        var tooManyHours = api.post(plans(someone), CARE_MANAGER, plan(1, today.date(), 2, "\"Live-in\"", "169",
                "27.00"));
        brokenRule(tooManyHours, "plan.support.hours", "Hours a week must be between 0 and 168");
        assertThat(json(tooManyHours).path("part").asString()).isEqualTo("0");
        var missingNeed = api.post(plans(someone), CARE_MANAGER, plan(1, today.date(), 2, "\"Missing\"", "7.5",
                "27.00").replace("\"carer\": 0", "\"carers\": 0"));
        assertThat(problem(missingNeed, 422).path("rule").asString()).isEqualTo("plan.need.missing");
        assertThat(json(missingNeed).path("part").asString()).isEqualTo("carer");

        assertThat(revisionsOf(someone)).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsPersonIsNotFoundAndNothingIsWritten() {
        UUID theirs = peopleFixture.newPerson(fixture.organisation(OrganisationKind.COUNCIL, null));
        var api = new ApiClient(port);

        problem(api.post(plans(theirs), CARE_MANAGER, plan(0, today.date(), 1, "null", "7.5", "27.00")), 404);
        problem(api.get(plans(theirs), CARE_MANAGER), 404);
        problem(api.get("/api/v1/people/" + theirs + "/plan", CARE_MANAGER), 404);

        assertThat(revisionsOf(theirs)).isZero();
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from audit_event
                where organisation_id = ? and action = 'ACCESS_REFUSED' and record_id = ?""", Integer.class,
                DEMO_COUNCIL, theirs.toString()))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void onlyCareManagersWriteAndCallersMustAuthenticate() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        String body = plan(0, today.date(), 1, "null", "7.5", "27.00");

        problem(api.post(plans(someone), BROKER, body), 403);
        problem(api.post(plans(someone), AUDITOR, body), 403);
        problem(api.post(plans(someone), null, body), 401);
        problem(api.get(plans(someone), PROVIDER), 403);
        problem(api.get(plans(someone), null), 401);

        assertThat(revisionsOf(someone)).isZero();
    }

    @Test
    void badBodiesAre400NamingTheFieldAndStoreNothing() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        String lines = IntStream.range(0, 21).mapToObj(i -> "{\"description\": \"Visit " + i + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        String valid = plan(0, today.date(), 1, "null", "7.5", "27.00");

        invalidFields(api.post(plans(someone), CARE_MANAGER, plan(0, today.date(), 1, "null", "7.555", "27.00")),
                "support[0].hoursPerWeek");
        invalidFields(api.post(plans(someone), CARE_MANAGER, plan(0, today.date(), 1, "null", "7.5", "27.001")),
                "support[0].weeklyCost");
        invalidFields(api.post(plans(someone), CARE_MANAGER,
                valid.replace("\"arrangement\": \"INDIVIDUAL_SERVICE_FUND\", ", "")), "arrangement");
        invalidFields(api.post(plans(someone), CARE_MANAGER, valid.replaceFirst("\\[\\{[^\\]]*}]", lines)), "support");
        invalidFields(api.post(plans(someone), CARE_MANAGER, valid.replace("\"Morning visits\"",
                "\"" + "M".repeat(501) + "\"")), "support[0].description");
        invalidFields(api.post(plans(someone), CARE_MANAGER, valid.replace("\"personal-care\": 1",
                "\"personal-care\": 1.5")), "needLevels[personal-care]");
        invalidFields(api.post(plans(someone), CARE_MANAGER, valid.replace("\"hoursPerWeek\": 7.5",
                "\"hoursPerWeek\": \"lots\"")), "support[0].hoursPerWeek");

        assertThat(revisionsOf(someone)).isZero();
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneRevisionAndGetsTheSameAnswer() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var api = new ApiClient(port);
        String key = UUID.randomUUID().toString();
        String body = plan(0, today.date(), 1, "null", "7.5", "27.00");

        var first = api.post(plans(someone), CARE_MANAGER, body, Map.of("Idempotency-Key", key));
        var again = api.post(plans(someone), CARE_MANAGER, body, Map.of("Idempotency-Key", key));

        replayed(first, again);
        assertThat(revisionsOf(someone)).isEqualTo(1);
    }

    @Test
    void theApiDescriptionShowsAnExampleAndEveryAnswer() {
        var api = new ApiClient(port);

        var revise = ApiChecks.operation(api, "/api/v1/people/{personId}/plan/revisions", "post");

        assertThat(ApiChecks.responseCodes(revise)).contains("201", "400", "401", "403", "404", "409", "422");
        assertThat(revise.path("requestBody").toString()).contains("INDIVIDUAL_SERVICE_FUND")
                .contains("basedOnRevision");
        assertThat(ApiChecks.responseCodes(ApiChecks.operation(api, "/api/v1/people/{personId}/plan", "get")))
                .contains("200", "404");
    }

    private static String plans(UUID person) {
        return "/api/v1/people/" + person + "/plan/revisions";
    }

    /** A plan with one line of support; {@code reason} is JSON (a quoted string, or null), numbers as typed. */
    private static String plan(int basedOn, LocalDate from, int personalCare, String reason, String hours,
                               String cost) {
        return """
                {"arrangement": "INDIVIDUAL_SERVICE_FUND", "effectiveFrom": "%s",
                 "needLevels": {"personal-care": %d, "eating-drinking": 0, "home": 0, "getting-out": 0,
                                "relationships": 0, "safety": 0, "decisions": 0, "carer": 0},
                 "contributions": {"person": "Makes breakfast", "family": "Son visits at weekends"},
                 "support": [{"description": "Morning visits", "providedBy": "Llanfedw Home Care",
                              "hoursPerWeek": %s, "weeklyCost": %s}],
                 "basedOnRevision": %d, "reason": %s}""".formatted(from, personalCare, hours, cost, basedOn, reason);
    }

    private int revisionsOf(UUID person) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from support_plan where person_id = ?",
                Integer.class, person));
    }
}
