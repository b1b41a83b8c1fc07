package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** Funding decisions through the pages and the API, in both languages, and from the wrong side. */
@CylchIntegrationTest
class FundingPagesTest {

    private static final String FINANCE_TOKEN = "cylch-demo-token-finance";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    SupportPlanning planning;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aCareManagersPlanOverBudgetWaitsAndThePageSaysSo() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        browser.get("/people/" + someone + "/plan/edit");

        var saved = browser.post("/people/" + someone + "/plan", planForm("99999999999"));

        assertThat(WebSession.redirectsTo(saved, "/people/" + someone + "/plan")).isTrue();
        String page = browser.get("/people/" + someone + "/plan").body();
        assertThat(page).contains("it costs more than its indicative budget allows")
                .contains("Revision 1 is waiting for a funding decision")
                .contains("£99,999,999,999.00 a week").contains("No care and support plan has been made yet")
                .doesNotContain("Make a care and support plan").contains("Withdraw the request");
        assertThat(browser.get("/people/" + someone + "/plan?lang=cy").body())
                .contains("Mae diwygiad 1 yn aros am benderfyniad cyllido");
        assertThat(browser.get("/funding-decisions").statusCode()).as("care managers do not decide").isEqualTo(403);

        browser.get("/people/" + someone + "/plan?lang=en");
        var withdrawn = browser.post("/people/" + someone + "/plan/funding/withdraw", Map.of());
        assertThat(WebSession.redirectsTo(withdrawn, "/people/" + someone + "/plan")).isTrue();
        assertThat(browser.get("/people/" + someone + "/plan").body()).contains("Make a care and support plan")
                .contains("Withdrawn");
    }

    @Test
    void aFinanceOfficerDecidesFromTheQueueWithErrorsInWelsh() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID request = waitingRequest(someone);
        var finance = fixture.user(DEMO_COUNCIL, Role.FINANCE_OFFICER);
        WebSession browser = new WebSession(port);
        browser.signIn(finance.username(), PASSWORD);

        assertThat(browser.get("/funding-decisions").body()).contains(nameOf(someone))
                .contains("/funding-decisions/" + request).contains("£250.00").contains("£166.00");
        browser.get("/funding-decisions/" + request + "?lang=cy");
        var refused = browser.post("/funding-decisions/" + request,
                Map.of("verdict", "APPROVED_WITH_CHANGES", "approvedWeeklyAmount", "£2x0", "reasons", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.fieldError(refused.body(), "approvedWeeklyAmount"))
                .contains("Rhowch y swm mewn punnoedd a cheiniogau");
        var tooMuch = browser.post("/funding-decisions/" + request,
                Map.of("verdict", "APPROVED_WITH_CHANGES", "approvedWeeklyAmount", "300", "reasons", "Dros ben"));
        assertThat(ErrorSummaries.fieldError(tooMuch.body(), "approvedWeeklyAmount"))
                .contains("llai na chost wythnosol y cynllun");
        assertThat(planning.current(SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER), someone))
                .as("nothing took effect").isEmpty();

        browser.get("/funding-decisions/" + request + "?lang=en");
        var decided = browser.post("/funding-decisions/" + request, Map.of("verdict", "APPROVED_WITH_CHANGES",
                "approvedWeeklyAmount", "£200.00", "reasons", "Agreed at £200 for twelve weeks"));

        assertThat(WebSession.redirectsTo(decided, "/funding-decisions")).isTrue();
        assertThat(browser.get("/funding-decisions").body()).contains("Approved with changes")
                .contains("£200.00 a week agreed");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select verdict from plan_funding_decision where request_id = ?", String.class, request)))
                .isEqualTo("APPROVED_WITH_CHANGES");
        assertThat(planning.current(SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER), someone))
                .get().extracting(SupportPlan::revision).isEqualTo(1);
        assertThat(browser.get("/funding-decisions/" + request).body()).doesNotContain("Record the decision")
                .contains("Agreed at £200 for twelve weeks");
    }

    @Test
    void onlyTeamManagersAndFinanceOfficersOpenTheQueue() {
        for (Role role : List.of(Role.CARE_MANAGER, Role.BROKER, Role.COMMISSIONER, Role.AUDITOR)) {
            WebSession browser = new WebSession(port);
            browser.signIn(fixture.user(DEMO_COUNCIL, role).username(), PASSWORD);
            assertThat(browser.get("/funding-decisions").statusCode()).as(role.name()).isEqualTo(403);
        }
        WebSession teamManager = new WebSession(port);
        teamManager.signIn(fixture.user(DEMO_COUNCIL, Role.TEAM_MANAGER).username(), PASSWORD);
        assertThat(teamManager.get("/funding-decisions").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiListsDecidesAndAnswersBrokenRulesInTheCallersLanguage() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID request = waitingRequest(someone);
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/funding-requests", FINANCE_TOKEN).body()).contains(request.toString());
        assertThat(api.get("/api/v1/funding-requests", "cylch-demo-token-caremanager").statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/funding-requests/" + request + "/decision", "cylch-demo-token-broker",
                "{\"verdict\": \"APPROVED\", \"reasons\": \"x\"}").statusCode()).isEqualTo(403);

        var noReasons = api.post("/api/v1/funding-requests/" + request + "/decision", FINANCE_TOKEN,
                "{\"verdict\": \"REFUSED\"}", "cy");
        assertThat(noReasons.statusCode()).isEqualTo(422);
        assertThat(noReasons.body()).contains("\"rule\":\"funding.reasons.missing\"")
                .contains("Rhowch y rhesymau dros eich penderfyniad");
        var badVerdict = api.post("/api/v1/funding-requests/" + request + "/decision", FINANCE_TOKEN,
                "{\"verdict\": \"MAYBE\", \"reasons\": \"x\"}");
        assertThat(badVerdict.statusCode()).isEqualTo(400);

        var approved = api.post("/api/v1/funding-requests/" + request + "/decision", FINANCE_TOKEN,
                "{\"verdict\": \"APPROVED\", \"reasons\": \"Agreed by the panel\"}");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("\"verdict\":\"APPROVED\"").contains("\"planId\":\"");
        assertThat(api.get("/api/v1/funding-requests/" + request, FINANCE_TOKEN).body())
                .contains("\"decision\":{\"verdict\":\"APPROVED\"");
        assertThat(api.get("/api/v1/funding-requests/" + UUID.randomUUID(), FINANCE_TOKEN).statusCode())
                .isEqualTo(404);
    }

    /** A care manager's first plan for the person at £250.00 a week against a budget of £84.00. */
    private UUID waitingRequest(UUID person) {
        var careManager = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        Map<String, Integer> levels = new HashMap<>();
        planning.scheme().areas().forEach(a -> levels.put(a.code(), 0));
        levels.put("personal-care", 2);
        var change = planning.revise(careManager, person, new PlanDraft(Arrangement.COUNCIL_ARRANGED,
                LocalDate.now(), levels, new PlanDraft.Contributions(null, null, null, null),
                List.of(new PlannedSupport("Visits", null, BigDecimal.TEN, new BigDecimal("250.00"))), 0, null,
                null));
        SignedIn.clear();
        return ((PlanChange.AwaitsFunding) change).request().id();
    }

    private String nameOf(UUID person) {
        return SystemScope.call(() -> jdbc.queryForObject(
                "select given_name || ' ' || family_name from person where id = ?", String.class, person));
    }

    private Map<String, String> planForm(String weeklyCost) {
        LocalDate today = LocalDate.now();
        Map<String, String> form = new HashMap<>();
        form.put("basedOnRevision", "0");
        form.put("arrangement", "COUNCIL_ARRANGED");
        form.put("effectiveDay", "" + today.getDayOfMonth());
        form.put("effectiveMonth", "" + today.getMonthValue());
        form.put("effectiveYear", "" + today.getYear());
        planning.scheme().areas().forEach(a -> form.put("needLevels[" + a.code() + "]", "0"));
        form.put("needLevels[personal-care]", "2");
        form.put("support[0].description", "Visits");
        form.put("support[0].weeklyCost", weeklyCost);
        return form;
    }
}
