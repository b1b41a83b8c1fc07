package cymru.cylch.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out pooled connections that carry the current {@link DataScope} as the PostgreSQL setting
 * {@code cylch.organisation_id}, read by the row-level security policies on personal data; in {@link SystemScope}
 * the connection switches to the system role, which bypasses them; for an organisation that reads others' records
 * through access grants, to the grants role, whose policies add those; and back to its own role otherwise. Set on
 * every checkout, so a pooled connection never keeps a previous user's scope. Costs one round trip per checkout
 * (per transaction), measured as negligible next to the work of a request. The same round trip sets the
 * connection's {@code statement_timeout}: the request limit, or the system one in {@link SystemScope}.
 */
class ScopedDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final String APPLY = "select set_config('role', ?, false), "
            + "set_config('cylch.organisation_id', ?, false), set_config('cylch.scope', ?, false), "
            + "set_config('statement_timeout', ?, false)";

    /**
     * The roles a connection switches to: the system role (bypasses row-level security) in {@link SystemScope}, the
     * grants role (whose policies add what access grants allow) for organisations that read through grants.
     */
    record Roles(String system, String grants) {
    }

    private final HikariDataSource pool;
    private final DataScope scope;
    private final Roles roles;
    private final String requestTimeout;
    private final String systemTimeout;

    ScopedDataSource(HikariDataSource pool, DataScope scope, Roles roles, Duration requestTimeout,
                     Duration systemTimeout) {
        super(pool);
        this.pool = pool;
        this.scope = scope;
        this.roles = roles;
        this.requestTimeout = String.valueOf(requestTimeout.toMillis());
        this.systemTimeout = String.valueOf(systemTimeout.toMillis());
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
        @Nullable UUID organisation = SystemScope.active() ? null
                : OrganisationScope.current().orElse(scope.organisationId());
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, role(organisation));
            statement.setString(2, organisation == null ? "" : organisation.toString());
            statement.setString(3, SystemScope.active() ? "system" : "");
            statement.setString(4, SystemScope.active() ? systemTimeout : requestTimeout);
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /**
     * Only organisations that read others' records through grants get the grant policies at all; "none" is SET ROLE
     * NONE, the connection's own role again.
     */
    private String role(@Nullable UUID organisation) {
        if (SystemScope.active()) {
            return roles.system();
        }
        return organisation != null && scope.readsThroughGrants() ? roles.grants() : "none";
    }

    @Override
    public void close() {
        pool.close();
    }
}
