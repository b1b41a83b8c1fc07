package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.Nation;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.OrganisationNations;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Outcomes are linked to the framework of the council's own nation; outcomes stored earlier keep their domain. */
@CylchIntegrationTest
class OutcomeFrameworkByNationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    PeopleSetup setup;

    @Autowired
    OrganisationNations nations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWelshCouncilIsOfferedWalesFrameworkOnly() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession browser = careManagerOf(DEMO_COUNCIL);

        String form = browser.get("/people/" + someone + "/outcomes/new").body();

        assertThat(nations.of(DEMO_COUNCIL)).isEqualTo(Nation.WALES);
        assertThat(form).contains("value=\"wales-nof/relationships\"").doesNotContain("england-ascof")
                .doesNotContain("Enhancing quality of life");
    }

    @Test
    void anEnglishCouncilIsOfferedAscofOnlyAndCannotLinkAWelshDomain() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, null, Nation.ENGLAND);
        UUID someone = peopleFixture.newPerson(council);
        WebSession browser = careManagerOf(council);

        String form = browser.get("/people/" + someone + "/outcomes/new").body();
        var smuggled = browser.post("/people/" + someone + "/outcomes", form("statement",
                "I want to get to chapel on Sundays again", "domain", "wales-nof/relationships", "genuine", "true",
                "realistic", "true"));

        assertThat(form).contains("value=\"england-ascof/quality-of-life\"").doesNotContain("wales-nof");
        assertThat(smuggled.statusCode()).isEqualTo(200);
        assertThat(smuggled.body()).contains("Choose a domain from the list");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from personal_outcome where person_id = ?", Integer.class, someone))).isZero();

        browser.get("/people/" + someone + "/outcomes/new");
        var agreed = browser.post("/people/" + someone + "/outcomes", form("statement",
                "I want to get to chapel on Sundays again", "domain", "england-ascof/quality-of-life", "genuine",
                "true", "realistic", "true"));
        assertThat(agreed.statusCode()).isEqualTo(302);
    }

    @Test
    void anOutcomeStoredWithTheOtherNationsDomainStillShowsItsName() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        SystemScope.run(() -> setup.agreeAll(DEMO_COUNCIL, List.of(new PeopleSetup.PastOutcome(UUID.randomUUID(),
                someone, new OutcomeAgreement("I want to stay living in my own home", "england-ascof/delaying-need",
                        null, null, null, null, true, true), LocalDate.now().minusYears(1), List.of()))));

        String page = careManagerOf(DEMO_COUNCIL).get("/people/" + someone).body();

        assertThat(page).contains("Delaying and reducing the need for care and support");
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private WebSession careManagerOf(UUID council) {
        WebSession browser = new WebSession(port);
        browser.signIn(fixture.user(council, Role.CARE_MANAGER).username(), PASSWORD);
        return browser;
    }
}
