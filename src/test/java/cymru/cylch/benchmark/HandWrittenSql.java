package cymru.cylch.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The lower bound each figure is compared with: one hand-written SQL query on one connection held open, with no
 * transaction, service or mapping around it, as the schema owner, whom row-level security does not limit: the
 * query alone, on the same data and indexes. (Under the policies, the planner misjudges how many rows a council
 * has and can choose far worse plans; see docs/performance.md.) Each query is planned for its own parameters, as
 * psql would plan it, never as a generic plan for a prepared statement. Every column of every row is read, as
 * the application reads them.
 */
final class HandWrittenSql implements AutoCloseable {

    private final Connection connection;

    HandWrittenSql(DataSource owner) {
        try {
            this.connection = owner.getConnection();
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

    /** As it came, in case the connection is pooled. */
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
