package cymru.cylch.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * How long each measured call took, with percentiles by nearest rank. Cut: the last call was cancelled by the
 * statement timeout, and measuring stopped there (its time is among the figures).
 */
record Latencies(long[] nanos, boolean cut) {

    Latencies {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("No calls measured");
        }
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    int count() {
        return nanos.length;
    }

    Duration percentile(double percent) {
        int rank = (int) Math.ceil(percent / 100 * nanos.length);
        return Duration.ofNanos(nanos[Math.clamp(rank - 1, 0, nanos.length - 1)]);
    }

    Duration p50() {
        return percentile(50);
    }

    Duration p95() {
        return percentile(95);
    }

    Duration p99() {
        return percentile(99);
    }

    Duration max() {
        return Duration.ofNanos(nanos[nanos.length - 1]);
    }

    /** Both sets of calls together: the latencies of a mix of kinds of call. */
    Latencies and(Latencies other) {
        return new Latencies(LongStream.concat(Arrays.stream(nanos), Arrays.stream(other.nanos)).toArray(),
                cut || other.cut);
    }
}
