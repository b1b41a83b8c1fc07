package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a new user found on the forms and home pages: optional fields marked, length errors that say how long a
 * field may be, error summaries in page order, home pages that offer only what the role may do, and the audit
 * search's dates the UK way.
 */
@CylchIntegrationTest
class FormPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Test
    void optionalFieldsAreMarkedAndRequiredOnesAreNotInBothLanguages() {
        WebSession browser = careManager();

        String english = browser.get("/people/new?lang=en").body();
        String welsh = browser.get("/people/new?lang=cy").body();

        assertThat(english).contains(">Given name<").contains(">NHS number (optional)<").contains(">Town (optional)<")
                .contains(">Address line 2 (optional)<").contains(">Communication needs (optional)<")
                .doesNotContain("Given name (optional)").doesNotContain("(optional) (optional)");
        assertThat(welsh).contains(">Enw cyntaf<").contains(">Rhif GIG (dewisol)<").contains(">Tref (dewisol)<")
                .doesNotContain("Enw cyntaf (dewisol)").doesNotContain("(dewisol) (dewisol)");
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        String outcome = browser.get("/people/" + someone + "/outcomes/new?lang=en").body();
        assertThat(outcome).contains("How we will know (optional)").contains("By when (optional)")
                .contains(">Well-being domain<").doesNotContain("Well-being domain (optional)");
        String assessment = browser.get("/people/" + someone + "/assessments/new?lang=cy").body();
        assertThat(assessment).contains("Beth sy’n gweithio (dewisol)").doesNotContain("Beth sy’n bwysig i’r unigolyn (dewisol)");
    }

    @Test
    void aRequiredFieldThatIsTooLongSaysHowLongItMayBeAndTheErrorsComeInPageOrder() {
        WebSession browser = careManager();
        browser.get("/people/new?lang=en");
        Map<String, String> person = new HashMap<>();
        person.put("givenName", "G".repeat(101));
        person.put("familyName", "");
        person.put("birthDay", "1");
        person.put("birthMonth", "1");
        person.put("birthYear", "1800");
        person.put("nhsNumber", "123");
        person.put("town", "T".repeat(101));
        person.put("postcode", "nowhere");

        var english = browser.post("/people", person);

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.fieldError(english.body(), "givenName")).contains("This must be 100 characters or fewer");
        assertThat(english.body()).doesNotContain("between 0 and");
        assertThat(ErrorSummaries.links(english.body())).containsExactly("givenName", "familyName", "birthDay",
                "nhsNumber", "town", "postcode", "preferredLanguage");
        ErrorSummaries.assertInPageOrder(english.body());

        browser.get("/people/new?lang=cy");
        var welsh = browser.post("/people", person);
        assertThat(ErrorSummaries.fieldError(welsh.body(), "givenName")).contains("Rhaid i hwn fod yn 100 nod neu lai");
    }

    @Test
    void theAssessmentFormListsItsErrorsInPageOrder() {
        WebSession browser = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        browser.get("/people/" + someone + "/assessments/new?lang=en");

        var refused = browser.post("/people/" + someone + "/assessments", Map.of("heldDay", "31", "heldMonth", "2",
                "heldYear", "2026", "whatMatters", "", "working", "w".repeat(4001)));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.links(refused.body())).containsExactly("heldDay", "personTookPart", "whatMatters",
                "working");
        ErrorSummaries.assertInPageOrder(refused.body());
    }

    @Test
    void aBrokersHomePageOffersFindingPeopleButNotRegisteringThem() {
        WebSession broker = signedIn(fixture.user(DEMO_COUNCIL, Role.BROKER));
        WebSession careManager = careManager();

        String home = broker.get("/?lang=en").body();

        assertThat(home).contains("Find the people your organisation supports and read their records.")
                .doesNotContain("register someone new").doesNotContain("/people/new");
        assertThat(broker.get("/people").body()).doesNotContain("/people/new");
        assertThat(broker.get("/?lang=cy").body()).contains("darllen eu cofnodion").doesNotContain("cofrestru rhywun newydd");
        assertThat(careManager.get("/?lang=en").body()).contains("register someone new");
    }

    @Test
    void financeOfficersAndProviderUsersAreToldWhatTheyCanDoNowInBothLanguages() {
        WebSession finance = signedIn(fixture.user(DEMO_COUNCIL, Role.FINANCE_OFFICER));
        WebSession provider = signedIn(fixture.user(DEMO_FIRST_PROVIDER, Role.PROVIDER_USER));
        WebSession careManager = careManager();

        assertThat(finance.get("/?lang=en").body()).contains("For now you decide on funding for care and support plans")
                .contains("href=\"/funding-decisions\"").contains("href=\"/outcome-statements\"")
                .contains("href=\"/account\"");
        assertThat(finance.get("/?lang=cy").body()).contains("rydych chi’n penderfynu ar gyllid");
        assertThat(provider.get("/?lang=en").body()).contains("You can see the contracts you supply under")
                .contains("href=\"/contracts\"").contains("href=\"/service-agreements\"");
        assertThat(provider.get("/?lang=cy").body()).contains("Gallwch weld y contractau rydych yn darparu");
        assertThat(careManager.get("/?lang=en").body()).doesNotContain("you decide on funding")
                .doesNotContain("href=\"/funding-decisions\"")
                .doesNotContain("the contracts you supply under");
    }

    @Test
    void theAuditSearchTakesDatesAsDayMonthAndYear() {
        WebSession auditor = signedIn(fixture.user(DEMO_COUNCIL, Role.AUDITOR));
        LocalDate today = LocalDate.now();

        String page = auditor.get("/audit?lang=en").body();
        var filtered = auditor.get("/audit?lang=cy&fromDay=1&fromMonth=1&fromYear=" + today.getYear()
                + "&toDay=" + today.getDayOfMonth() + "&toMonth=" + today.getMonthValue() + "&toYear=" + today.getYear());
        var unreal = auditor.get("/audit?lang=en&fromDay=31&fromMonth=2&fromYear=2026");
        var backwards = auditor.get("/audit?lang=en&fromDay=2&fromMonth=1&fromYear=2026&toDay=1&toMonth=1&toYear=2026");

        assertThat(page).doesNotContain("type=\"date\"").contains("id=\"fromDay\"").contains("id=\"toYear\"")
                .contains("For example, 22 11 2026");
        assertThat(filtered.statusCode()).isEqualTo(200);
        assertThat(filtered.body()).contains("Er enghraifft, 22 11 2026").doesNotContain("govuk-error-summary")
                .contains("value=\"" + today.getYear() + "\"");
        assertThat(ErrorSummaries.fieldError(unreal.body(), "from")).contains("Enter a real date");
        assertThat(ErrorSummaries.links(backwards.body())).containsExactly("toDay");
    }

    private WebSession careManager() {
        return signedIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER));
    }

    private WebSession signedIn(OrganisationsFixture.TestUser user) {
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }
}
