package cymru.cylch.platform.database;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Database settings. A blank {@code url} means: start an embedded PostgreSQL whose files are kept in
 * {@code embeddedDirectory}, so that trying Cylch needs nothing but a JDK.
 *
 * @param systemRole the role (BYPASSRLS, granted to the application's role) that Cylch's own work across
 *                   organisations switches to ({@link SystemScope}); row-level security policies then stay a
 *                   single equality the planner can use
 * @param grantsRole the role (granted to the application's role) that connections of organisations reading others'
 *                   records through access grants (providers, health boards) switch to; the grant policies are
 *                   for it alone, so no other query is planned with them
 * @param embeddedFresh wipe the embedded database at start (tests only)
 * @param statementTimeout the longest one statement of a request may run before PostgreSQL cancels it (zero: no
 *                         limit); set on every connection the application hands out, so it holds on any server
 * @param systemStatementTimeout the same for Cylch's own work in {@link SystemScope} (loading the demo county,
 *                               bulk loads); zero means no limit. Flyway's migrations have none.
 */
@ConfigurationProperties("cylch.database")
public record DatabaseSettings(
        @Nullable String url,
        String username,
        @Nullable String password,
        @Nullable String migrationUsername,
        @Nullable String migrationPassword,
        String systemRole,
        String grantsRole,
        int poolSize,
        Path embeddedDirectory,
        int embeddedPort,
        boolean embeddedFresh,
        Duration statementTimeout,
        Duration systemStatementTimeout) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    /** True when Flyway migrates as a separate owner role, so the application role can be granted less. */
    boolean separateMigrationRole() {
        return migrationUsername != null && !migrationUsername.isBlank() && !migrationUsername.equals(username);
    }
}
