package cymru.cylch.support;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two things done to one record at the same moment, made deterministic: the first is done in a transaction held
 * open until the others queue on a lock it holds; then it commits, and they go on and see what it did. Close it
 * when the test ends.
 */
public final class HeldTransaction implements AutoCloseable {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private final CountDownLatch done = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private @Nullable Future<?> first;

    public HeldTransaction(TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** Signs in (in a thread of its own) and does {@code action} in a transaction, held open once it is done. */
    public void first(Runnable signIn, Runnable action) throws InterruptedException {
        first = threads.submit(() -> {
            signIn.run();
            try {
                transactions.executeWithoutResult(status -> {
                    action.run();
                    done.countDown();
                    await(release);
                });
            } finally {
                SignedIn.clear();
            }
        });
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Starts another while the first is open, in a thread of its own. */
    public <T> Future<T> meanwhile(Callable<T> other) {
        return threads.submit(other);
    }

    /** Does {@code other} while the first is open; the first commits once {@code waiting} wait for its locks. */
    public <T> Future<T> whileFirstIsOpen(Callable<T> other, int waiting) throws Exception {
        Future<T> result = meanwhile(other);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock() >= waiting);
        release.countDown();
        if (first != null) {
            first.get(30, TimeUnit.SECONDS);
        }
        return result;
    }

    /**
     * Transactions waiting for a lock another holds (pg_locks, open to every role): a row's holder's transaction
     * id, a tuple or an advisory lock, none of which names a database.
     */
    private int waitingForALock() {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from pg_locks where not granted",
                Integer.class));
    }

    @Override
    public void close() {
        release.countDown();
        threads.shutdownNow();
        SignedIn.clear();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
