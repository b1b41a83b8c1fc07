package cymru.cylch.benchmark;

import cymru.cylch.platform.time.Today;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of issue 11, run as a command (see docs/performance.md), never in the build (the name matches no
 * Surefire pattern). On the national data set ({@link NationalDataSet}: 175 councils, 600,000 people) it loads the
 * market ({@link MarketDataSet}: 5,000 providers, their standings and listings, each council's contracts, 600,000
 * service agreements and the support requests behind some of them), then measures, in the large council and a
 * typical one: which providers are eligible for a support request, the council's market analysis, and the OCDS
 * package of all its contracts; each through the service, one hand-written SQL statement (which must agree first)
 * and, where there is one, the page. Figures are printed and written to target/benchmark/market.txt.
 */
@Tag("benchmark")
class MarketBenchmark {

    @Test
    void measuresTheMarketAtNationalScale() throws IOException {
        var settings = BenchmarkSettings.fromSystemProperties();
        var nation = NationalPlan.at(settings.scale());
        var market = MarketPlan.of(nation, settings.scale());
        LocalDate today = LocalDate.now(Today.ZONE);
        try (var app = BenchmarkApplication.start(settings)) {
            var people = new NationalDataSet(app).loadUnlessPresent(nation, System.out::println);
            var dataSet = new MarketDataSet(app, today);
            var load = dataSet.loadUnlessPresent(market, System.out::println);
            var report = new Report("Cylch market benchmark", settings, MachineFacts.read(app.owner()),
                    about(people, load, dataSet.size()), "issue 11");
            var users = new BenchmarkUsers(app);
            var pages = new Pages(app.port());
            var eligibility = new EligibilityFigures(app, settings);
            var analysis = new MarketAnalysisFigures(app, settings, pages);
            var ocds = new OcdsFigures(app, settings);
            for (var council : new Council[] {nation.large(), nation.typical()}) {
                String where = council.describedAs(council == nation.large() ? "large" : "typical");
                System.out.println("Measuring " + where + " ...");
                var commissioner = users.commissioner(council);
                report.add(eligibility.measure(commissioner, council, today, where));
                report.add(analysis.measure(commissioner, today, where));
                report.add(ocds.measure(commissioner, where));
            }
            report.print();
            report.write(Path.of("target/benchmark/market.txt"));
        } finally {
            if (!settings.keep()) {
                PeopleBenchmark.delete(settings.directory());
            }
        }
    }

    private static List<String> about(NationalDataSet.LoadTimes people, MarketDataSet.LoadTimes load,
                                      MarketDataSet.Size size) {
        return List.of(
                ("Market: %,d providers, %,d standings, %,d listing versions, %,d contracts (%,d versions), %,d "
                        + "service agreements (%,d in force today), %,d support requests (%,d unmet); database %,d MB")
                        .formatted(size.providers(), size.standings(), size.listingVersions(), size.contracts(),
                                size.contractVersions(), size.agreements(), size.inForce(), size.requests(),
                                size.unmet(), size.databaseBytes() >> 20),
                people.reused() ? "People: reused the kept national data set"
                        : "People: loaded in " + Report.duration(people.total()),
                load.reused() ? "Market load: reused the kept database"
                        : "Market load: %s (providers, standings and listings %s, contracts %s, agreements and requests "
                        .formatted(Report.duration(load.total()), Report.duration(load.providers()),
                                Report.duration(load.contracts()))
                        + "%s, vacuum and analyze %s)".formatted(Report.duration(load.agreements()),
                                Report.duration(load.vacuum())));
    }
}
