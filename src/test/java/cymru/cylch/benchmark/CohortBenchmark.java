package cymru.cylch.benchmark;

import cymru.cylch.measurement.InstrumentLibrary;
import cymru.cylch.measurement.MeasurementCohorts.Grouping;
import cymru.cylch.measurement.ScoreDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cohort half of issue 4's benchmark, run as a command (see docs/performance.md), never in the build (the name
 * matches no Surefire pattern). It starts Cylch on its own embedded PostgreSQL, loads one council whose people have
 * about 10 million WEMWBS scores at scale 1, and measures the council-wide cohort view (and by area and by outcome
 * domain) through the service, against one hand-written SQL aggregate of the same figures over every score, and
 * as the page. Figures are printed and written to target/benchmark/cohorts.txt.
 */
@Tag("benchmark")
class CohortBenchmark {

    @Test
    void measuresACouncilWideCohortView() throws IOException {
        var settings = BenchmarkSettings.fromSystemProperties(Path.of("target/benchmark-cohort-postgres"));
        var council = CohortDataSet.council(settings.scale());
        try (var app = BenchmarkApplication.start(settings)) {
            var instrument = app.bean(InstrumentLibrary.class).scorer(CohortDataSet.INSTRUMENT).orElseThrow()
                    .definition();
            var dataSet = new CohortDataSet(app, instrument.version());
            var load = dataSet.loadUnlessPresent(council, System.out::println);
            var size = dataSet.size();
            var report = new Report("Cylch cohort benchmark", settings, MachineFacts.read(app.owner()), List.of(
                    ("Data set: one council, %,d people measured, %,d administrations of %s, %,d scores, %,d first and "
                            + "latest scores followed; database %,d MB").formatted(size.people(),
                            size.administrations(), CohortDataSet.INSTRUMENT, size.scores(), size.followed(),
                            size.databaseBytes() >> 20),
                    load.isZero() ? "Load: reused the kept database" : "Load: " + Report.duration(load)),
                    "issue 4");
            var commissioner = new BenchmarkUsers(app).commissioner(council);
            var figures = new CohortFigures(app, settings, new Pages(app.port()));
            ScoreDefinition score = instrument.score(CohortDataSet.SCORE).orElseThrow();
            String where = council.describedAs("council");
            // The benchmark's people have no service agreements, so no grouping by provider or contract yet.
            for (Grouping grouping : List.of(Grouping.COUNCIL, Grouping.AREA, Grouping.DOMAIN)) {
                System.out.println("Measuring the cohort view by " + grouping + " ...");
                report.add(figures.measure(commissioner, score, grouping, where));
            }
            report.print();
            report.write(Path.of("target/benchmark/cohorts.txt"));
        } finally {
            if (!settings.keep()) {
                PeopleBenchmark.delete(settings.directory());
            }
        }
    }
}
