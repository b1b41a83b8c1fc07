package cymru.cylch.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL after the application was killed ({@code kill -9}): the server it left behind is
 * stopped and a new one starts. And what the server accepts: loopback only, passwords always, durable commits.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path temporary;

    @Test
    void aServerOrphanedByAKilledApplicationIsStoppedAndTheNextStartSucceeds() throws Exception {
        Path directory = temporary.resolve("postgres");
        long orphan = startInAnotherJvmThenKillIt(directory);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphaned server runs on")
                .hasValue(true);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, 0)) {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphan was stopped").isEmpty();
            try (Connection connection = database.superuserConnection("postgres")) {
                assertThat(query(connection, "select 1")).containsExactly("1");
            }
        }
    }

    @Test
    void aStalePidFileWhoseServerIsGoneIsRemoved() throws Exception {
        Path directory = temporary.resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(directory, 0)) {
            assertThat(first.port()).isPositive();
        }
        // A pid file left by a server that died, its pid now taken by an unrelated process (this JVM).
        Files.writeString(directory.resolve(StalePostmaster.PID_FILE), ProcessHandle.current().pid() + "\n"
                + directory.toAbsolutePath() + "\n0\n5432\n\n127.0.0.1\n", StandardCharsets.UTF_8);

        try (EmbeddedDatabase again = EmbeddedDatabase.start(directory, 0);
             Connection connection = again.superuserConnection("postgres")) {
            assertThat(query(connection, "select 1")).containsExactly("1");
        }
    }

    @Test
    void theServerListensOnLoopbackOnlyAsksForAPasswordAndCommitsDurably() throws Exception {
        Path directory = temporary.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, 0)) {
            try (Connection connection = database.superuserConnection("postgres")) {
                assertThat(query(connection, "show listen_addresses")).containsExactly("127.0.0.1");
                assertThat(query(connection, "show unix_socket_directories")).containsExactly("");
                assertThat(query(connection, "show synchronous_commit")).containsExactly("on");
                assertThat(query(connection, "show fsync")).containsExactly("on");
                assertThat(query(connection, "select concat_ws(' ', type, array_to_string(database, ','),"
                        + " array_to_string(user_name, ','), address, netmask, auth_method, error)"
                        + " from pg_hba_file_rules order by rule_number"))
                        .containsExactly("host all all 127.0.0.1 255.255.255.255 scram-sha-256");
            }
            String url = database.jdbcUrl("postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "not-the-password").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (Connection connection = DriverManager.getConnection(url, "postgres", database.password())) {
                assertThat(query(connection, "select current_user")).containsExactly("postgres");
            }
        }
        Path password = directory.resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(password))
                .isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

        // The next start uses the same password, and still asks for it.
        try (EmbeddedDatabase again = EmbeddedDatabase.start(directory, 0)) {
            assertThat(again.password()).isEqualTo(Files.readString(password).strip());
            assertThatThrownBy(() -> DriverManager.getConnection(again.jdbcUrl("postgres"), "postgres", "")
                    .close()).isInstanceOf(SQLException.class);
        }
    }

    /** Starts the embedded database in a separate JVM, waits until it runs, then kills that JVM with SIGKILL. */
    private static long startInAnotherJvmThenKillIt(Path directory) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanedServer.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        try (var output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> seen = new ArrayList<>();
            String line;
            while ((line = output.readLine()) != null) {
                seen.add(line);
                if (line.startsWith(OrphanedServer.READY)) {
                    child.destroyForcibly();
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    return Long.parseLong(Files.readAllLines(directory.resolve(StalePostmaster.PID_FILE)).getFirst()
                            .strip());
                }
            }
            throw new AssertionError("The embedded database did not start in the other JVM: " + seen);
        } finally {
            child.destroyForcibly();
        }
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
