package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The rate card simulator page: the worked example, its tables, every fault in the error summary, and who may see it. */
@CylchIntegrationTest
class RateCardSimulatorPagesTest {

    private static final String PAGE = "/rate-cards/simulator";

    /** The page's example: entry paid on 2026-02-01, sustained-6m (212 days of 182) on 2026-08-02. */
    private static final String EXAMPLE_TOTAL = "£3,100.00";

    /** The example the page starts with. */
    private static final String EXAMPLE = """
            {"rateCard": {"currency": "GBP", "upfrontShare": 0.2, "participantCap": 11700.00,
              "outcomes": [{"code": "entry", "price": 700.00},
                           {"code": "sustained-6m", "price": 1400.00, "requires": "entry", "sustainedDays": 182}]},
             "asOf": "2027-03-31",
             "participants": [{"id": "A", "planValue": 5000.00, "events": [
               {"outcome": "entry", "achievedOn": "2026-02-01", "sustainedUntil": "2026-09-01"},
               {"outcome": "sustained-6m", "achievedOn": "2026-02-01", "sustainedUntil": "2026-09-01"}]}]}""";

    private static final String FAULTY = """
            {"rateCard": {"currency": "EUR", "outcomes": [{"code": "a", "price": 1.00, "requires": "a"}]},
             "asOf": "2027-03-31", "participants": []}""";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    private WebSession signedIn(UUID organisation, Role role) {
        var user = fixture.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    @Test
    void theCommissionerSimulatesTheWorkedExample() {
        WebSession browser = signedIn(DEMO_COUNCIL, Role.COMMISSIONER);
        String form = browser.get(PAGE + "?lang=en").body();
        assertThat(form).contains("Rate card simulator", "&quot;sustained-6m&quot;").doesNotContain(EXAMPLE_TOTAL);
        assertThat(browser.get("/?lang=en").body()).contains("href=\"/rate-cards/simulator\"");

        // Up front 0.2 × £5,000.00 = £1,000.00, entry £700.00, sustained-6m £1,400.00: £3,100.00 in all.
        String result = browser.post(PAGE + "?lang=en", Map.of("body", EXAMPLE)).body();

        assertThat(result).contains("What the card pays", "Participant A", "Up-front payment", "£1,000.00",
                "£700.00", "£1,400.00", EXAMPLE_TOTAL).doesNotContain("govuk-error-summary");
        assertThat(browser.post(PAGE + "?lang=cy", Map.of("body", EXAMPLE)).body())
                .contains("Beth mae’r cerdyn yn ei dalu", "Cyfranogwr A", "Taliad ymlaen llaw", EXAMPLE_TOTAL);
    }

    @Test
    void theFinanceOfficerSeesEveryFaultInWelsh() {
        WebSession browser = signedIn(DEMO_COUNCIL, Role.FINANCE_OFFICER);
        browser.get(PAGE + "?lang=cy");

        String page = browser.post(PAGE + "?lang=cy", Map.of("body", FAULTY)).body();

        assertThat(ErrorSummaries.links(page)).containsExactly("body", "body");
        assertThat(page).contains("Rhaid i’r arian cyfred fod yn GBP, nid EUR",
                "Ni all canlyniadau ofyn am ei gilydd mewn cylch: a → a").doesNotContain("Beth mae’r cerdyn");
        assertThat(ErrorSummaries.fieldError(page, "body")).contains("nid EUR", "a → a");
    }

    @Test
    void anEmptyBoxOrOneThatIsNotJsonIsAnError() {
        WebSession browser = signedIn(DEMO_COUNCIL, Role.COMMISSIONER);
        browser.get(PAGE + "?lang=en");

        String empty = browser.post(PAGE + "?lang=en", Map.of("body", " ")).body();
        String notJson = browser.post(PAGE + "?lang=en", Map.of("body", "{\"rateCard\": [")).body();
        String missing = browser.post(PAGE + "?lang=en", Map.of("body", FAULTY.replace(
                "\"asOf\": \"2027-03-31\",", ""))).body();

        assertThat(ErrorSummaries.fieldError(empty, "body")).contains("Enter a rate card, date and participants");
        assertThat(ErrorSummaries.fieldError(notJson, "body")).contains("as in the example");
        assertThat(ErrorSummaries.fieldError(missing, "body")).contains("asOf: Choose or enter a value");
    }

    @Test
    void othersAreRefusedAndNotOfferedThePage() {
        for (var who : Map.of(DEMO_COUNCIL, Role.CARE_MANAGER, DEMO_FIRST_PROVIDER, Role.COMMISSIONER).entrySet()) {
            WebSession browser = signedIn(who.getKey(), who.getValue());
            assertThat(browser.get(PAGE).statusCode()).as(who.getValue().name()).isEqualTo(403);
            assertThat(browser.post(PAGE, Map.of("body", EXAMPLE)).statusCode()).isEqualTo(403);
            assertThat(browser.get("/").body()).doesNotContain("/rate-cards/simulator");
        }
        WebSession auditor = signedIn(DEMO_COUNCIL, Role.AUDITOR);
        assertThat(auditor.get(PAGE).statusCode()).isEqualTo(403);
    }

    @Test
    void someoneSignedOutIsSentToSignIn() {
        assertThat(WebSession.redirectsTo(new WebSession(port).get(PAGE), "/sign-in")).isTrue();
    }
}
