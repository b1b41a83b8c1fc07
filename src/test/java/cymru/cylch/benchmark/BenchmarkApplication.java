package cymru.cylch.benchmark;

import cymru.cylch.CylchApplication;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real application, started as in production but on its own embedded PostgreSQL in the benchmark's directory,
 * with no demo data and a web server on a free port.
 */
final class BenchmarkApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BenchmarkApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static BenchmarkApplication start(BenchmarkSettings settings) {
        // As command-line arguments, so that they win over application.properties and the environment.
        return new BenchmarkApplication(new SpringApplicationBuilder(CylchApplication.class).run(
                "--cylch.database.embedded-directory=" + settings.directory().toAbsolutePath(),
                "--cylch.database.embedded-fresh=" + !settings.keep(),
                "--cylch.demo.enabled=false",
                // A statement of a request running longer than this is cancelled, so that a query far over its goal
                // ends the measuring of that thing rather than the run; loading (in SystemScope) has no limit.
                "--cylch.database.statement-timeout=" + settings.statementTimeout().toMillis() + "ms",
                "--cylch.database.system-statement-timeout=0",
                "--server.port=0",
                // The pages and API are measured many times a minute from one address; the limits are not measured.
                "--cylch.rate-limit.api-address-per-minute=0",
                "--cylch.rate-limit.pages-per-minute=0",
                "--logging.structured.format.console=",
                "--logging.level.root=WARN"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** As the application connects: row-level security applies, scoped to the signed-in user or the system. */
    JdbcClient application() {
        return JdbcClient.create(context.getBean(DataSource.class));
    }

    /** As the schema owner (Flyway's data source): for VACUUM, ANALYZE, counting every organisation's rows. */
    JdbcClient owner() {
        return JdbcClient.create(ownerDataSource());
    }

    DataSource ownerDataSource() {
        var owners = context.getBeansWithAnnotation(FlywayDataSource.class).values();
        if (owners.size() != 1) {
            throw new IllegalStateException("Expected one @FlywayDataSource, found " + owners.size());
        }
        return (DataSource) owners.iterator().next();
    }

    @Override
    public void close() {
        context.close();
    }
}
