package cymru.cylch.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request's statement runs at most {@code cylch.database.statement-timeout} (15 s by default): a search of a
 * thousand words once held a connection for 15 s, and a dozen of them held every connection while health checks
 * queued behind them for 22 s. Now a statement over the limit is cancelled and answered 503, and the health check
 * answers at once on a connection of its own, however busy the request pool.
 */
@CylchIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StatementTimeoutTest {

    private static final String TOKEN = "cylch-demo-token-caremanager";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    OrganisationsFixture fixture;

    @Test
    void everyRequestConnectionCarriesTheLimitAndCylchsOwnWorkHasNone() {
        assertThat(statementTimeout()).isEqualTo("15s");
        assertThat(SystemScope.call(this::statementTimeout)).isEqualTo("0");
        // The same pooled connections, handed out for a request again, have the limit back.
        for (int i = 0; i < 12; i++) {
            assertThat(statementTimeout()).isEqualTo("15s");
        }
    }

    @Test
    void slowStatementsAreCutOffAsBusyWhileTheHealthCheckStillAnswersAtOnce(CapturedOutput output) throws Exception {
        ApiClient api = new ApiClient(port);
        WebSession browser = new WebSession(port);
        browser.signIn(fixture.user(OrganisationsFixture.DEMO_COUNCIL, Role.CARE_MANAGER).username(),
                OrganisationsFixture.PASSWORD);
        assertThat(health().statusCode()).as("warm-up").isEqualTo(200);
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> slow = new ArrayList<>();
        long start = System.nanoTime();
        try {
            // As many as there are request connections: without its own connection the health check would queue.
            for (int i = 0; i < 9; i++) {
                slow.add(threads.submit(() -> api.get("/api/v1/test/slow?seconds=60", TOKEN)));
            }
            Future<HttpResponse<String>> page = threads.submit(() -> browser.get("/test/slow?seconds=60"));
            Thread.sleep(3_000);
            long healthStart = System.nanoTime();
            HttpResponse<String> health = health();
            Duration healthTook = Duration.ofNanos(System.nanoTime() - healthStart);
            System.out.printf("Health check while ten statements held the request pool: %d ms%n",
                    healthTook.toMillis());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
            assertThat(healthTook).isLessThan(Duration.ofSeconds(2));
            for (Future<HttpResponse<String>> future : slow) {
                HttpResponse<String> response = future.get();
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(response.body()).contains("urn:cylch:problem:busy").contains("\"reference\"")
                        .doesNotContain("pg_sleep").doesNotContain("canceling");
            }
            HttpResponse<String> busyPage = page.get();
            assertThat(busyPage.statusCode()).isEqualTo(503);
            assertThat(busyPage.body()).contains("Cylch is busy").contains("cylch-reference")
                    .doesNotContain("pg_sleep");
        } finally {
            threads.shutdownNow();
        }
        // Cut off at the limit (twice at most, for a request that waited for a connection), not after 60 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(45));
        // Logged as a known failure, without a stack trace.
        assertThat(output.getAll()).contains("Server busy, reference").doesNotContain("PSQLException")
                .doesNotContain("at org.postgresql");
    }

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String statementTimeout() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show statement_timeout")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
