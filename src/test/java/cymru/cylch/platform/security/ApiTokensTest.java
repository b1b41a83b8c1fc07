package cymru.cylch.platform.security;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bearer tokens: made in the pages, shown once, stored hashed, scoped, revocable, audited. */
@CylchIntegrationTest
class ApiTokensTest {

    private static final Pattern SHOWN_TOKEN = Pattern.compile("id=\"new-token\">([^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void aUserMakesATokenThatActsForTheirOrganisationAndItsUseIsAudited() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER, Role.BROKER);
        String token = makeToken(user.username(), "COMMISSIONER");
        ApiClient api = new ApiClient(port);

        var me = api.get("/api/v1/me", token);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(user.username()).contains(DEMO_COUNCIL.toString())
                .contains("COMMISSIONER").doesNotContain("BROKER");
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_digest = ?", Integer.class,
                ApiTokens.digest(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_digest = ?", Integer.class,
                token)).isZero();
        assertThat(audit.search(new cymru.cylch.platform.audit.AuditSearch(DEMO_COUNCIL, null, null,
                AuditAction.API_TOKEN_USED, user.username(), null, null, 0, 10)).entries()).hasSize(1);
    }

    @Test
    void aRevokedTokenIsRefusedWithAProblem() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        String token = makeToken(user.username(), "COMMISSIONER");
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        browser.get("/account/api-tokens");
        String id = jdbc.queryForObject("select id::text from api_token where user_id = ?", String.class, user.id());

        browser.post("/account/api-tokens/" + id + "/revoke", Map.of());
        var refused = new ApiClient(port).get("/api/v1/me", token);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":401").contains("urn:cylch:problem:token-invalid");
    }

    @Test
    void aTokenStopsWorkingWhenItsUserIsDisabledOrLosesTheRole() {
        var user = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER, Role.AUDITOR);
        String token = makeToken(user.username(), "COMMISSIONER");
        jdbc.update("""
                delete from membership_role where role = 'COMMISSIONER'
                and membership_id = (select id from membership where user_id = ?)""", user.id());
        var me = new ApiClient(port).get("/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).doesNotContain("COMMISSIONER");

        jdbc.update("update app_user set enabled = false where id = ?", user.id());
        assertThat(new ApiClient(port).get("/api/v1/me", token).statusCode()).isEqualTo(401);
    }

    @Test
    void theDemoTokensWorkAndAProviderTokenCannotReachAdministration() {
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/organisations", "cylch-demo-token-admin").statusCode()).isEqualTo(200);
        var provider = api.get("/api/v1/organisations", "cylch-demo-token-provider");
        assertThat(provider.statusCode()).isEqualTo(403);
        assertThat(provider.body()).contains("urn:cylch:problem:forbidden").doesNotContain("Mynyddwen");
        var sideways = api.get("/api/v1/organisations/" + DEMO_COUNCIL, "cylch-demo-token-provider");
        assertThat(sideways.statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorTokenCannotReadAnOrganisationItDoesNotAdminister() {
        var providerAdmin = fixture.user(DEMO_FIRST_PROVIDER, Role.ADMINISTRATOR);
        String token = makeToken(providerAdmin.username(), "ADMINISTRATOR");
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/organisations/" + DEMO_FIRST_PROVIDER, token).statusCode()).isEqualTo(200);
        var other = api.get("/api/v1/organisations/" + DEMO_COUNCIL, token);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("urn:cylch:problem:not-found").doesNotContain("Mynyddwen");
    }

    @Test
    void problemsComeInTheLanguageAsked() {
        var response = new ApiClient(port).get("/api/v1/me", "not-a-token", "cy");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Ni dderbyniwyd y tocyn API");
    }

    @Test
    void noTokenGetsAnUnauthenticatedProblemNotASignInPage() {
        var response = new ApiClient(port).get("/api/v1/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("urn:cylch:problem:unauthenticated");
    }

    @Test
    void aTokenCannotCarryARoleItsUserDoesNotHold() {
        var user = fixture.user(DEMO_COUNCIL, Role.BROKER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        browser.get("/account/api-tokens");

        var response = browser.post("/account/api-tokens", Map.of("name", "Sneaky", "validDays", "30",
                "roles", "ADMINISTRATOR"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("A token can carry only roles you hold in this organisation");
        assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ?", Integer.class, user.id()))
                .isZero();
    }

    private String makeToken(String username, String role) {
        WebSession browser = new WebSession(port);
        browser.signIn(username, PASSWORD);
        browser.get("/account/api-tokens");
        var page = browser.post("/account/api-tokens", Map.of("name", "Care system", "validDays", "30", "roles", role));
        var matcher = SHOWN_TOKEN.matcher(page.body());
        assertThat(matcher.find()).as("token shown once on the page").isTrue();
        assertThat(browser.get("/account/api-tokens").body()).doesNotContain(matcher.group(1));
        return matcher.group(1);
    }
}
