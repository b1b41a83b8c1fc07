package cymru.cylch.platform.database;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseTest}: starts the embedded database in the directory given,
 * says so, and waits to be killed, leaving its server behind as {@code kill -9} of Cylch would.
 */
final class OrphanedServer {

    static final String READY = "READY";

    private OrphanedServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
        System.out.println(READY + " " + database.port());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
