package cymru.cylch.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What the benchmark is asked to do, from system properties on the command line: {@code benchmark.scale} (1.0 is
 * the national data set; 0.02 a quick check), {@code benchmark.iterations} and {@code benchmark.warm-up} (calls
 * per measured thing), {@code benchmark.budget-seconds} (time allowed to each measured thing, so that a slow one
 * stops early, after at least 10 calls), {@code benchmark.statement-timeout-seconds} (a statement running longer
 * is cancelled and measuring that thing stops), {@code benchmark.directory} (the embedded PostgreSQL's files) and
 * {@code benchmark.keep} (keep the database, so that the next run at the same scale skips the load).
 */
record BenchmarkSettings(double scale, int iterations, int warmUp, Duration budget, Duration statementTimeout,
                         Path directory, boolean keep) {

    BenchmarkSettings {
        if (scale <= 0 || scale > 1 || iterations < 1 || warmUp < 0) {
            throw new IllegalArgumentException("Need 0 < scale <= 1, iterations >= 1 and warm-up >= 0");
        }
    }

    static BenchmarkSettings fromSystemProperties() {
        return fromSystemProperties(Path.of("target/benchmark-postgres"));
    }

    /** As above, with the embedded database's files in {@code directory} unless the command line says otherwise. */
    static BenchmarkSettings fromSystemProperties(Path directory) {
        int iterations = Integer.getInteger("benchmark.iterations", 100);
        return new BenchmarkSettings(
                Double.parseDouble(System.getProperty("benchmark.scale", "1.0")),
                iterations,
                Integer.getInteger("benchmark.warm-up", Math.max(20, iterations / 5)),
                Duration.ofSeconds(Integer.getInteger("benchmark.budget-seconds", 60)),
                Duration.ofSeconds(Integer.getInteger("benchmark.statement-timeout-seconds", 30)),
                Optional.ofNullable(System.getProperty("benchmark.directory")).map(Path::of).orElse(directory),
                Boolean.getBoolean("benchmark.keep"));
    }
}
