package cymru.cylch.platform.database;

import java.util.function.Supplier;

/**
 * Work Cylch does for itself, across organisations (loading the demo county, scheduled jobs), must say so:
 * inside {@link #call} the database's row-level security lets it see every organisation's rows. Open it
 * around the transaction, not inside it: a connection takes its scope when it is handed out.
 */
public final class SystemScope {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private SystemScope() {
    }

    public static <T> T call(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static boolean active() {
        return ACTIVE.get();
    }
}
