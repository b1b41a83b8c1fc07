package cymru.cylch.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The benchmark's SQL and name lists, kept as files in {@code src/test/resources/benchmark/}. */
final class BenchmarkResources {

    private BenchmarkResources() {
    }

    static String text(String name) {
        try (InputStream in = BenchmarkResources.class.getResourceAsStream("/benchmark/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No benchmark/" + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
