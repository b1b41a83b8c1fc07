package cymru.cylch.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The lower bound each figure is compared with: one hand-written SQL query on one connection, held open and
 * scoped once to the signed-in user's organisation (row-level security still applies), with no transaction,
 * service or mapping around it. Every column of every row is read, as the application reads them. Each query is
 * planned for its own parameters, as psql would plan it: never PostgreSQL's generic plan for a prepared
 * statement, which the driver switches to after a few executions and which can be far worse (see
 * docs/performance.md).
 */
final class HandWrittenSql implements AutoCloseable {

    private final Connection connection;

    /** Opens the connection for whoever is signed in now, as the application would scope it. */
    HandWrittenSql(DataSource application) {
        try {
            this.connection = application.getConnection();
            connection.setAutoCommit(true);
            execute("set plan_cache_mode = force_custom_plan");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Object[]> query(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                List<Object[]> result = new ArrayList<>();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rows.getObject(c + 1);
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Back to the pool as it came, for the application's own calls. */
    @Override
    public void close() {
        try {
            execute("reset plan_cache_mode");
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
