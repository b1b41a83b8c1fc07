package cymru.cylch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real server and a real PostgreSQL: the embedded one, wiped at start, or the
 * external one named by {@code CYLCH_DATABASE_URL} (CI runs these once against PostgreSQL 15 that way).
 * Every integration test uses exactly this configuration, so they share one application context and one
 * database start. The demo county is loaded as the common fixture; tests that change users make their own.
 * The clock is a {@link TestClock}, which a test may set (and must then reset).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cylch.database.embedded-directory=target/test-postgres",
        "cylch.database.embedded-fresh=true",
        "cylch.demo.enabled=true",
        // Every test client comes from 127.0.0.1; the limits stay on, but far above what the suite sends
        // (RateLimitsTest shows them biting, in a context of its own).
        "cylch.rate-limit.sign-in-per-minute=1000000",
        "cylch.rate-limit.api-token-per-minute=1000000",
        "cylch.rate-limit.api-address-per-minute=1000000",
        "cylch.rate-limit.pages-per-minute=1000000",
        // Tests run on an external PostgreSQL too (CI), where a second-factor key must be configured.
        "cylch.security.second-factor-key=Y3lsY2gtdGVzdC1rZXktMzItYnl0ZXMtZXhhY3RseSE=",
        "logging.structured.format.console=",
        "logging.level.root=WARN"
})
@Tag("database")
@Import(TestClockConfiguration.class)
public @interface CylchIntegrationTest {
}
