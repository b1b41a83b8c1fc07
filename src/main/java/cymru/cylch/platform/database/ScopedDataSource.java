package cymru.cylch.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out pooled connections that carry the current {@link DataScope} as PostgreSQL settings
 * ({@code cylch.organisation_id}, {@code cylch.scope}), read by the row-level security policies on personal data.
 * Set on every checkout, so a pooled connection never keeps a previous user's scope. Costs one round trip per
 * checkout (per transaction), measured as negligible next to the work of a request.
 */
class ScopedDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final String APPLY = "select set_config('cylch.organisation_id', ?, false), "
            + "set_config('cylch.scope', ?, false)";

    private final HikariDataSource pool;
    private final DataScope scope;

    ScopedDataSource(HikariDataSource pool, DataScope scope) {
        super(pool);
        this.pool = pool;
        this.scope = scope;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return apply(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return apply(pool.getConnection(username, password));
    }

    private Connection apply(Connection connection) throws SQLException {
        @Nullable UUID organisation = SystemScope.active() ? null : scope.organisationId();
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, organisation == null ? "" : organisation.toString());
            statement.setString(2, SystemScope.active() ? "system" : "");
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public void close() {
        pool.close();
    }
}
