package cymru.cylch.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rate limits biting, in an application of its own with low limits (the shared test application sets them
 * far above what the suite sends). Each test comes from its own client addresses, given as a trusted proxy
 * (127.0.0.1) would give them in {@code X-Forwarded-For}, so the tests do not share buckets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cylch.database.embedded-directory=target/test-postgres-rate-limits",
        "cylch.database.embedded-fresh=true",
        "cylch.demo.enabled=false",
        "cylch.rate-limit.sign-in-per-minute=3",
        "cylch.rate-limit.api-token-per-minute=4",
        "cylch.rate-limit.api-address-per-minute=2",
        "cylch.rate-limit.pages-per-minute=8",
        // Run on an external PostgreSQL too (CI), where a second-factor key must be configured.
        "cylch.security.second-factor-key=Y3lsY2gtdGVzdC1rZXktMzItYnl0ZXMtZXhhY3RseSE=",
        "logging.structured.format.console=",
        "logging.level.root=WARN"
})
@Tag("database")
class RateLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signInAttemptsFromOneAddressAreLimitedWithAPlainPageInTheUsersLanguage() {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("198.51.100.10", "en").statusCode()).isIn(302, 403);
        }

        var refused = signIn("198.51.100.10", "cy");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfter(refused)).isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).contains("bu gormod o geisiadau").contains("<html lang=\"cy\"");
        // Another address is not affected.
        assertThat(signIn("198.51.100.11", "en").statusCode()).isIn(302, 403);
    }

    @Test
    void apiRequestsWithOneTokenAreLimitedWithAProblemInTheCallersLanguage() {
        String token = "cylch_not-a-real-token-but-limited-all-the-same";
        for (int i = 0; i < 4; i++) {
            assertThat(api("203.0.113.20", token, "en").statusCode()).isEqualTo(401);
        }

        var refused = api("203.0.113.20", token, "cy");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfter(refused)).isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("urn:cylch:problem:too-many-requests").contains("Gormod o geisiadau");
        // The limit is the token's, wherever it comes from; another token from the same address is not limited.
        assertThat(api("203.0.113.21", token, "en").statusCode()).isEqualTo(429);
        assertThat(api("203.0.113.20", token + "-other", "en").statusCode()).isEqualTo(401);
        // Buckets are named by the token's digest, never the token.
        List<String> names = jdbc.queryForList("select id from rate_limit_bucket", String.class);
        assertThat(names).noneMatch(name -> name.contains(token))
                .anyMatch(name -> name.endsWith(":" + Secrets.digest(token)));
    }

    @Test
    void apiRequestsWithoutATokenAreLimitedPerAddress() {
        for (int i = 0; i < 2; i++) {
            assertThat(api("203.0.113.30", null, "en").statusCode()).isEqualTo(401);
        }

        var refused = api("203.0.113.30", null, "en");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many requests");
        assertThat(api("203.0.113.31", null, "en").statusCode()).isEqualTo(401);
    }

    @Test
    void pagesFromOneAddressAreLimitedButStaticFilesAndHealthProbesAreNot() {
        for (int i = 0; i < 8; i++) {
            assertThat(get("192.0.2.40", "/sign-in").statusCode()).isEqualTo(200);
        }

        var refused = get("192.0.2.40", "/sign-in");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Sorry, there have been too many requests");
        assertThat(get("192.0.2.40", "/actuator/health", "application/json").statusCode()).isEqualTo(200);
        assertThat(get("192.0.2.40", "/favicon.svg", "*/*").statusCode()).isEqualTo(200);
        assertThat(get("192.0.2.41", "/sign-in").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> signIn(String address, String language) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("X-Forwarded-For", address).header("Accept", "text/html").header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=wrong")).build());
    }

    private HttpResponse<String> api(String address, String token, String language) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("X-Forwarded-For", address).header("Accept", "application/json")
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET().build());
    }

    private HttpResponse<String> get(String address, String path) {
        return get(address, path, "text/html");
    }

    private HttpResponse<String> get(String address, String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address).header("Accept", accept).GET().build());
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElse("0"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
