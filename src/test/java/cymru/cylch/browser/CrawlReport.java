package cymru.cylch.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The crawl's table of page × language × result, printed and kept as {@code target/page-crawl/report.md}. */
final class CrawlReport {

    static final Path FILE = Path.of("target", "page-crawl", "report.md");

    /** One page in one language (or "-" when the page could not be opened at all), with what was wrong. */
    record Row(String pattern, String path, String who, String language, List<String> problems) {
        String result() {
            return problems.isEmpty() ? "pass" : String.join("<br>", problems).replace("|", "\\|");
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Row> fragments = new ArrayList<>();

    synchronized void add(Row row) {
        rows.add(row);
    }

    /** A handler that answers with part of a page, for htmx to swap in: checked inside its page, listed apart. */
    synchronized void addFragment(String pattern, String path, String who) {
        fragments.add(new Row(pattern, path, who, "-", List.of()));
    }

    synchronized boolean isFragment(String pattern) {
        return fragments.stream().anyMatch(f -> f.pattern().equals(pattern));
    }

    synchronized List<String> failures() {
        return rows.stream().filter(r -> !r.problems().isEmpty())
                .flatMap(r -> r.problems().stream().map(p -> r.pattern() + " [" + r.language() + "] " + p))
                .toList();
    }

    private static String table(List<Row> rows) {
        return rows.stream()
                .sorted(Comparator.comparing(Row::pattern).thenComparing(Row::language))
                .map(r -> "| " + String.join(" | ", r.pattern(), r.path(), r.who(), r.language(), r.result()) + " |")
                .collect(Collectors.joining("\n"));
    }

    synchronized String write(long millis) {
        String table = table(rows);
        long pages = rows.stream().map(Row::pattern).distinct().count();
        String text = "# Page crawl\n\n" + pages + " page handlers, " + rows.size() + " rows, "
                + failures().size() + " problems, " + millis / 1000 + " s.\n\n"
                + "| Page | Opened at | As | Language | Result |\n|---|---|---|---|---|\n" + table + "\n\n"
                + "## htmx fragments, checked inside the pages they are swapped into\n\n"
                + "| Handler | Answered at | As |\n|---|---|---|\n" + fragments.stream()
                .map(f -> "| " + String.join(" | ", f.pattern(), f.path(), f.who()) + " |")
                .collect(Collectors.joining("\n")) + "\n";
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }
}
