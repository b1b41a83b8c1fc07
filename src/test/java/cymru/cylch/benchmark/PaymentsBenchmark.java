package cymru.cylch.benchmark;

import cymru.cylch.platform.time.Today;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of issue 12, run as a command (see docs/performance.md), never in the build (the name matches no
 * Surefire pattern). On the national market ({@link MarketDataSet}, whose framework, dynamic purchasing system and
 * block contract pay partly by results) it loads a rate card on each of those contracts, a year of outcome claims
 * and the eleven monthly payment runs before last month ({@link PaymentsDataSet}), then measures last month's run
 * for every council (one after another, and two at once, as councils' own officers would) and for the large one,
 * each against one hand-written SQL statement that must give the same totals first. Figures are printed and written to target/benchmark/payments.txt.
 */
@Tag("benchmark")
class PaymentsBenchmark {

    /** Councils whose officers prepare their runs at the same moment, in the second national measurement. */
    private static final int AT_ONCE = 2;

    @Test
    void measuresTheMonthlyPaymentRunAtNationalScale() throws IOException {
        var settings = BenchmarkSettings.fromSystemProperties();
        var nation = NationalPlan.at(settings.scale());
        var market = MarketPlan.of(nation, settings.scale());
        LocalDate today = LocalDate.now(Today.ZONE);
        YearMonth month = YearMonth.from(today).minusMonths(1);
        try (var app = BenchmarkApplication.start(settings)) {
            var people = new NationalDataSet(app).loadUnlessPresent(nation, System.out::println);
            var marketData = new MarketDataSet(app, today);
            var marketLoad = marketData.loadUnlessPresent(market, System.out::println);
            var users = new BenchmarkUsers(app);
            var payments = new PaymentsDataSet(app, users, month);
            var load = payments.loadUnlessPresent(nation, System.out::println);
            var report = new Report("Cylch payments benchmark", settings, MachineFacts.read(app.owner()),
                    about(people, marketLoad, load, payments.size(), month), "issue 12");
            var figures = new PaymentRunFigures(app, settings, users);
            String all = "all %d councils".formatted(nation.councils().size());
            var national = List.of(
                    figures.measure(nation.councils(), month, all, PaymentRunFigures.NATIONAL, 1),
                    figures.measure(nation.councils(), month, all, PaymentRunFigures.NATIONAL, AT_ONCE),
                    figures.measure(List.of(nation.large()), month, nation.large().describedAs("large"), null, 1));
            national.forEach(f -> report.add(f.row()));
            report.note("");
            national.forEach(f -> report.note(f.throughput()));
            report.note("Java heap: at most %,d MB".formatted(Runtime.getRuntime().maxMemory() >> 20));
            report.print();
            report.write(Path.of("target/benchmark/payments.txt"));
        } finally {
            if (!settings.keep()) {
                PeopleBenchmark.delete(settings.directory());
            }
        }
    }

    private static List<String> about(NationalDataSet.LoadTimes people, MarketDataSet.LoadTimes market,
                                      PaymentsDataSet.LoadTimes load, PaymentsDataSet.Size size, YearMonth month) {
        return List.of(
                ("Payments: %,d agreements paid partly by results, %,d outcome stages on their rate cards, %,d "
                        + "claims (%,d verified), %,d runs posted before %s with %,d lines, %,d ledger entries; "
                        + "database %,d MB").formatted(size.agreementsByResults(), size.outcomeStages(),
                        size.claims(), size.verified(), size.postedRuns(), month, size.postedLines(),
                        size.ledgerEntries(), size.databaseBytes() >> 20),
                people.reused() ? "People: reused the kept national data set"
                        : "People: loaded in " + Report.duration(people.total()),
                market.reused() ? "Market: reused the kept market" : "Market: loaded in "
                        + Report.duration(market.total()),
                load.monthsRun() == 0 ? "Payments: reused the kept claims and runs"
                        : ("Payments load: %s (rate cards %s, claims planned %s and inserted %s; %d months of runs "
                        + "for every council: prepared in %s, approved and posted in %s)").formatted(
                        Report.duration(load.total()), Report.duration(load.cards()), Report.duration(load.plan()),
                        Report.duration(load.claims()), load.monthsRun(), Report.duration(load.prepare()),
                        Report.duration(load.approveAndPost())));
    }
}
