package cymru.cylch.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntConsumer;

/** Times work: once, or a call made many times after a warm-up (JIT, caches, pooled connections). */
final class Stopwatch {

    /** Enough calls for a median and a rough 95th percentile, however slow the call. */
    private static final int FEWEST = 10;

    private Stopwatch() {
    }

    static Duration timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Calls {@code call} with 0, 1, 2, ...: warm-up calls first, then the measured ones. A slow call stops early,
     * after at least {@value #FEWEST} measured calls, once it has used its time budget (a fifth of it to warm up);
     * a call cut short by the statement timeout stops at once. So a missed goal does not make the run take hours.
     */
    static Latencies sample(BenchmarkSettings settings, IntConsumer call) {
        long warmUpEnds = System.nanoTime() + settings.budget().toNanos() / 5;
        int i = 0;
        while (i < settings.warmUp() && (i == 0 || System.nanoTime() < warmUpEnds)) {
            long start = System.nanoTime();
            if (!completes(call, i++, settings.statementTimeout())) {
                return new Latencies(new long[] {System.nanoTime() - start}, true);
            }
        }
        int iterations = settings.iterations();
        long[] nanos = new long[iterations];
        int measured = 0;
        long ends = System.nanoTime() + settings.budget().toNanos();
        while (measured < iterations && (measured < Math.min(FEWEST, iterations) || System.nanoTime() < ends)) {
            long start = System.nanoTime();
            boolean completed = completes(call, i++, settings.statementTimeout());
            nanos[measured++] = System.nanoTime() - start;
            if (!completed) {
                return new Latencies(Arrays.copyOf(nanos, measured), true);
            }
        }
        return new Latencies(Arrays.copyOf(nanos, measured), false);
    }

    /** False when the call failed after running for the statement timeout: the database cancelled it. */
    private static boolean completes(IntConsumer call, int i, Duration statementTimeout) {
        long start = System.nanoTime();
        try {
            call.accept(i);
            return true;
        } catch (RuntimeException e) {
            if (System.nanoTime() - start >= statementTimeout.toNanos()) {
                return false;
            }
            throw e;
        }
    }
}
