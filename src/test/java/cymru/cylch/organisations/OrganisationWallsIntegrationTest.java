package cymru.cylch.organisations;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static cymru.cylch.support.OrganisationsFixture.DEMO_SECOND_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Organisations are walls: every administration page tried from the wrong side gives 403 or 404, never data. */
@CylchIntegrationTest
class OrganisationWallsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Test
    void aProviderUserCannotOpenAnyAdministrationOrAuditPage() {
        WebSession provider = new WebSession(port);
        provider.signIn("provider", DEMO_PASSWORD);

        for (String path : new String[] {"/organisations", "/organisations/" + DEMO_COUNCIL,
                "/organisations/" + DEMO_FIRST_PROVIDER, "/organisations/" + DEMO_COUNCIL + "/users/new", "/audit"}) {
            var response = provider.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).doesNotContain("Mynyddwen County Council").doesNotContain("Alys Administrator");
        }
    }

    @Test
    void aProviderAdministratorSeesOnlyTheirOwnOrganisation() {
        var providerAdmin = fixture.user(DEMO_FIRST_PROVIDER, Role.ADMINISTRATOR);
        WebSession browser = new WebSession(port);
        browser.signIn(providerAdmin.username(), PASSWORD);

        var own = browser.get("/organisations/" + DEMO_FIRST_PROVIDER);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Pedr Provider");

        for (var other : new java.util.UUID[] {DEMO_COUNCIL, DEMO_SECOND_PROVIDER}) {
            var response = browser.get("/organisations/" + other);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Alys Administrator").doesNotContain("Mynyddwen County Council");
            assertThat(browser.get("/organisations/" + other + "/users/new").statusCode()).isEqualTo(404);
        }
        assertThat(browser.get("/organisations").body()).doesNotContain("Mynyddwen County Council");
        // Registering organisations is for commissioning bodies only.
        assertThat(browser.get("/organisations/new").statusCode()).isEqualTo(404);
    }

    @Test
    void aProviderAdministratorCannotChangeAnotherOrganisationsUsers() {
        var providerAdmin = fixture.user(DEMO_FIRST_PROVIDER, Role.ADMINISTRATOR);
        var councilUser = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession browser = new WebSession(port);
        browser.signIn(providerAdmin.username(), PASSWORD);
        browser.get("/organisations/" + DEMO_FIRST_PROVIDER);

        var disable = browser.post("/organisations/" + DEMO_COUNCIL + "/users/" + councilUser.id() + "/disable",
                Map.of());
        var sideways = browser.post("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + councilUser.id()
                + "/disable", Map.of());

        assertThat(disable.statusCode()).isEqualTo(404);
        assertThat(sideways.statusCode()).isEqualTo(404);
        assertThat(WebSession.redirectsTo(new WebSession(port).signIn(councilUser.username(), PASSWORD), "/"))
                .isTrue();
    }

    @Test
    void oneCouncilsAdministratorCannotSeeAnotherCouncil() {
        var otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var otherAdmin = fixture.user(otherCouncil, Role.ADMINISTRATOR);
        WebSession browser = new WebSession(port);
        browser.signIn(otherAdmin.username(), PASSWORD);

        assertThat(browser.get("/organisations/" + DEMO_COUNCIL).statusCode()).isEqualTo(404);
        assertThat(browser.get("/organisations/" + DEMO_FIRST_PROVIDER).statusCode()).isEqualTo(404);
        assertThat(browser.get("/organisations").body()).doesNotContain("Mynyddwen");
        assertThat(browser.get("/audit").body()).doesNotContain("Pedr").doesNotContain("caremanager");
    }

    @Test
    void aCouncilAdministratorManagesTheProvidersItRegistered() {
        WebSession admin = new WebSession(port);
        admin.signIn("admin", DEMO_PASSWORD);

        var provider = admin.get("/organisations/" + DEMO_FIRST_PROVIDER);

        assertThat(provider.statusCode()).isEqualTo(200);
        assertThat(provider.body()).contains("Pedr Provider");
    }
}
