package cymru.cylch.organisations;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An administrator registers an organisation, adds a user, changes roles and disables them, through the pages. */
@CylchIntegrationTest
class OrganisationAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationNations nations;

    @Test
    void anAdministratorRegistersAProviderAndGivesItAUser() {
        var admin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        WebSession browser = new WebSession(port);
        browser.signIn(admin.username(), PASSWORD);
        browser.get("/organisations/new");

        var registered = browser.post("/organisations", Map.of("kind", "PROVIDER",
                "name", "Gofal Glas " + admin.username(), "companiesHouseNumber", " sc 123456 ",
                "careRegulatorRegistration", "ciw-998877", "version", "0"));

        assertThat(registered.statusCode()).isEqualTo(302);
        String organisationPath = registered.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        var page = browser.get(organisationPath);
        assertThat(page.body()).contains("SC123456").contains("CIW-998877");

        browser.get(organisationPath + "/users/new");
        Map<String, String> user = new LinkedHashMap<>();
        user.put("displayName", "Nia Newydd");
        user.put("username", "nia-" + admin.username());
        user.put("roles", "PROVIDER_USER");
        user.put("initialPassword", "First-day-at-work-11");
        var created = browser.post(organisationPath + "/users", user);
        assertThat(created.statusCode()).isEqualTo(302);

        // The new user must choose their own password first.
        WebSession nia = new WebSession(port);
        nia.signIn("nia-" + admin.username(), "First-day-at-work-11");
        assertThat(WebSession.redirectsTo(nia.get("/"), "/account/password")).isTrue();
    }

    @Test
    void anAdministratorRecordsTheNationACouncilWorksInAndCanCorrectIt() {
        var admin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        WebSession browser = new WebSession(port);
        browser.signIn(admin.username(), PASSWORD);
        browser.get("/organisations/new");

        var registered = browser.post("/organisations", Map.of("kind", "COUNCIL",
                "name", "Borough Council " + admin.username(), "nation", "ENGLAND", "version", "0"));

        assertThat(registered.statusCode()).isEqualTo(302);
        String organisationPath = registered.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        java.util.UUID id = java.util.UUID.fromString(organisationPath.replaceFirst(".*/organisations/", ""));
        assertThat(nations.of(id)).isEqualTo(Nation.ENGLAND);
        assertThat(browser.get(organisationPath + "/edit").body())
                .containsPattern("value=\"ENGLAND\"[^>]*checked");

        browser.post(organisationPath, Map.of("kind", "COUNCIL", "name", "Borough Council " + admin.username(),
                "nation", "WALES", "version", "0"));
        assertThat(nations.of(id)).isEqualTo(Nation.WALES);
        assertThat(nations.of(DEMO_COUNCIL)).isEqualTo(Nation.WALES);
    }

    @Test
    void badOrganisationDetailsGetSpecificErrorsAndNothingIsSaved() {
        var admin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        WebSession browser = new WebSession(port);
        browser.signIn(admin.username(), PASSWORD);
        browser.get("/organisations/new");
        int before = jdbc.queryForObject("select count(*) from organisation", Integer.class);

        var response = browser.post("/organisations", Map.of("kind", "PROVIDER", "name", "",
                "companiesHouseNumber", "12345", "version", "0"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("There is a problem")
                .contains("Enter the organisation’s name")
                .contains("Enter a Companies House number of 8 digits, or 2 letters and 6 digits");
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isEqualTo(before);
    }

    @Test
    void errorsComeInWelshForAWelshSpeaker() {
        var admin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        WebSession browser = new WebSession(port);
        browser.signIn(admin.username(), PASSWORD);
        browser.get("/organisations/new?lang=cy");

        var response = browser.post("/organisations", Map.of("kind", "PROVIDER", "name", "", "version", "0"));

        assertThat(response.body()).contains("Mae problem").contains("Rhowch enw’r sefydliad");
    }

    @Test
    void disablingAUserEndsTheirSessionsAtOnce() {
        var admin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        var colleague = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession theirBrowser = new WebSession(port);
        theirBrowser.signIn(colleague.username(), PASSWORD);
        assertThat(theirBrowser.get("/").statusCode()).isEqualTo(200);

        WebSession adminBrowser = new WebSession(port);
        adminBrowser.signIn(admin.username(), PASSWORD);
        adminBrowser.get("/organisations/" + DEMO_COUNCIL + "/users/" + colleague.id());
        var disabled = adminBrowser.post("/organisations/" + DEMO_COUNCIL + "/users/" + colleague.id() + "/disable",
                Map.of());

        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(WebSession.redirectsTo(theirBrowser.get("/"), "/sign-in")).isTrue();
        assertThat(WebSession.redirectsTo(new WebSession(port).signIn(colleague.username(), PASSWORD),
                "/sign-in?error")).isTrue();
    }

    @Test
    void aSmuggledFieldChangesNothing() {
        var admin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        WebSession browser = new WebSession(port);
        browser.signIn(admin.username(), PASSWORD);
        browser.get("/organisations/new");

        var response = browser.post("/organisations", Map.of("kind", "PROVIDER", "name", "Smuggler " + admin.username(),
                "version", "0", "registeredBy", OrganisationsFixture.DEMO_SECOND_PROVIDER.toString(),
                "active", "false", "id", DEMO_COUNCIL.toString()));

        assertThat(response.statusCode()).isEqualTo(302);
        var row = jdbc.queryForMap("select id, registered_by, active from organisation where name = ?",
                "Smuggler " + admin.username());
        assertThat(row.get("registered_by")).isEqualTo(DEMO_COUNCIL);
        assertThat(row.get("active")).isEqualTo(true);
        assertThat(row.get("id")).isNotEqualTo(DEMO_COUNCIL);
    }
}
