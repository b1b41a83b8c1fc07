package cymru.cylch.platform.web;

import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Plain error pages with references, problem responses, security headers, and no-store on signed-in pages. */
@CylchIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorsAndHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void aServerErrorShowsAReferenceAndNoInternals() {
        WebSession browser = new WebSession(port);
        browser.signIn("commissioner", DEMO_PASSWORD);

        var response = browser.get("/test/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Sorry, there is a problem with Cylch").containsPattern("CY-[A-Z0-9]{4}-[A-Z0-9]{4}")
                .doesNotContain("secret internal detail").doesNotContain("IllegalStateException")
                .doesNotContain("at cymru.");
    }

    @Test
    void aServerErrorIsLoggedNamingTheMethodThatFailed(CapturedOutput output) {
        WebSession browser = new WebSession(port);
        browser.signIn("commissioner", DEMO_PASSWORD);

        var response = browser.get("/test/failure");

        String reference = response.body().replaceAll("(?s).*(CY-[A-Z0-9]{4}-[A-Z0-9]{4}).*", "$1");
        assertThat(output.getAll()).containsPattern("ERROR .*TestEndpoints\\$Failing.*Server error, reference "
                + reference + ", in Failing.fail\\(\\) on GET /test/failure");
    }

    @Test
    void anApiServerErrorIsAProblemWithAReference() {
        var response = new ApiClient(port).get("/api/v1/test/failure", "cylch-demo-token-commissioner");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).containsPattern("\"reference\":\"CY-[A-Z0-9]{4}-[A-Z0-9]{4}\"")
                .doesNotContain("secret internal detail");
    }

    @Test
    void anUnknownPageIsAPlainNotFoundInTheUsersLanguage() {
        WebSession browser = new WebSession(port);
        browser.signIn("commissioner", DEMO_PASSWORD);

        assertThat(browser.get("/no/such/page").body()).contains("Page not found");
        assertThat(browser.get("/no/such/page?lang=cy").body()).contains("Heb ddod o hyd i’r dudalen");
    }

    @Test
    void theErrorPageVisitedDirectlyIsNotFoundAndLogsNoServerError(CapturedOutput output) {
        var page = new WebSession(port).get("/error");
        var problem = new ApiClient(port).get("/error", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("CY-");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.body()).contains("urn:cylch:problem:not-found");
        assertThat(output.getAll()).doesNotContain("Server error");
    }

    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        var response = new ApiClient(port).get("/api/v1/nothing-here", "cylch-demo-token-commissioner");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("urn:cylch:problem:not-found");
    }

    @Test
    void aHandlerWithoutAnAuthorisationRuleIsNeverRun() {
        WebSession browser = new WebSession(port);
        browser.signIn("admin", DEMO_PASSWORD);

        var response = browser.get("/test/unruled");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("this must never be served");
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndSignedInPagesAreNotStored() {
        WebSession browser = new WebSession(port);
        var signIn = browser.get("/sign-in");
        browser.signIn("admin", DEMO_PASSWORD);
        var home = browser.get("/");

        for (var response : java.util.List.of(signIn, home)) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                    .contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
            assertThat(headers.firstValue("Strict-Transport-Security").orElse("")).contains("max-age=31536000");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy").orElse(""))
                    .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
        }
        var api = new ApiClient(port).get("/api/v1/me", "cylch-demo-token-commissioner");
        var refused = new ApiClient(port).get("/api/v1/me", null);
        for (var response : java.util.List.of(api, refused)) {
            assertThat(response.headers().firstValue("Permissions-Policy").orElse(""))
                    .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
        }
        assertThat(home.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void theLanguageSwitchKeepsTheUserOnTheSamePage() {
        WebSession browser = new WebSession(port);
        browser.signIn("auditor", DEMO_PASSWORD);

        var english = browser.get("/audit?action=SIGNED_IN");
        assertThat(english.body()).contains("href=\"/audit?action=SIGNED_IN&amp;lang=cy\"");
        var welsh = browser.get("/audit?action=SIGNED_IN&lang=cy");
        assertThat(welsh.body()).contains("<html lang=\"cy\"").contains("Log archwilio")
                .contains("href=\"/audit?action=SIGNED_IN&amp;lang=en\"");
        assertThat(browser.get("/").body()).contains("Croeso").contains("Cyngor Sir Mynyddwen");
    }

    @Test
    void onlyHealthAndInfoAreExposed() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(api.get("/actuator/info", null).statusCode()).isEqualTo(200);
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics",
                "/actuator/heapdump"}) {
            assertThat(api.get(hidden, "cylch-demo-token-admin").statusCode()).as(hidden).isIn(302, 401, 403, 404);
            assertThat(new WebSession(port).get(hidden).statusCode()).as(hidden).isNotEqualTo(200);
        }
    }

    @Test
    void theOpenApiDescriptionListsTheApi() {
        var response = new ApiClient(port).get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/me").contains("/api/v1/organisations").contains("bearer");
    }
}
