package cymru.cylch.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

/**
 * The application's data sources. The application connects as a role that may read and write its tables
 * but not alter the audit log; Flyway migrates as the schema owner. On the embedded database Cylch creates
 * both roles itself, so trying Cylch exercises the same separation as production.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final String EMBEDDED_DATABASE = "cylch";
    static final String EMBEDDED_OWNER = "postgres";
    /** The name of the rate limits' own connection pool. */
    static final String RATE_LIMIT_DATA_SOURCE = "rateLimitDataSource";

    @Bean
    DatabaseMode databaseMode(DatabaseSettings settings) {
        return new DatabaseMode(settings.embedded());
    }

    @Bean
    ConnectionTarget connectionTarget(DatabaseSettings settings) {
        if (!settings.embedded()) {
            return new ConnectionTarget(settings.url(), null);
        }
        EmbeddedDatabase postgres = startEmbedded(settings);
        return new ConnectionTarget(postgres.jdbcUrl(EMBEDDED_DATABASE), postgres);
    }

    /** The application's data source: pooled, each connection scoped to the current organisation. */
    @Bean
    @Primary
    ScopedDataSource dataSource(DatabaseSettings settings, ConnectionTarget target, DataScope scope) {
        return new ScopedDataSource(pool("cylch", settings, target, settings.poolSize()), scope,
                new ScopedDataSource.Roles(settings.systemRole(), settings.grantsRole()), settings.statementTimeout(),
                settings.systemStatementTimeout());
    }

    /** The database's health, on a connection of its own: see {@link DatabaseHealth}. */
    @Bean(destroyMethod = "close")
    DatabaseHealth databaseHealthIndicator(DatabaseSettings settings, ConnectionTarget target) {
        return new DatabaseHealth(settings.username(), target.applicationPassword(settings), target.jdbcUrl());
    }

    /**
     * Sessions are read while the signed-in user is still being worked out, so they have a small pool of their
     * own that carries no scope (the session tables hold no personal data and have no row-level security).
     */
    @Bean(destroyMethod = "close")
    @SpringSessionDataSource
    HikariDataSource sessionDataSource(DatabaseSettings settings, ConnectionTarget target) {
        return pool("cylch-sessions", settings, target, Math.max(2, settings.poolSize() / 2));
    }

    /**
     * Rate limit buckets (see platform.security's {@code RateLimiting}) are locked for a moment on every request, before
     * the user is known; a small pool of their own, without scope, so that many requests from one address waiting
     * on their bucket never hold up sessions or the application's work.
     */
    @Bean(name = RATE_LIMIT_DATA_SOURCE, destroyMethod = "close")
    HikariDataSource rateLimitDataSource(DatabaseSettings settings, ConnectionTarget target) {
        return pool("cylch-rate-limits", settings, target, Math.max(2, settings.poolSize() / 2));
    }

    private static HikariDataSource pool(String name, DatabaseSettings settings, ConnectionTarget target, int size) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName(name);
        dataSource.setJdbcUrl(target.jdbcUrl());
        dataSource.setUsername(settings.username());
        dataSource.setPassword(target.applicationPassword(settings));
        dataSource.setMaximumPoolSize(size);
        // The request limit from the first statement on; the scoped pool sets it again at every checkout.
        dataSource.setConnectionInitSql("set statement_timeout = " + settings.statementTimeout().toMillis());
        QUIET_ERRORS.forEach(dataSource::addDataSourceProperty);
        return dataSource;
    }

    /**
     * The driver's error messages must never carry bound values (a name, an NHS number): without this a failed
     * batch insert is reported with the whole statement and its parameters, and a unique violation with the
     * duplicate key, and both end up in the log.
     */
    static final Map<String, String> QUIET_ERRORS = Map.of("logServerErrorDetail", "false");

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(DatabaseSettings settings, ConnectionTarget target) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource();
        dataSource.setDriverClassName("org.postgresql.Driver");
        dataSource.setUrl(target.jdbcUrl());
        var properties = new java.util.Properties();
        properties.putAll(QUIET_ERRORS);
        dataSource.setConnectionProperties(properties);
        EmbeddedDatabase embedded = target.embedded();
        if (embedded != null) {
            dataSource.setUsername(EMBEDDED_OWNER);
            dataSource.setPassword(embedded.password());
        } else if (settings.separateMigrationRole()) {
            dataSource.setUsername(settings.migrationUsername());
            dataSource.setPassword(settings.migrationPassword());
        } else {
            dataSource.setUsername(settings.username());
            dataSource.setPassword(settings.password());
        }
        return dataSource;
    }

    /** Tells the afterMigrate callback which role to grant the application's privileges to. */
    @Bean
    FlywayConfigurationCustomizer applicationRoleGrants(DatabaseSettings settings, ConnectionTarget target) {
        boolean separate = target.embedded() != null || settings.separateMigrationRole();
        String appRole = separate ? settings.username() : "";
        return configuration -> configuration.placeholders(Map.of("appRole", appRole,
                "systemRole", settings.systemRole(), "grantsRole", settings.grantsRole()));
    }

    private static EmbeddedDatabase startEmbedded(DatabaseSettings settings) {
        try {
            if (settings.embeddedFresh()) {
                StalePostmaster.stopIfRunning(settings.embeddedDirectory());
                deleteRecursively(settings.embeddedDirectory());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the embedded PostgreSQL's directory", e);
        }
        EmbeddedDatabase postgres = EmbeddedDatabase.start(settings.embeddedDirectory(), settings.embeddedPort(),
                !settings.embeddedFresh());
        createDatabaseAndRoles(postgres, settings.username(), settings.systemRole(), settings.grantsRole());
        log.info("Embedded PostgreSQL started on {}:{} with data in {}", EmbeddedDatabase.LISTEN_ADDRESS,
                postgres.port(), settings.embeddedDirectory());
        return postgres;
    }

    @SuppressFBWarnings(value = {"SQL_INJECTION_JDBC", "SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE",
            "OBL_UNSATISFIED_OBLIGATION"}, justification = "The names are a constant and the operator's own"
            + " configuration, never a request; role names cannot be bound parameters. Each result set is closed"
            + " with the statement that made it")
    private static void createDatabaseAndRoles(EmbeddedDatabase postgres, String appRole, String systemRole,
                                               String grantsRole) {
        try (Connection connection = postgres.superuserConnection("postgres");
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + EMBEDDED_DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + EMBEDDED_DATABASE);
            }
            var roleExists = statement.executeQuery("select 1 from pg_roles where rolname = '" + appRole + "'");
            if (!roleExists.next()) {
                statement.execute("create role \"" + appRole + "\" login");
            }
            // Every start, for data directories made before: the application role must not inherit the grants
            // role's privileges, or the grant policies would apply to all its queries (ScopedDataSource.Roles).
            statement.execute("alter role \"" + appRole + "\" noinherit");
            // Every start, so that a data directory made before passwords were required gets one too.
            postgres.setPassword(connection, appRole);
            var systemExists = statement.executeQuery("select 1 from pg_roles where rolname = '" + systemRole + "'");
            if (!systemExists.next()) {
                statement.execute("create role \"" + systemRole + "\" nologin bypassrls");
            }
            statement.execute("grant \"" + systemRole + "\" to \"" + appRole + "\"");
            var grantsExists = statement.executeQuery("select 1 from pg_roles where rolname = '" + grantsRole + "'");
            if (!grantsExists.next()) {
                statement.execute("create role \"" + grantsRole + "\" nologin");
            }
            statement.execute("grant \"" + grantsRole + "\" to \"" + appRole + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    private static void deleteRecursively(java.nio.file.Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<java.nio.file.Path> paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Where to connect, and the embedded server when Cylch runs its own (closed with the context). */
    record ConnectionTarget(String jdbcUrl, @org.jspecify.annotations.Nullable EmbeddedDatabase embedded)
            implements AutoCloseable {

        /** The application role's password: the embedded database's generated one, or the configured one. */
        String applicationPassword(DatabaseSettings settings) {
            return embedded != null ? embedded.password() : settings.password();
        }

        @Override
        public void close() throws IOException {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
