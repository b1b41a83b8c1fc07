package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Registering, finding and viewing people through the pages and the API, and the walls around them. */
@CylchIntegrationTest
@RecordApplicationEvents
class PeopleIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEvents events;

    @Autowired
    PersonManagement management;

    @Test
    void theDemoCountyHoldsItsPeople() {
        // Demo people are the ones Cylch itself registered (no user); tests add others to the same council.
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from person where held_by = ? and created_by is null and nhs_number like '999%'",
                Integer.class, DEMO_COUNCIL)))
                .isEqualTo(1_070);
    }

    @Test
    void aCareManagerRegistersAPersonAndFindsThemEveryWay() {
        WebSession browser = careManager();
        browser.get("/people/new");

        var created = browser.post("/people", person("Gwenllian", "Prydderch", "9434765919"));

        assertThat(created.statusCode()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        var page = browser.get(path);
        assertThat(page.body()).contains("Gwenllian Prydderch").contains("943 476 5919").contains("SA98 1AB")
                .contains("Welsh");
        String reference = SystemScope.call(() -> jdbc.queryForObject(
                "select reference from person where nhs_number = '9434765919'", String.class));
        for (String query : new String[] {"prydd", "gwenllian prydderch", "943 476 5919", reference, "21/3/1941",
                "1941-03-21"}) {
            assertThat(browser.get("/people?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                    .body()).as(query).contains("Gwenllian Prydderch");
        }
        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        assertThat(audit.historyOf(DEMO_COUNCIL, "person", id.toString())).extracting(e -> e.action())
                .contains(AuditAction.CREATED, AuditAction.VIEWED);
    }

    @Test
    void badDetailsGetSpecificErrorsInTheUsersLanguageAndNothingIsSaved() {
        WebSession browser = careManager();
        browser.get("/people/new?lang=cy");
        int before = SystemScope.call(() -> jdbc.queryForObject("select count(*) from person", Integer.class));
        Map<String, String> bad = person("", "Jones", "9434765918");
        bad.put("birthDay", "31");
        bad.put("birthMonth", "2");
        bad.put("postcode", "NOT A CODE");

        var response = browser.post("/people", bad);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Rhowch enw cyntaf yr unigolyn")
                .contains("Rhaid i’r dyddiad geni fod yn ddyddiad go iawn")
                .contains("Rhowch rif GIG go iawn").contains("Rhowch god post go iawn");
        assertThat(SystemScope.call(() -> jdbc.queryForObject("select count(*) from person", Integer.class)))
                .isEqualTo(before);
    }

    @Test
    void aPostWithoutTheCheckboxMarkersAndVersionStillWorks() {
        WebSession browser = careManager();
        browser.get("/people/new");
        Map<String, String> bare = person("Bare", "Post", null);
        bare.remove("welshOfferMade");
        bare.remove("consentToShare");
        bare.remove("version");

        assertThat(browser.post("/people", bare).statusCode()).isEqualTo(302);
    }

    @Test
    void theSameNhsNumberCannotBeRegisteredTwice() {
        WebSession browser = careManager();
        browser.get("/people/new");
        browser.post("/people", person("Ifor", "Bach", "9000000009"));
        browser.get("/people/new");

        var again = browser.post("/people", person("Ifor", "Bach", "900 000 0009"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Your organisation already holds a person with this NHS number");
    }

    @Test
    void anotherCouncilSeesNothingAndTheAttemptIsAudited() {
        UUID someone = anyDemoPerson();
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var stranger = fixture.user(otherCouncil, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(stranger.username(), PASSWORD);

        var page = browser.get("/people/" + someone);
        var search = browser.get("/people?q=jones");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(search.body()).doesNotContain("/people/" + someone).contains("No one your organisation holds");
        assertThat(browser.get("/people/" + someone + "/edit").statusCode()).isEqualTo(404);
        // The view and the edit page were both refused and both recorded.
        assertThat(audit.historyOf(otherCouncil, "person", someone.toString())).extracting(e -> e.action())
                .containsExactly(AuditAction.ACCESS_REFUSED, AuditAction.ACCESS_REFUSED);
    }

    @Test
    void providersAndAdministratorsCannotOpenPeoplesRecords() {
        UUID someone = anyDemoPerson();
        for (String user : new String[] {"provider", "admin", "commissioner", "finance"}) {
            WebSession browser = new WebSession(port);
            browser.signIn(user, DEMO_PASSWORD);
            assertThat(browser.get("/people/" + someone).statusCode()).as(user).isEqualTo(403);
            assertThat(browser.get("/people?q=jones").statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void anAuditorReadsButCannotChange() {
        UUID someone = anyDemoPerson();
        WebSession auditor = new WebSession(port);
        auditor.signIn("auditor", DEMO_PASSWORD);

        assertThat(auditor.get("/people/" + someone).statusCode()).isEqualTo(200);
        assertThat(auditor.get("/people/" + someone + "/edit").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/people/new").statusCode()).isEqualTo(403);
    }

    @Test
    void recordingADeathTellsOtherModules() {
        WebSession browser = careManager();
        browser.get("/people/new");
        var created = browser.post("/people", person("Elis", "Marw", null));
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        browser.get(path + "/death");

        var future = browser.post(path + "/death", Map.of("deathDay", "1", "deathMonth", "1", "deathYear", "2999"));
        assertThat(future.body()).contains("The date of death must be today or in the past");
        var recorded = browser.post(path + "/death", Map.of("deathDay", "2", "deathMonth", "11", "deathYear", "2026"));

        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(browser.get(path).body()).contains("Died on 2 November 2026");
    }

    @Test
    void recordingADeathPublishesPersonDied() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        var actor = SignedIn.as(careManager.id(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = SystemScope.call(() -> jdbc.queryForObject("select id from person where held_by = ? "
                + "and date_of_death is null and family_name = 'Evans' limit 1", UUID.class, DEMO_COUNCIL));

        management.recordDeath(actor, someone, LocalDate.of(2026, 11, 2));

        SignedIn.clear();

        assertThat(events.stream(PersonDied.class)).singleElement()
                .isEqualTo(new PersonDied(PersonId.of(someone), OrganisationId.of(DEMO_COUNCIL),
                        LocalDate.of(2026, 11, 2)));
    }

    @Test
    void theApiFindsAndReadsPeopleOnlyForTheirHolder() {
        UUID someone = anyDemoPerson();
        ApiClient api = new ApiClient(port);

        var found = api.get("/api/v1/people?q=jones", "cylch-demo-token-caremanager");
        var one = api.get("/api/v1/people/" + someone, "cylch-demo-token-caremanager");
        var provider = api.get("/api/v1/people/" + someone, "cylch-demo-token-provider");

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"familyName\":\"Jones\"");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains(someone.toString()).contains("\"nhsNumber\":\"999");
        assertThat(provider.statusCode()).isEqualTo(403);
    }

    private WebSession careManager() {
        var user = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    private UUID anyDemoPerson() {
        return SystemScope.call(() -> jdbc.queryForObject(
                "select id from person where held_by = ? and family_name = 'Jones' limit 1", UUID.class, DEMO_COUNCIL));
    }

    private static Map<String, String> person(String given, String family, String nhsNumber) {
        Map<String, String> form = new HashMap<>();
        form.put("givenName", given);
        form.put("familyName", family);
        form.put("birthDay", "21");
        form.put("birthMonth", "3");
        form.put("birthYear", "1941");
        if (nhsNumber != null) {
            form.put("nhsNumber", nhsNumber);
        }
        form.put("addressLine1", "3 Heol y Bryn");
        form.put("town", "Aberwen");
        form.put("postcode", "sa981ab");
        form.put("areaCode", "MYN-ABW");
        form.put("preferredLanguage", "CY");
        form.put("welshOfferMade", "true");
        form.put("consentToShare", "true");
        form.put("version", "0");
        return form;
    }
}
