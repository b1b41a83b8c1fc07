package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.Remedy;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.MarketFixture;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Poor performance on the pages, as its users work: a commissioner raises an issue in Welsh and is told what is
 * missing, writes a corrective action plan and is told what it lacks before the provider sees it, and the provider
 * agrees it; a commissioner escalates and makes a deduction, told plainly when the amount is wrong; and no one else
 * reads or acts on the issue.
 */
@CylchIntegrationTest
class PerformanceIssuePagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern WITHDRAWAL = Pattern.compile(
            "/performance-issues/[0-9a-f-]{36}/deductions/([0-9a-f-]{36})/withdrawal");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    ContractsFixture contracts;

    @Autowired
    MarketFixture market;

    @Autowired
    PerformanceIssues issues;

    private final LocalDate today = LocalDate.now(Today.ZONE);
    private PaymentsFixture.Scene scene;
    private Contract contract;

    @BeforeEach
    void aProviderUnderAContractThatGivesEveryPower() {
        scene = payments.scene(today.minusMonths(3));
        contract = contracts.vary(scene.commissioner(), scene.contract(), PerformanceIssuesTest.withRemedies(
                scene.contract().terms(), Remedy.DEDUCTION, Remedy.SUSPENSION, Remedy.TERMINATION), "Powers");
        market.accredited(scene.council(), scene.provider());
    }

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    @Test
    void aCommissionerRaisesAnIssueAndAgreesAPlanWithTheProvider() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        assertThat(commissioner.get("/performance-issues/new?lang=cy").body()).contains("Codi problem perfformiad");
        var empty = commissioner.post("/performance-issues?lang=cy", Map.of("provider", "", "title", "",
                "description", ""));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Rhowch grynodeb byr o’r broblem", "Dywedwch beth aeth o’i le",
                "Dewiswch y darparwr y mae’r broblem yn ymwneud ag ef", "Dewiswch pa mor ddifrifol yw hi");

        String issue = raise(commissioner);
        String page = commissioner.get(issue + "?lang=en").body();
        assertThat(page).contains("Missed and late visits", "Cylch suggests: Developmental",
                "The contract was not breached");

        var chosen = commissioner.post(issue + "/route?lang=en", Map.of("version", version(page),
                "choice", "DEVELOPMENTAL"));
        assertThat(WebSession.redirectsTo(chosen, issue)).as(chosen.body()).isTrue();
        page = commissioner.get(issue + "?lang=en").body();
        var saved = commissioner.post(issue + "/plan?lang=en", Map.of("version", version(page),
                "actions[0].action", "Recruit two carers", "actions[0].owner", "Registered manager",
                "actions[0].dueOn", today.plusDays(30).toString(), "monitoring", "Weekly visit data"));
        assertThat(WebSession.redirectsTo(saved, issue)).as(saved.body()).isTrue();
        page = commissioner.get(issue + "?lang=cy").body();
        var early = commissioner.post(issue + "/plan/proposal?lang=cy", Map.of("version", version(page)));
        assertThat(early.body()).contains("Gosodwch ddyddiad i adolygu’r cynllun");
        page = commissioner.get(issue + "?lang=en").body();
        commissioner.post(issue + "/plan?lang=en", Map.of("version", version(page),
                "actions[0].action", "Recruit two carers", "actions[0].owner", "Registered manager",
                "actions[0].dueOn", today.plusDays(30).toString(), "reviewOn", today.plusDays(14).toString()));
        page = commissioner.get(issue + "?lang=en").body();
        var proposed = commissioner.post(issue + "/plan/proposal?lang=en", Map.of("version", version(page)));
        assertThat(WebSession.redirectsTo(proposed, issue)).as(proposed.body()).isTrue();

        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get("/my-performance-issues?lang=en").body()).contains("Missed and late visits");
        page = provider.get(issue + "?lang=cy").body();
        assertThat(page).contains("Cytuno ar y cynllun", "Recruit two carers").doesNotContain("Gweddol");
        var agreed = provider.post(issue + "/plan/agreement?lang=cy", Map.of("version", version(page),
                "reason", "Cytunwyd yn y cyfarfod"));
        assertThat(WebSession.redirectsTo(agreed, issue)).as(agreed.body()).isTrue();
        assertThat(commissioner.get(issue + "?lang=en").body()).contains("Plan agreed",
                "Plan agreed by the provider", "Cytunwyd yn y cyfarfod");

        // The agreed plan is reopened to change it, with a reason, and is a draft again.
        page = commissioner.get(issue + "?lang=cy").body();
        var noReason = commissioner.post(issue + "/plan/variation?lang=cy", Map.of("version", version(page)));
        assertThat(noReason.body()).contains("govuk-error-summary", "Rhowch reswm dros y cam hwn");
        page = commissioner.get(issue + "?lang=en").body();
        var reopened = commissioner.post(issue + "/plan/variation?lang=en", Map.of("version", version(page),
                "reason", "Medication training is needed too"));
        assertThat(WebSession.redirectsTo(reopened, issue)).as(reopened.body()).isTrue();
        assertThat(commissioner.get(issue + "?lang=en").body()).contains("Plan reopened to change it",
                "Medication training is needed too", "Put the plan to the provider");
        provider.get("/account");
        assertThat(provider.post(issue + "/plan/variation?lang=en", Map.of("version", "0", "reason", "Ours"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aCommissionerEscalatesAndMakesADeductionToldPlainlyWhatIsWrong() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String issue = raise(commissioner);
        String page = commissioner.get(issue + "?lang=en").body();
        var noReason = commissioner.post(issue + "/route?lang=en", Map.of("version", version(page),
                "choice", "PUNITIVE"));
        assertThat(noReason.body()).contains("Give a reason for this step");
        commissioner.post(issue + "/route?lang=en", Map.of("version", version(page), "choice", "PUNITIVE",
                "reason", "Third month of missed visits"));
        page = commissioner.get(issue + "?lang=en").body();
        assertThat(page).contains("Impose a sanction", "Deduction from payments");

        Map<String, String> deduction = new HashMap<>(Map.of("version", version(page), "kind", "DEDUCTION",
                "reason", "Service credit", "amount", "-5", "month", YearMonth.from(today).plusMonths(1).toString()));
        var wrong = commissioner.post(issue + "/sanctions?lang=cy", deduction);
        assertThat(wrong.body()).contains("Rhowch swm mewn punnoedd a cheiniogau");
        deduction.put("amount", "£1,250.00");
        var made = commissioner.post(issue + "/sanctions?lang=en", deduction);
        assertThat(WebSession.redirectsTo(made, issue)).as(made.body()).isTrue();
        assertThat(commissioner.get(issue + "?lang=en").body()).contains("£1,250.00", "Service credit",
                "Sanction imposed");
        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get(issue + "?lang=en").body()).contains("£1,250.00", "Service credit");
    }

    @Test
    void aDeductionIsWithdrawnFromTheIssuesPageOrThroughTheApiAndNoOneElseMayWithdrawIt() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String issue = deducted(commissioner, "400.00");
        String page = commissioner.get(issue + "?lang=en").body();
        Matcher link = WITHDRAWAL.matcher(page);
        assertThat(link.find()).as("a pending deduction offers its withdrawal").isTrue();
        String withdrawal = link.group();
        assertThat(page).contains("Waiting for a payment run");

        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get(issue + "?lang=en").body()).contains("Waiting for a payment run")
                .doesNotContain("Withdraw the deduction");
        assertThat(provider.get(withdrawal + "?lang=en").statusCode()).isEqualTo(403);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        WebSession theirs = signedIn(otherCouncil, Role.COMMISSIONER);
        assertThat(theirs.get(withdrawal + "?lang=en").statusCode()).isEqualTo(404);
        assertThat(theirs.post(withdrawal + "?lang=en", Map.of("version", "0", "reason", "Ours now")).statusCode())
                .isEqualTo(404);

        String form = commissioner.get(withdrawal + "?lang=cy").body();
        assertThat(form).contains("Tynnu didyniad yn ôl", "£400.00");
        var blank = commissioner.post(withdrawal + "?lang=cy", Map.of("version", version(form),
                "reason", " "));
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("govuk-error-summary", "Rhowch reswm");
        var done = commissioner.post(withdrawal + "?lang=en", Map.of("version", version(form),
                "reason", "Made in error"));
        assertThat(WebSession.redirectsTo(done, issue)).as(done.body()).isTrue();
        assertThat(commissioner.get(issue + "?lang=en").body()).contains("Withdrawn", "Made in error")
                .doesNotContain("Withdraw the deduction");
        var again = commissioner.post(withdrawal + "?lang=en", Map.of("version", version(form),
                "reason", "Twice"));
        assertThat(again.body()).contains("Only a deduction still waiting for a payment run can be withdrawn");

        // Through the API: the council's finance officer reads it, the provider reads its own; only a commissioner
        // of the council withdraws, once.
        ApiClient api = new ApiClient(port);
        String second = deducted(commissioner, "75.50");
        Matcher secondLink = WITHDRAWAL.matcher(commissioner.get(second + "?lang=en").body());
        assertThat(secondLink.find()).isTrue();
        String id = secondLink.group(1);
        JsonNode listed = ApiChecks.json(api.get("/api/v1/deductions?provider=" + scene.provider(),
                organisations.token(scene.council(), Role.FINANCE_OFFICER)));
        assertThat(listed.valueStream().map(d -> d.path("status").asString()).toList())
                .containsExactlyInAnyOrder("WITHDRAWN", "PENDING");
        JsonNode own = ApiChecks.json(api.get("/api/v1/deductions/" + id,
                organisations.token(scene.provider(), Role.PROVIDER_USER)));
        assertThat(own.path("amount").decimalValue()).isEqualByComparingTo("75.50");
        String body = "{\"version\": " + own.path("version").asLong() + ", \"reason\": \"Put right in time\"}";
        assertThat(api.post("/api/v1/deductions/" + id + "/withdrawal",
                organisations.token(scene.provider(), Role.PROVIDER_USER), body).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/deductions/" + id + "/withdrawal",
                organisations.token(scene.council(), Role.FINANCE_OFFICER), body).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/deductions/" + id + "/withdrawal",
                organisations.token(otherCouncil, Role.COMMISSIONER), body).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/deductions/" + id, organisations.token(payments.provider(scene.council()),
                Role.PROVIDER_USER)).statusCode()).isEqualTo(404);
        String token = organisations.token(scene.council(), Role.COMMISSIONER);
        var withdrawn = api.post("/api/v1/deductions/" + id + "/withdrawal", token, body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(ApiChecks.json(withdrawn).path("status").asString()).isEqualTo("WITHDRAWN");
        var refused = api.post("/api/v1/deductions/" + id + "/withdrawal", token, body, "cy");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Dim ond didyniad sy’n dal i aros am rediad taliadau");
    }

    @Test
    void anIssueSentTwiceIsRaisedOnce() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        commissioner.get("/performance-issues/new?lang=en");
        Map<String, String> form = Map.of("provider", scene.provider().toString(), "contract",
                contract.id().value().toString(), "title", "Sent twice", "description", "A double click.",
                "seriousness", "LOW", "relationship", "GOOD");
        assertThat(WebSession.redirectsTo(commissioner.post("/performance-issues?lang=en", form),
                "/performance-issues/")).isTrue();
        var again = commissioner.post("/performance-issues?lang=en", form);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location").orElseThrow()).as("the same form's token is spent")
                .startsWith("/forms/already-sent");
        assertThat(issues.ofCouncil(SignedIn.as(UUID.randomUUID(), scene.council(), Role.COMMISSIONER), false))
                .filteredOn(i -> i.title().equals("Sent twice")).hasSize(1);
    }

    @Test
    void noOneElseReadsOrActsOnTheIssue() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String issue = raise(commissioner);

        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        WebSession theirs = signedIn(otherCouncil, Role.COMMISSIONER);
        assertThat(theirs.get(issue + "?lang=en").statusCode()).isEqualTo(404);
        theirs.get("/performance-issues/new?lang=en");
        assertThat(theirs.post(issue + "/route?lang=en", Map.of("version", "0", "choice", "PUNITIVE", "reason",
                "Taking over")).statusCode()).isEqualTo(404);
        assertThat(theirs.get("/performance-issues?all=true&lang=en").body()).doesNotContain("Missed and late visits");

        WebSession stranger = signedIn(payments.provider(scene.council()), Role.PROVIDER_USER);
        assertThat(stranger.get(issue + "?lang=en").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/my-performance-issues?lang=en").body()).doesNotContain("Missed and late visits");

        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        provider.get("/account");
        assertThat(provider.get("/performance-issues?lang=en").statusCode()).isEqualTo(403);
        assertThat(provider.post(issue + "/route?lang=en", Map.of("version", "0", "choice", "CLOSE", "reason",
                "Nothing to see")).statusCode()).isEqualTo(403);
        assertThat(provider.post(issue + "/sanctions?lang=en", Map.of("version", "0", "kind", "DEFAULT_NOTICE",
                "reason", "x")).statusCode()).isEqualTo(403);

        WebSession teamManager = signedIn(scene.council(), Role.TEAM_MANAGER);
        assertThat(teamManager.get(issue + "?lang=en").body()).contains("Missed and late visits")
                .doesNotContain("Choose how to handle it");
        teamManager.get("/account");
        assertThat(teamManager.post(issue + "/escalation?lang=en", Map.of("version", "0", "reason", "Now"))
                .statusCode()).isEqualTo(403);
        assertThat(commissioner.get("/my-performance-issues?lang=en").statusCode()).isEqualTo(403);
        assertThat(commissioner.get(issue + "?lang=en").body()).contains("Raised");
    }

    @Test
    void otherSystemsReadTheIssuesTheirOrganisationMayRead() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String issue = raise(commissioner);
        String id = issue.substring(issue.lastIndexOf('/') + 1);
        ApiClient api = new ApiClient(port);

        JsonNode councils = ApiChecks.json(api.get("/api/v1/performance-issues",
                organisations.token(scene.council(), Role.AUDITOR)));
        assertThat(councils.valueStream().map(i -> i.path("id").asString()).toList()).contains(id);
        JsonNode detail = ApiChecks.json(api.get("/api/v1/performance-issues/" + id,
                organisations.token(scene.council(), Role.COMMISSIONER)));
        assertThat(detail.path("issue").path("relationship").asString()).isEqualTo("FAIR");
        assertThat(detail.path("history").get(0).path("step").asString()).isEqualTo("RAISED");

        JsonNode own = ApiChecks.json(api.get("/api/v1/performance-issues/" + id,
                organisations.token(scene.provider(), Role.PROVIDER_USER)));
        assertThat(own.path("issue").path("title").asString()).isEqualTo("Missed and late visits");
        assertThat(own.path("issue").path("relationship").isNull()).as("the council's view is its own").isTrue();

        String stranger = organisations.token(payments.provider(scene.council()), Role.PROVIDER_USER);
        assertThat(ApiChecks.json(api.get("/api/v1/performance-issues", stranger)).isEmpty()).isTrue();
        assertThat(api.get("/api/v1/performance-issues/" + id, stranger).statusCode()).isEqualTo(404);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        assertThat(api.get("/api/v1/performance-issues/" + id, organisations.token(otherCouncil,
                Role.COMMISSIONER)).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/performance-issues", organisations.token(scene.council(), Role.BROKER))
                .statusCode()).isEqualTo(403);
    }

    private String raise(WebSession commissioner) {
        commissioner.get("/performance-issues/new?lang=en");
        HttpResponse<String> raised = commissioner.post("/performance-issues?lang=en", Map.of(
                "provider", scene.provider().toString(), "contract", contract.id().value().toString(),
                "title", "Missed and late visits", "description", "A third of morning visits were late.",
                "seriousness", "SERIOUS", "risks", "People miss medication", "relationship", "FAIR"));
        assertThat(WebSession.redirectsTo(raised, "/performance-issues/")).as(raised.body()).isTrue();
        return raised.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")
                .replaceAll("\\?.*$", "");
    }

    private String deducted(WebSession commissioner, String amount) {
        String issue = raise(commissioner);
        String page = commissioner.get(issue + "?lang=en").body();
        commissioner.post(issue + "/route?lang=en", Map.of("version", version(page), "choice", "PUNITIVE",
                "reason", "Third month of missed visits"));
        page = commissioner.get(issue + "?lang=en").body();
        var made = commissioner.post(issue + "/sanctions?lang=en", Map.of("version", version(page), "kind",
                "DEDUCTION", "reason", "Service credit", "amount", amount, "month",
                YearMonth.from(today).plusMonths(1).toString()));
        assertThat(WebSession.redirectsTo(made, issue)).as(made.body()).isTrue();
        return issue;
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), OrganisationsFixture.PASSWORD);
        return browser;
    }

    private static String version(String page) {
        Matcher found = VERSION.matcher(page);
        assertThat(found.find()).as("the page has a form with the issue's version").isTrue();
        return found.group(1);
    }
}
