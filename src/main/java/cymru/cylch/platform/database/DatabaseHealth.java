package cymru.cylch.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The database's health, checked over a pool of its own (one connection) with a short wait and a short statement
 * limit, so that the health check answers in about a second even when every request connection is busy: a
 * check queued behind the request pool once took 22 seconds while long searches ran, long enough for a load
 * balancer to drop a node that was only busy. Replaces Spring Boot's {@code db} indicator
 * ({@code management.health.db.enabled=false}).
 */
final class DatabaseHealth implements HealthIndicator, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(1);

    private final HikariDataSource pool;

    DatabaseHealth(String username, String password, String jdbcUrl) {
        pool = new HikariDataSource();
        pool.setPoolName("cylch-health");
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(1);
        // Kept open, so a check never waits for a new connection to be made.
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(WAIT.toMillis());
        pool.setValidationTimeout(WAIT.toMillis());
        pool.setInitializationFailTimeout(-1);
        pool.setConnectionInitSql("set statement_timeout = " + WAIT.toMillis());
        DatabaseConfiguration.QUIET_ERRORS.forEach(pool::addDataSourceProperty);
    }

    @Override
    public Health health() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid((int) WAIT.toSeconds()) ? Health.up().build() : Health.down().build();
        } catch (SQLException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
