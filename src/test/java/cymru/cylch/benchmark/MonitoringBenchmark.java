package cymru.cylch.benchmark;

import cymru.cylch.monitoring.Frequency;
import cymru.cylch.platform.time.Today;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The monitoring benchmark of issue 13, run as a command (see docs/performance.md), never in the build (the name
 * matches no Surefire pattern). On the national people and market ({@link NationalDataSet}, {@link MarketDataSet}) it
 * gives every council the starter library of measures with targets and two years of values ({@link MonitoringDataSet}),
 * then measures last month's computed measures for every council (the first computation, which stores the values,
 * and computing again), each against hand-written statements that must give the same figures first, and the council's
 * monitoring overview in the large council and a typical one. Figures are printed and written to
 * target/benchmark/monitoring.txt.
 */
@Tag("benchmark")
class MonitoringBenchmark {

    @Test
    void measuresMonitoringAtNationalScale() throws IOException {
        var settings = BenchmarkSettings.fromSystemProperties(Path.of("target/benchmark-postgres-monitoring"));
        var nation = NationalPlan.at(settings.scale());
        var market = MarketPlan.of(nation, settings.scale());
        LocalDate today = LocalDate.now(Today.ZONE);
        try (var app = BenchmarkApplication.start(settings)) {
            var people = new NationalDataSet(app).loadUnlessPresent(nation, System.out::println);
            var marketData = new MarketDataSet(app, today);
            var marketLoad = marketData.loadUnlessPresent(market, System.out::println);
            var users = new BenchmarkUsers(app);
            var monitoring = new MonitoringDataSet(app, today);
            var load = monitoring.loadUnlessPresent(nation, users, System.out::println);
            var month = monitoring.lastEnded(Frequency.MONTHLY);
            var computations = new MeasureComputationFigures(app, settings, users, month);
            String all = "all %d councils".formatted(nation.councils().size());
            String each = "per council, %d".formatted(nation.councils().size());
            String large = nation.large().describedAs("large");
            System.out.println("Computing " + month.start() + " for every council ...");
            Row first = computations.first(nation.councils(), each);
            List<Row> rows = new ArrayList<>();
            if (first != null) {
                rows.add(first);
            }
            rows.add(computations.again(nation.councils(), all));
            rows.add(computations.againPerCouncil(nation.councils(), each));
            rows.add(computations.again(List.of(nation.large()), large));
            var overview = new MeasureOverviewFigures(app, settings, new Pages(app.port()), monitoring);
            for (var council : new Council[] {nation.large(), nation.typical()}) {
                String where = council.describedAs(council == nation.large() ? "large" : "typical");
                System.out.println("Measuring the overview in " + where + " ...");
                rows.add(overview.measure(users.commissioner(council), where));
            }
            var report = new Report("Cylch monitoring benchmark", settings, MachineFacts.read(app.owner()),
                    about(people, marketLoad, load, monitoring.size()), "issue 13");
            rows.forEach(report::add);
            report.note("");
            report.note(first == null ? "The month was computed already in the kept database: no first computation."
                    : "First computation of %s for every council, one after another: %s in all (the sum of the "
                    .formatted(month.start(), Report.duration(sum(first.service())))
                    + "per-council times); the statements for the same councils %s."
                    .formatted(Report.duration(sum(first.lowerBound()))));
            report.print();
            report.write(Path.of("target/benchmark/monitoring.txt"));
        } finally {
            if (!settings.keep()) {
                PeopleBenchmark.delete(settings.directory());
            }
        }
    }

    private static Duration sum(Latencies latencies) {
        return Duration.ofNanos(Arrays.stream(latencies.nanos()).sum());
    }

    private static List<String> about(NationalDataSet.LoadTimes people, MarketDataSet.LoadTimes market,
                                      MonitoringDataSet.LoadTimes load, MonitoringDataSet.Size size) {
        return List.of(
                ("Monitoring: %,d measures (the starter library in every council), %,d targets, %,d values in %,d "
                        + "series; database %,d MB").formatted(size.measures(), size.targets(), size.values(),
                        size.subjects(), size.databaseBytes() >> 20),
                people.reused() ? "People: reused the kept national data set"
                        : "People: loaded in " + Report.duration(people.total()),
                market.reused() ? "Market: reused the kept market"
                        : "Market: loaded in " + Report.duration(market.total()),
                load.reused() ? "Measures: reused the kept measures"
                        : "Measures: loaded in %s (adopted through the application %s, targets and values %s, vacuum "
                        .formatted(Report.duration(load.total()), Report.duration(load.adopt()),
                                Report.duration(load.history()))
                        + "and analyze %s)".formatted(Report.duration(load.vacuum())),
                "Payments: not loaded, so outcome payments are computed over no posted runs (see docs/performance.md)");
    }
}
