package cymru.cylch.benchmark;

import java.util.List;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One line of figures: a thing measured through the service, through the simplest hand-written SQL for the same
 * figures (the lower bound), and, where there is one, through its page over HTTP in a signed-in session.
 */
record Row(String what, String where, Latencies service, Latencies lowerBound, @Nullable Latencies page,
           @Nullable Goal goal) {

    /** The calls to make for iteration i (each cycles through its inputs), measured one way after another. */
    record Calls(IntConsumer service, IntConsumer lowerBound, @Nullable IntConsumer page) {

        Row measure(String what, String where, @Nullable Goal goal, BenchmarkSettings settings) {
            return new Row(what, where,
                    Stopwatch.sample(settings, service),
                    Stopwatch.sample(settings, lowerBound),
                    page == null ? null : Stopwatch.sample(settings, page),
                    goal);
        }
    }

    /** The rows of several kinds of one thing together, as a mix (each kind equally often). */
    static Row mix(String what, String where, List<Row> rows, @Nullable Goal goal) {
        Latencies service = rows.getFirst().service();
        Latencies lowerBound = rows.getFirst().lowerBound();
        Latencies page = rows.getFirst().page();
        for (Row row : rows.subList(1, rows.size())) {
            service = service.and(row.service());
            lowerBound = lowerBound.and(row.lowerBound());
            page = page == null || row.page() == null ? null : page.and(row.page());
        }
        return new Row(what, where, service, lowerBound, page, goal);
    }
}
