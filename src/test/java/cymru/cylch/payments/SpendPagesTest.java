package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Spend against budget on the pages and through the API: a commissioner records a contract's budget and the
 * outcome payments anticipated, with mistakes first; a finance officer's month is paid; the year's report shows
 * both; and no one outside the council's commissioners, finance officers and auditors reads or records any of it.
 */
@CylchIntegrationTest
class SpendPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    PaymentRuns runs;

    @Autowired
    TestClock clock;

    private PaymentsFixture.Scene scene;
    private String plansPage;

    @BeforeEach
    void aContractPaidByResults() {
        scene = payments.scene(LocalDate.of(2026, 5, 1));
        plansPage = "/spend/contracts/" + scene.contract().id();
    }

    @AfterEach
    void signOut() {
        clock.reset();
        SignedIn.clear();
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    @Test
    void aCommissionerRecordsTheBudgetAndWhatWasAnticipatedAndTheYearShowsSpendAgainstThem() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        commissioner.get(plansPage + "?lang=cy");
        var wrong = commissioner.post(plansPage + "?lang=cy", Map.of("financialYear", "2026", "amount", "12,00.001",
                "reason", " "));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.links(wrong.body())).containsExactly("kind", "amount", "reason");
        assertThat(wrong.body()).contains(
                "Dewiswch ai cyllideb y flwyddyn yw hon neu’r taliadau canlyniadau a ragwelwyd",
                "Rhowch swm mewn punnoedd a cheiniogau, fel 120000 neu 120,000.50");
        commissioner.get(plansPage + "?lang=en");
        var outside = commissioner.post(plansPage + "?lang=en", Map.of("financialYear", "2030", "kind", "BUDGET",
                "amount", "1000", "reason", "Set by cabinet"));
        assertThat(ErrorSummaries.links(outside.body())).containsExactly("financialYear");
        assertThat(outside.body()).contains("The contract does not run in that financial year");

        commissioner.get(plansPage + "?lang=en");
        var budget = commissioner.post(plansPage + "?lang=en", Map.of("financialYear", "2026", "kind", "BUDGET",
                "amount", "£120,000", "reason", "Cabinet budget, February 2026"));
        assertThat(WebSession.redirectsTo(budget, plansPage)).as(budget.body()).isTrue();
        commissioner.get(plansPage + "?lang=en");
        commissioner.post(plansPage + "?lang=en", Map.of("financialYear", "2026", "kind", "ANTICIPATED",
                "amount", "24000", "reason", "The business case when the contract was let"));
        commissioner.get(plansPage + "?lang=en");
        var again = commissioner.post(plansPage + "?lang=en", Map.of("financialYear", "2026", "kind",
                "ANTICIPATED", "amount", "30000", "reason", "Hoping for more"));
        assertThat(ErrorSummaries.links(again.body())).containsExactly("kind");
        assertThat(again.body()).contains("The outcome payments anticipated for that year were "
                + "recorded already, and are never revised");
        assertThat(commissioner.get(plansPage + "?lang=en").body()).contains("£120,000.00", "£24,000.00",
                "Cabinet budget, February 2026").doesNotContain("£30,000.00");

        clock.set(LocalDate.of(2026, 12, 10), LocalTime.NOON);
        var finance = SignedIn.as(UUID.randomUUID(), scene.council(), Role.FINANCE_OFFICER);
        PaymentRun november = runs.prepare(finance, YearMonth.of(2026, 11));
        runs.approve(finance, november.id(), november.linesDigest());
        runs.post(finance, november.id());
        clock.reset();

        WebSession officer = signedIn(scene.council(), Role.FINANCE_OFFICER);
        String report = officer.get("/spend?year=2026&lang=en").body();
        assertThat(report).contains("Spend and budgets, 2026–27", "£120,000.00", "£24,000.00",
                november.total().toString(), "to the end of November 2026", "No payment run",
                scene.contract().reference());
        assertThat(officer.get("/spend?year=2026&lang=cy").body()).contains("Gwariant a chyllidebau, 2026–27",
                "Dim rhediad taliadau");
        String audited = signedIn(scene.council(), Role.AUDITOR).get(plansPage + "?lang=en").body();
        assertThat(audited).contains("£120,000.00").doesNotContain("Record the figure");
    }

    @Test
    void noOneElseReadsOrRecordsSpend() {
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get("/spend?lang=en").statusCode()).isEqualTo(403);
        assertThat(provider.get(plansPage + "?lang=en").statusCode()).isEqualTo(403);
        assertThat(signedIn(scene.council(), Role.CARE_MANAGER).get("/spend?lang=en").statusCode())
                .isEqualTo(403);
        assertThat(signedIn(otherCouncil, Role.COMMISSIONER).get(plansPage + "?lang=en").statusCode())
                .isEqualTo(404);
        WebSession auditor = signedIn(scene.council(), Role.AUDITOR);
        auditor.get(plansPage + "?lang=en");
        assertThat(auditor.post(plansPage + "?lang=en", Map.of("financialYear", "2026", "kind", "BUDGET",
                "amount", "1", "reason", "Not mine to set")).statusCode()).isEqualTo(403);

        var api = new ApiClient(port);
        String path = "/api/v1/contracts/" + scene.contract().id() + "/spend-plans";
        String body = "{\"financialYear\": 2026, \"kind\": \"BUDGET\", \"amount\": 5000.00, \"reason\": \"Set\"}";
        ApiChecks.problem(api.post(path, organisations.token(otherCouncil, Role.FINANCE_OFFICER), body), 404);
        ApiChecks.problem(api.post(path, organisations.token(scene.provider(), Role.PROVIDER_USER), body), 403);
        ApiChecks.problem(api.get("/api/v1/spend?financialYear=2026", organisations.token(scene.provider(), Role.PROVIDER_USER)),
                403);
        String finance = organisations.token(scene.council(), Role.FINANCE_OFFICER);
        ApiChecks.problem(api.post(path, finance, body.replace("5000.00", "-1")), 400);
        ApiChecks.brokenRule(api.post(path, finance, body.replace("2026", "2031"), "cy"),
                "spend.year.outsideContract", "Nid yw’r contract yn rhedeg yn y flwyddyn ariannol honno");
        assertThat(api.post(path, finance, body).statusCode()).isEqualTo(201);
        JsonNode report = ApiChecks.json(api.get("/api/v1/spend?financialYear=2026", finance));
        assertThat(report.get("budget").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(report.get("contracts")).anySatisfy(c -> {
            assertThat(c.get("contractId").asString()).isEqualTo(scene.contract().id().toString());
            assertThat(c.get("anticipated").isNull()).as("not recorded is null, not 0").isTrue();
        });
        ApiChecks.problem(api.get("/api/v1/spend?financialYear=1999", finance), 422);
    }
}
