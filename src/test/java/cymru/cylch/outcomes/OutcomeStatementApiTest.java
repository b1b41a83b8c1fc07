package cymru.cylch.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.CylchIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/v1/outcome-statements/classify, as another system would call it. */
@CylchIntegrationTest
class OutcomeStatementApiTest {

    @LocalServerPort
    int port;

    @Test
    void answersWithTheKindAReasonAndASuggestionInEnglish() throws Exception {
        var response = classify("{\"text\": \"Develop a register of those receiving advocacy by June\"}", "en",
                "cylch-demo-token-commissioner");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"kind\":\"output\"")
                .contains("It reads as an output").contains("“register”").contains("\"suggestion\":\"Ask “so what?”");
    }

    @Test
    void answersInWelshWhenAskedInWelsh() throws Exception {
        var response = classify("{\"text\": \"Fewer children in care will offend\"}", "cy",
                "cylch-demo-token-provider");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"kind\":\"outcome\"").contains("Mae’n darllen fel canlyniad");
    }

    @Test
    void blankTextIsAProblemNamingTheField() throws Exception {
        var response = classify("{\"text\": \"  \"}", "en", "cylch-demo-token-commissioner");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"text\"").contains("Enter an objective or outcome to check");
    }

    @Test
    void malformedJsonIsAProblem() throws Exception {
        var response = classify("{\"text\": ", "cy", "cylch-demo-token-commissioner");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("urn:cylch:problem:unreadable").contains("Cais annarllenadwy");
    }

    @Test
    void callersMustAuthenticate() throws Exception {
        var response = classify("{\"text\": \"Fewer falls\"}", "en", null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aBrowserSessionCallWithoutTheCsrfTokenIsRefused() throws Exception {
        var browser = new cymru.cylch.support.WebSession(port);
        browser.signIn("commissioner", "Cylch-demo-1");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/outcome-statements/classify"))
                .header("Content-Type", "application/json")
                .header("Cookie", "CYLCH_SESSION=" + browser.sessionCookie())
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Fewer falls\"}")).build();

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("urn:cylch:problem:forbidden");
    }

    private HttpResponse<String> classify(String json, String language, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/outcome-statements/classify"))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
