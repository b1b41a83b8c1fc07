package cymru.cylch.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running in the embedded data directory by an earlier Cylch that did not stop it
 * (killed with {@code kill -9}, or a crash). Its {@code postmaster.pid} names its process and data directory;
 * if that process is alive and is a {@code postgres} for this directory, it is asked to stop (SIGTERM: its
 * clients died with the old Cylch, so it stops at once), and killed with its children if it has not stopped in
 * time. A pid file whose process is gone, or is now some other program, is removed.
 */
final class StalePostmaster {

    static final String PID_FILE = "postmaster.pid";
    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final long STOP_WAIT_SECONDS = 20;

    private StalePostmaster() {
    }

    /** Answers true if a stale server or pid file was found (and dealt with). */
    static boolean stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : pid(lines.getFirst())
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgres(process)
                        && (lines.size() < 2 || sameDirectory(Path.of(lines.get(1).strip()), dataDirectory))
                        && argumentsName(process, dataDirectory));
        if (server.isEmpty()) {
            log.warn("Removing a stale {} in {}: its server is no longer running", PID_FILE, dataDirectory);
            Files.deleteIfExists(pidFile);
            return true;
        }
        ProcessHandle postmaster = server.get();
        log.warn("A PostgreSQL server (process {}) left running by an earlier start is using {}; stopping it",
                postmaster.pid(), dataDirectory);
        List<ProcessHandle> children = postmaster.descendants().toList();
        postmaster.destroy();
        if (!stopped(postmaster, STOP_WAIT_SECONDS)) {
            log.warn("PostgreSQL process {} did not stop in {} s; killing it", postmaster.pid(), STOP_WAIT_SECONDS);
            postmaster.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            if (!stopped(postmaster, 10)) {
                throw new IOException("Could not stop the PostgreSQL server (process " + postmaster.pid()
                        + ") running in " + dataDirectory + "; stop it and start Cylch again");
            }
        }
        for (ProcessHandle child : children) {
            stopped(child, 5);
        }
        Files.deleteIfExists(pidFile);
        return true;
    }

    private static Optional<Long> pid(String line) {
        try {
            long pid = Long.parseLong(line.strip());
            return pid > 0 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .map(name -> name.equals("postgres") || name.equals("postgres.exe")).orElse(false);
    }

    /** When the process's arguments can be read, they must name this directory after {@code -D}. */
    private static boolean argumentsName(ProcessHandle process, Path dataDirectory) {
        var arguments = process.info().arguments();
        if (arguments.isEmpty()) {
            return true;
        }
        String[] args = arguments.get();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D")) {
                return sameDirectory(Path.of(args[i + 1]), dataDirectory);
            }
        }
        return true;
    }

    private static boolean sameDirectory(Path recorded, Path dataDirectory) {
        try {
            return Files.exists(recorded) && Files.isSameFile(recorded, dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean stopped(ProcessHandle process, long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
