package cymru.cylch.benchmark;

import java.time.Duration;

/** A goal from an issue, as a 95th percentile to stay under. */
record Goal(Duration p95) {

    static Goal under(long milliseconds) {
        return new Goal(Duration.ofMillis(milliseconds));
    }

    boolean metBy(Latencies latencies) {
        return !latencies.cut() && latencies.p95().compareTo(p95) < 0;
    }

    @Override
    public String toString() {
        return "p95 < %,d ms".formatted(p95.toMillis());
    }
}
