package cymru.cylch.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The figures as a plain-text table, with what they were measured on and the data set they were measured over. */
final class Report {

    private static final String COLUMNS = "%-37s %-16s %5s | %8s %8s %8s %8s | %8s %8s | %6s %6s | %8s %8s %8s %8s"
            + " | %-14s %-7s %-4s";

    private final List<String> lines = new ArrayList<>();

    /**
     * A report headed by its title, the settings, the machine, and what was measured over ({@code about}: the data
     * set and its load); {@code goals} says where the goals come from.
     */
    Report(String title, BenchmarkSettings settings, MachineFacts machine, List<String> about, String goals) {
        add("%s: scale %s, %d measured calls after %d warm-up calls each", title, settings.scale(),
                settings.iterations(), settings.warmUp());
        add("Machine: %s, %d cores, %s GiB memory, %s", machine.processor(), machine.cores(),
                machine.memoryBytes() >> 30, machine.operatingSystem());
        add("Java: %s", machine.java());
        add("PostgreSQL: %s", machine.postgres());
        add("  settings: %s", machine.postgresSettings());
        about.forEach(line -> add("%s", line));
        add("");
        add("Times in milliseconds. svc: the service. bound: the same figures by the simplest hand-written SQL, as the");
        add("schema owner (no row-level security). ratio: service / bound. page: the whole page over HTTP, signed in.");
        add("Goals from %s, as a 95th percentile, on the service and on the page.", goals);
        add("CUT: a statement ran for the %d s statement timeout and was cancelled; measuring stopped there.",
                settings.statementTimeout().toSeconds());
        add("");
        add(COLUMNS, "what", "where", "n", "svc p50", "p95", "p99", "max", "bound p50", "p95", "ratio", "",
                "page p50", "p95", "p99", "max", "goal", "service", "page");
    }

    void add(Row row) {
        var page = row.page();
        var goal = row.goal();
        add(COLUMNS, row.what(), row.where(), row.service().count(),
                milliseconds(row.service().p50()), milliseconds(row.service().p95()),
                milliseconds(row.service().p99()), milliseconds(row.service().max()),
                milliseconds(row.lowerBound().p50()), milliseconds(row.lowerBound().p95()),
                ratio(row.service().p50(), row.lowerBound().p50()), ratio(row.service().p95(), row.lowerBound().p95()),
                page == null ? "" : milliseconds(page.p50()), page == null ? "" : milliseconds(page.p95()),
                page == null ? "" : milliseconds(page.p99()), page == null ? "" : milliseconds(page.max()),
                goal == null ? "" : goal.toString(), verdict(goal, row.service()), verdict(goal, page));
    }

    /** A line of its own under the table: figures that are not times. */
    void note(String line) {
        add("%s", line);
    }

    void print() {
        lines.forEach(System.out::println);
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String format, Object... values) {
        lines.add(String.format(Locale.UK, format, values).stripTrailing());
    }

    private static String verdict(@Nullable Goal goal, @Nullable Latencies latencies) {
        if (latencies == null) {
            return "";
        }
        if (latencies.cut()) {
            return "CUT";
        }
        return goal == null ? "" : goal.metBy(latencies) ? "pass" : "FAIL";
    }

    private static String ratio(Duration service, Duration bound) {
        double ratio = (double) service.toNanos() / Math.max(1, bound.toNanos());
        return String.format(Locale.UK, ratio < 0.1 ? "%.3fx" : "%.1fx", ratio);
    }

    static String milliseconds(Duration duration) {
        double ms = duration.toNanos() / 1e6;
        return String.format(Locale.UK, ms < 10 ? "%.2f" : "%.1f", ms);
    }

    /** 1h 02m 03s, 2m 03s, 3.4s */
    static String duration(Duration duration) {
        if (duration.toMinutes() == 0) {
            return String.format(Locale.UK, "%.1fs", duration.toMillis() / 1000.0);
        }
        return (duration.toHours() > 0 ? duration.toHours() + "h " : "")
                + "%02dm %02ds".formatted(duration.toMinutesPart(), duration.toSecondsPart());
    }
}
