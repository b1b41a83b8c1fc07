package cymru.cylch.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cylch's own PostgreSQL, for trying Cylch and for tests: a server for one data directory that listens on the
 * loopback address only (TCP, no Unix socket), asks every connection for a password (SCRAM-SHA-256; the
 * password is generated once and kept in {@value #PASSWORD_FILE} in the data directory, readable by its owner
 * only) and commits durably ({@code synchronous_commit} and {@code fsync} on; {@code fsync} off for a database
 * wiped at every start).
 *
 * <p>A server left running by an earlier Cylch that was killed ({@code kill -9}) would block the start with
 * "lock file already exists"; {@link StalePostmaster} stops it first.
 *
 * <p>A new data directory is made by zonky's {@code initdb}, which trusts every local connection. Its first start
 * therefore accepts the superuser without a password from 127.0.0.1 only, until Cylch has set the passwords
 * (computed on this side, so they are never sent in clear) and reloaded the server with the password-only rules:
 * about a second, once in the life of the directory, before it holds any data.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String PASSWORD_FILE = "cylch-password";
    static final String SUPERUSER = "postgres";
    static final String LISTEN_ADDRESS = "127.0.0.1";
    private static final String RULES_MARK = "# Cylch: loopback only, passwords always";
    private static final String RULES = RULES_MARK + """

            # Written by Cylch at every start of its embedded PostgreSQL. Changes here are overwritten.
            host all all 127.0.0.1/32 scram-sha-256
            """;
    private static final String FIRST_START_RULES = """
            # Cylch: first start only, until the passwords are set (see EmbeddedDatabase).
            host all postgres 127.0.0.1/32 trust
            """;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts the server for the directory (making it if new), after stopping any server orphaned there. */
    static EmbeddedDatabase start(Path directory, int port) {
        return start(directory, port, true);
    }

    /**
     * As {@link #start(Path, int)}; a database that is not {@code kept} (wiped at every start, as the tests' is)
     * skips flushing to disk ({@code fsync} off; commits still wait for their WAL to be written), since there is
     * nothing to keep through a power cut, and a test suite makes thousands of commits.
     */
    static EmbeddedDatabase start(Path directory, int port, boolean kept) {
        try {
            Files.createDirectories(directory);
            StalePostmaster.stopIfRunning(directory);
            String password = password(directory);
            boolean firstStart = !Files.exists(directory.resolve("pg_hba.conf"))
                    || !Files.readString(directory.resolve("pg_hba.conf")).startsWith(RULES_MARK);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Spring closes it (after the connection pools); its own hook would race the pools.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", LISTEN_ADDRESS)
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", kept ? "on" : "off")
                    .setConnectConfig("password", password)
                    // Runs after initdb (which needs an empty directory) and before the server starts.
                    .setDataDirectoryCustomizer(dir -> {
                        keepPassword(dir.toPath(), password);
                        writeRules(dir.toPath(), firstStart ? FIRST_START_RULES : RULES);
                    });
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
            if (firstStart) {
                database.secure(directory);
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    String password() {
        return password;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + LISTEN_ADDRESS + ":" + port() + "/" + database;
    }

    /** A connection as the superuser (Cylch's schema owner on the embedded database). */
    Connection superuserConnection(String database) throws SQLException {
        return postgres.getDatabase(SUPERUSER, database, Map.of("password", password)).getConnection();
    }

    /** Gives a login role the embedded database's password (hashed here, so it never travels in clear). */
    void setPassword(Connection connection, String role) throws SQLException {
        connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** First start: the superuser gets its password, then only password rules remain (applied by a reload). */
    private void secure(Path directory) throws IOException {
        try (Connection connection = superuserConnection("postgres")) {
            setPassword(connection, SUPERUSER);
            writeRules(directory, RULES);
            try (var statement = connection.createStatement()) {
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded database's password", e);
        }
        log.info("Embedded PostgreSQL in {} now asks every connection for the password in {}", directory,
                PASSWORD_FILE);
    }

    private static void writeRules(Path directory, String rules) {
        try {
            Path temporary = directory.resolve("pg_hba.conf.cylch");
            Files.writeString(temporary, rules, StandardCharsets.UTF_8);
            ownerOnly(temporary);
            Files.move(temporary, directory.resolve("pg_hba.conf"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory's password if it has one; otherwise a new one, kept by {@link #keepPassword}. */
    private static String password(Path directory) throws IOException {
        Path file = directory.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            ownerOnly(file);
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes a new password to its file, readable and writable by the owner only (before it holds anything). */
    private static void keepPassword(Path directory, String password) {
        Path file = directory.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return;
        }
        try {
            Path temporary = directory.resolve(PASSWORD_FILE + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            ownerOnly(temporary);
            Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the data directory's own permissions protect it.
            log.debug("Cannot restrict {} to its owner: {}", file, PosixFilePermissions.class.getSimpleName());
        }
    }
}
