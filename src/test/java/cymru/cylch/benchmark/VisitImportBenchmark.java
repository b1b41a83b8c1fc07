package cymru.cylch.benchmark;

import cymru.cylch.monitoring.VisitImport;
import cymru.cylch.monitoring.VisitImports;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.SignedIn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The visit import of issue 13, run as a command (see docs/performance.md), never in the build (the name matches no
 * Surefire pattern). On the national market ({@link MarketDataSet}: service agreements in every council) it writes
 * a national day of call monitoring, {@code benchmark.visits} visits (800,000 by default) spread over yesterday's
 * agreements in force, one CSV file per provider as each provider's system would send it, then imports them: first
 * by the simplest hand-written SQL as the schema owner (raw {@code COPY} of every file into one table, then one
 * {@code INSERT ... SELECT} joined to the agreements), then through {@link VisitImports}, one file after another,
 * each as its provider's user, and again (into an empty table) two files at a time, as providers' systems send them
 * when they will. Goal: the national day in under 60 s. Figures are printed and written to
 * target/benchmark/visits.txt.
 */
@Tag("benchmark")
class VisitImportBenchmark {

    private static final Duration GOAL = Duration.ofSeconds(60);
    /** Providers' files imported at the same moment in the second measurement. */
    private static final int AT_ONCE = 2;

    /** One agreement in force yesterday. */
    record Agreement(UUID id, UUID provider) {
    }

    @Test
    void importsANationalDayOfVisits() throws IOException {
        var settings = BenchmarkSettings.fromSystemProperties();
        int visits = Integer.getInteger("benchmark.visits", 800_000);
        var nation = NationalPlan.at(settings.scale());
        var market = MarketPlan.of(nation, settings.scale());
        LocalDate today = LocalDate.now(Today.ZONE);
        LocalDate day = today.minusDays(1);
        Path files = Path.of("target/benchmark/visit-files");
        try (var app = BenchmarkApplication.start(settings)) {
            var people = new NationalDataSet(app).loadUnlessPresent(nation, System.out::println);
            var load = new MarketDataSet(app, today).loadUnlessPresent(market, System.out::println);
            List<Agreement> agreements = app.owner().sql("""
                            select id, provider_id from service_agreement
                            where start_date <= ? and (end_date is null or end_date >= ?) order by id""")
                    .params(day, day).query((rs, n) -> new Agreement(rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class))).list();
            // A kept database may hold the visits of an earlier run: each run imports into an empty table.
            app.owner().sql("truncate visit, visit_import").update();
            Map<UUID, Path> byProvider = write(files, agreements, visits, day);
            long councils = app.owner().sql("""
                            select count(distinct held_by) from service_agreement
                            where start_date <= ? and (end_date is null or end_date >= ?)""")
                    .params(day, day).query(Long.class).single();
            System.out.printf("Wrote %,d visits for %,d providers over %,d agreements in %,d councils%n", visits,
                    byProvider.size(), agreements.size(), councils);

            Duration bound = Stopwatch.timed(() -> handWritten(app, byProvider.values(), day));
            long boundRows = app.owner().sql("select count(*) from visit where visit_reference like 'LB-%'")
                    .query(Long.class).single();

            var imports = app.bean(VisitImports.class);
            List<Duration> each = Collections.synchronizedList(new ArrayList<>());
            AtomicLong imported = new AtomicLong();
            Duration service = importAll(imports, byProvider, 1, each, imported);
            // Providers' systems send their files when they will, so several arrive at once: the same day again, into
            // an empty table, two providers' files at a time (one per core here).
            app.owner().sql("truncate visit, visit_import").update();
            AtomicLong importedTwoAtOnce = new AtomicLong();
            Duration twoAtOnce = importAll(imports, byProvider, AT_ONCE, Collections.synchronizedList(
                    new ArrayList<>()), importedTwoAtOnce);
            if (importedTwoAtOnce.get() != visits) {
                throw new IllegalStateException("Imported %d two at a time, not %d".formatted(importedTwoAtOnce.get(),
                        visits));
            }
            Duration largest = each.stream().max(Duration::compareTo).orElseThrow();
            long largestRows = byProvider.values().stream().mapToLong(VisitImportBenchmark::lines).max()
                    .orElseThrow() - 1;
            if (imported.get() != visits || boundRows != visits) {
                throw new IllegalStateException("Imported %d through the service and %d by hand, not %d"
                        .formatted(imported.get(), boundRows, visits));
            }
            var report = new Report("Cylch visit import benchmark", settings, MachineFacts.read(app.owner()),
                    List.of("Visits: %,d planned for %s, %,d providers' files, %,d agreements in force in %,d councils"
                                    .formatted(visits, day, byProvider.size(), agreements.size(), councils),
                            people.reused() ? "People: reused the kept national data set"
                                    : "People: loaded in " + Report.duration(people.total()),
                            load.reused() ? "Market: reused the kept market"
                                    : "Market: loaded in " + Report.duration(load.total())), "issue 13");
            report.add(new Row("national day of visits, every file", "one after another", once(service),
                    once(bound), null, new Goal(GOAL)));
            report.add(new Row("national day of visits, every file", AT_ONCE + " files at once", once(twoAtOnce),
                    once(bound), null, new Goal(GOAL)));
            report.note("");
            report.note("Through VisitImports, one file after another: %s for %,d visits (%,.0f visits a second); "
                    .formatted(Report.duration(service), visits, visits / seconds(service))
                    + "the largest file, %,d visits, %s.".formatted(largestRows, Report.duration(largest)));
            report.note("Through VisitImports, %d providers' files at a time: %s (%,.0f visits a second)."
                    .formatted(AT_ONCE, Report.duration(twoAtOnce), visits / seconds(twoAtOnce)));
            report.note("Hand-written lower bound (raw COPY of every file into one table, one INSERT ... SELECT, as "
                    + "the schema owner): %s.".formatted(Report.duration(bound)));
            report.note("Goal: the national day under %s: %s one file after another, %s %d at a time.".formatted(
                    Report.duration(GOAL), service.compareTo(GOAL) < 0 ? "met" : "NOT met",
                    twoAtOnce.compareTo(GOAL) < 0 ? "met" : "NOT met", AT_ONCE));
            report.note("Java heap: at most %,d MB".formatted(Runtime.getRuntime().maxMemory() >> 20));
            report.print();
            report.write(Path.of("target/benchmark/visits.txt"));
        } finally {
            if (!settings.keep()) {
                PeopleBenchmark.delete(settings.directory());
            }
        }
    }

    /**
     * One file per provider: visit i goes to agreement i mod n, planned through the day from 06:00 in quarter hours;
     * most on time, some late, short, missed or cancelled, as a day's call monitoring looks.
     */
    private static Map<UUID, Path> write(Path directory, List<Agreement> agreements, int visits, LocalDate day)
            throws IOException {
        Files.createDirectories(directory);
        Map<UUID, BufferedWriter> writers = new LinkedHashMap<>();
        Map<UUID, Path> files = new LinkedHashMap<>();
        try {
            for (int i = 0; i < visits; i++) {
                Agreement a = agreements.get(i % agreements.size());
                BufferedWriter out = writers.get(a.provider());
                if (out == null) {
                    Path file = directory.resolve("visits-" + a.provider() + ".csv");
                    files.put(a.provider(), file);
                    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    out.write("agreement,visit,planned_start,planned_minutes,actual_start,actual_end,cancelled_by\n");
                    writers.put(a.provider(), out);
                }
                int slot = i / agreements.size();
                LocalDateTime planned = day.atTime(LocalTime.of(6, 0)).plusMinutes(15L * (slot % 64));
                int kind = Math.floorMod(i * 31 + 7, 100);
                String actual = switch (kind) {
                    case 0, 1 -> ",,,person";
                    case 2 -> ",,,provider";
                    case 3 -> ",,,";
                    default -> {
                        LocalDateTime started = planned.plusMinutes(kind < 12 ? 45 : kind % 21 - 10);
                        yield "," + started + "," + started.plusMinutes(kind % 17 == 0 ? 10 : 30) + ",";
                    }
                };
                out.write(a.id() + ",V-" + day + "-" + i + "," + planned + ",30" + actual + "\n");
            }
        } finally {
            for (BufferedWriter out : writers.values()) {
                out.close();
            }
        }
        return files;
    }

    /** The simplest SQL: every file copied raw into one table, then one insert joined to the agreements. */
    private static void handWritten(BenchmarkApplication app, Iterable<Path> files, LocalDate day) {
        try (Connection connection = app.ownerDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local timezone = 'Europe/London'");
                statement.execute("""
                        create temporary table lb_visit (agreement_id uuid, visit_reference text,
                            planned_start timestamptz, planned_minutes integer, actual_start timestamptz,
                            actual_end timestamptz, cancelled_by text) on commit drop""");
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Path file : files) {
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        copy.copyIn("copy lb_visit from stdin (format csv, header true)", in);
                    }
                }
                UUID importId = UUID.randomUUID();
                statement.execute("""
                        insert into visit_import (id, provider_id, councils, file_name, channel, status, rows,
                                                  first_day, last_day, imported_at)
                        values ('%s', '%s', '{}', 'lower-bound', 'API', 'IMPORTED', 1, '%s', '%s', now())"""
                        .formatted(importId, UUID.randomUUID(), day, day));
                statement.execute("""
                        insert into visit (held_by, provider_id, contract_id, service_agreement_id, visit_reference,
                                           planned_start, planned_minutes, actual_start, actual_end, cancelled_by,
                                           import_id, created_at)
                        select a.held_by, a.provider_id, a.contract_id, s.agreement_id, 'LB-' || s.visit_reference,
                               s.planned_start, s.planned_minutes, s.actual_start, s.actual_end,
                               upper(nullif(s.cancelled_by, '')), '%s', now()
                        from lb_visit s join service_agreement a on a.id = s.agreement_id""".formatted(importId));
            }
            connection.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The lower bound failed", e);
        }
    }

    /** Imports every provider's file as its provider's user, {@code atOnce} files at a time; answers the wall time. */
    private static Duration importAll(VisitImports imports, Map<UUID, Path> files, int atOnce, List<Duration> each,
                                      AtomicLong imported) {
        ExecutorService senders = Executors.newFixedThreadPool(atOnce);
        try {
            return Stopwatch.timed(() -> {
                List<Future<?>> sent = new ArrayList<>();
                files.forEach((provider, file) -> sent.add(senders.submit(() -> {
                    long start = System.nanoTime();
                    try (InputStream in = Files.newInputStream(file)) {
                        var user = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER);
                        imported.addAndGet(imports.importFile(user, file.getFileName().toString(),
                                VisitImport.Channel.API, in).rows());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        SignedIn.clear();
                    }
                    each.add(Duration.ofNanos(System.nanoTime() - start));
                })));
                for (Future<?> one : sent) {
                    try {
                        one.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("An import failed", e.getCause());
                    }
                }
            });
        } finally {
            senders.shutdownNow();
        }
    }

    private static Latencies once(Duration took) {
        return new Latencies(new long[] {took.toNanos()}, false);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
