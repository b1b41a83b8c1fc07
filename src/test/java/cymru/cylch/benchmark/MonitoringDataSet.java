package cymru.cylch.benchmark;

import cymru.cylch.monitoring.Frequency;
import cymru.cylch.monitoring.Measures;
import cymru.cylch.monitoring.Period;
import cymru.cylch.monitoring.StarterMeasures;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every council's performance measures, on the market ({@link MarketDataSet}): the whole starter library taken by each
 * council's commissioner through the application ({@link Measures#adopt}, attached as the library says), then, set-based
 * by the application's role under system scope ({@code benchmark/measure-history.sql}), a target for each measure and
 * subject and two years of values (24 months or 8 quarters) around it. Computed measures' values stop the month before
 * last: the benchmark computes last month itself.
 */
final class MonitoringDataSet {

    private static final String HISTORY = BenchmarkResources.text("measure-history.sql");

    private final Measures measures;
    private final StarterMeasures library;
    private final JdbcClient application;
    private final JdbcClient owner;
    private final LocalDate today;

    MonitoringDataSet(BenchmarkApplication app, LocalDate today) {
        this.measures = app.bean(Measures.class);
        this.library = app.bean(StarterMeasures.class);
        this.application = app.application();
        this.owner = app.owner();
        this.today = today;
    }

    /** How long the load took; zero when a kept database held the measures already. */
    record LoadTimes(Duration adopt, Duration history, Duration vacuum, boolean reused) {

        Duration total() {
            return adopt.plus(history).plus(vacuum);
        }
    }

    /** The measures in the database, counted as the owner. */
    record Size(long measures, long targets, long values, long subjects, long databaseBytes) {
    }

    /** Loads each council's measures and history unless it has them already, so a load cut short goes on. */
    LoadTimes loadUnlessPresent(NationalPlan nation, BenchmarkUsers users, Consumer<String> progress) {
        long planned = (long) nation.councils().size() * library.entries().size();
        long held = owner.sql("select count(*) from measure").query(Long.class).single();
        long withValues = owner.sql("select count(distinct held_by) from measure_value").query(Long.class).single();
        if (held == planned && withValues == nation.councils().size()) {
            progress.accept("Reusing the kept measures (%,d)".formatted(held));
            return new LoadTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, true);
        }
        Duration adopt = Duration.ZERO;
        Duration history = Duration.ZERO;
        for (Council council : nation.councils()) {
            var commissioner = users.commissioner(council);
            adopt = adopt.plus(Stopwatch.timed(() -> {
                try {
                    var actor = SignedIn.as(commissioner.id(), council.id(), Role.COMMISSIONER);
                    measures.notAdopted(actor).forEach(entry -> measures.adopt(actor, entry.code()));
                } finally {
                    SignedIn.clear();
                }
            }));
            boolean loaded = owner.sql("select exists (select 1 from measure_value where held_by = ?)")
                    .param(council.id()).query(Boolean.class).single();
            if (!loaded) {
                history = history.plus(Stopwatch.timed(() -> insertHistory(council)));
            }
            if (council.number() % 25 == 0) {
                progress.accept("Measures loaded for %d of %d councils in %s".formatted(council.number(),
                        nation.councils().size(), Report.duration(adopt.plus(history))));
            }
        }
        Duration vacuum = Stopwatch.timed(() -> owner.sql("vacuum (analyze) measure, measure_target, measure_value")
                .update());
        return new LoadTimes(adopt, history, vacuum, false);
    }

    Size size() {
        return owner.sql("""
                        select (select count(*) from measure), (select count(*) from measure_target),
                               (select count(*) from measure_value),
                               (select count(*) from (select distinct measure_id, subject from measure_value) s),
                               pg_database_size(current_database())""")
                .query((rs, n) -> new Size(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }

    /** The latest ended period of a measure collected this often, as the application works it out. */
    Period lastEnded(Frequency frequency) {
        return Period.containing(frequency, today).previous();
    }

    private void insertHistory(Council council) {
        Period month = lastEnded(Frequency.MONTHLY);
        SystemScope.run(() -> application.sql(HISTORY)
                .param("council", council.id())
                .param("computedLast", Date.valueOf(month.previous().start()))
                .param("monthlyLast", Date.valueOf(month.start()))
                .param("quarterlyLast", Date.valueOf(lastEnded(Frequency.QUARTERLY).start()))
                .update());
    }
}
