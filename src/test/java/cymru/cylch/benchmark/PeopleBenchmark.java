package cymru.cylch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of issue 3, run as a command (see docs/performance.md), never in the build: the name does not
 * match Surefire's test patterns, so {@code ./mvnw verify} does not run it, and {@code -Dtest=PeopleBenchmark}
 * does. It starts Cylch on its own embedded PostgreSQL, loads the national data set (600,000 people, 2 million
 * outcomes, 6 million reviews at scale 1), measures person search, caseloads and the achievement summary in the
 * large council and a typical one, and prints the figures (also written to target/benchmark/people.txt).
 * It stops only when something is wrong (a lower bound disagreeing with the service, a page failing), not when a
 * goal is missed: goals are reported.
 */
@Tag("benchmark")
class PeopleBenchmark {

    private static final int CARE_MANAGERS = 10;

    @Test
    void measuresPeopleAtNationalScale() throws IOException {
        var settings = BenchmarkSettings.fromSystemProperties();
        var plan = NationalPlan.at(settings.scale());
        try (var app = BenchmarkApplication.start(settings)) {
            var load = new NationalDataSet(app).loadUnlessPresent(plan, System.out::println);
            var report = new Report("Cylch people benchmark", settings, MachineFacts.read(app.owner()),
                    about(load, DataSetSize.count(app.owner())), "issue 3");
            var users = new BenchmarkUsers(app);
            var pages = new Pages(app.port());
            var search = new PersonSearchFigures(app, settings, pages);
            var caseloads = new CaseloadFigures(app, settings, pages);
            var achievement = new AchievementFigures(app, settings, pages);
            // An untimed round first, so that no figure is a cold JVM's (JIT, templates, connection pools).
            search.measure(users.careManagers(plan.typical(), 1).getFirst(), "warm-up");
            for (var council : new Council[] {plan.large(), plan.typical()}) {
                String where = council.describedAs(council == plan.large() ? "large" : "typical");
                System.out.println("Measuring " + where + " ...");
                var careManagers = users.careManagers(council, CARE_MANAGERS);
                search.measure(careManagers.getFirst(), where).forEach(report::add);
                report.add(caseloads.measure(careManagers, where));
                report.add(achievement.measure(users.commissioner(council), where));
            }
            report.print();
            report.write(Path.of("target/benchmark/people.txt"));
        } finally {
            if (!settings.keep()) {
                delete(settings.directory());
            }
        }
    }

    private static List<String> about(NationalDataSet.LoadTimes load, DataSetSize size) {
        return List.of(
                "Data set: %,d councils, %,d people (%,d living), %,d care managers, %,d outcomes, %,d support plan "
                        .formatted(size.councils(), size.people(), size.living(), size.careManagers(), size.outcomes(),
                                size.plans())
                        + "revisions, %,d reviews; database %,d MB".formatted(size.reviews(),
                                size.databaseBytes() >> 20),
                load.reused() ? "Load: reused the kept database"
                        : "Load: %s (people %s, outcomes %s, plans %s, reviews %s, vacuum and analyze %s)".formatted(
                                Report.duration(load.total()), Report.duration(load.people()),
                                Report.duration(load.outcomes()), Report.duration(load.plans()),
                                Report.duration(load.reviews()), Report.duration(load.vacuum())));
    }

    static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
