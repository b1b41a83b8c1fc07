package cymru.cylch.benchmark;

import cymru.cylch.organisations.OrganisationDetails;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.OrganisationSetup;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.platform.database.SystemScope;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One council whose people have had WEMWBS many times: 400,000 people with 1 to 49 administrations each, about
 * 10 million scores at scale 1. The council is registered through the application; the administrations and
 * scores are inserted set-based by the application's own role under Cylch's system scope, a slice of people per
 * statement, so the trigger that follows each person's first and latest score runs as it does in production.
 */
final class CohortDataSet {

    static final String INSTRUMENT = "wemwbs";
    static final String SCORE = "total";
    private static final int PEOPLE_AT_SCALE_1 = 400_000;
    private static final int SLICE = 20_000;
    private static final int AREAS = 25;
    private static final String MEASUREMENTS = BenchmarkResources.text("measurements.sql");

    private final OrganisationSetup organisations;
    private final JdbcClient application;
    private final JdbcClient owner;
    private final String version;

    CohortDataSet(BenchmarkApplication app, String instrumentVersion) {
        this.organisations = app.bean(OrganisationSetup.class);
        this.application = app.application();
        this.owner = app.owner();
        this.version = instrumentVersion;
    }

    static Council council(double scale) {
        return new Council(1, (int) Math.round(PEOPLE_AT_SCALE_1 * scale), 1);
    }

    /** The data set in the database, counted as the owner. */
    record Size(long people, long administrations, long scores, long followed, long databaseBytes) {
    }

    /** Load time, or zero when a kept database already held this council's people. */
    Duration loadUnlessPresent(Council council, Consumer<String> progress) {
        long held = followedPeople();
        if (held == council.people()) {
            progress.accept("Reusing the kept data set (%,d people)".formatted(held));
            return Duration.ZERO;
        }
        if (held != 0) {
            throw new IllegalStateException(("The kept database has %,d people measured but this scale plans %,d: "
                    + "delete the benchmark directory or run at the scale it was made with").formatted(held,
                    council.people()));
        }
        return Stopwatch.timed(() -> load(council, progress));
    }

    Size size() {
        return owner.sql("""
                        select (select count(distinct person_id) from measurement),
                               (select count(*) from measurement),
                               (select count(*) from measurement_score),
                               (select count(*) from measurement_trajectory),
                               pg_database_size(current_database())""")
                .query((rs, n) -> new Size(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }

    private long followedPeople() {
        return owner.sql("select count(*) from measurement_trajectory").query(Long.class).single();
    }

    private void load(Council council, Consumer<String> progress) {
        organisations.registerOrganisation(council.id(), new OrganisationDetails(OrganisationKind.COUNCIL,
                council.name(), null, PublicIdentifiers.none()), null);
        long start = System.nanoTime();
        for (long first = council.firstPerson(); first <= council.lastPerson(); first += SLICE) {
            long from = first;
            long last = Math.min(council.lastPerson(), first + SLICE - 1);
            SystemScope.run(() -> application.sql(MEASUREMENTS)
                    .param("council", council.id())
                    .param("first", from)
                    .param("last", last)
                    .param("areaPrefix", council.areaPrefix())
                    .param("areas", AREAS)
                    .param("version", version)
                    .update());
            progress.accept("Loaded %,d of %,d people's measurements in %s".formatted(last, council.people(),
                    Report.duration(Duration.ofNanos(System.nanoTime() - start))));
        }
        owner.sql("vacuum (analyze) measurement, measurement_score, measurement_trajectory").update();
        owner.sql("checkpoint").update();
    }
}
