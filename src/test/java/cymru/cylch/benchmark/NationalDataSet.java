package cymru.cylch.benchmark;

import cymru.cylch.organisations.Nation;
import cymru.cylch.organisations.OrganisationDetails;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.OrganisationSetup;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.platform.database.SystemScope;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the national data set in the migrated schema, with every index, constraint, foreign key and row-level
 * security policy production has. Councils are registered through the application; their people, outcomes and
 * reviews are inserted set-based, one council at a time, by the application's own database role under Cylch's
 * system scope (so the policies' checks run). Then VACUUM ANALYZE, as autovacuum would have done by the time a
 * real database of this size was queried.
 */
final class NationalDataSet {

    private static final String PEOPLE = BenchmarkResources.text("people.sql");
    private static final String OUTCOMES = BenchmarkResources.text("outcomes.sql");
    private static final String REVIEWS = BenchmarkResources.text("reviews.sql");
    private static final String PLANS = BenchmarkResources.text("plans.sql");

    private final OrganisationSetup organisations;
    private final JdbcClient application;
    private final JdbcClient owner;
    private final WeightedNames given = WeightedNames.read("given-names.csv");
    private final WeightedNames family = WeightedNames.read("family-names.csv");

    NationalDataSet(BenchmarkApplication app) {
        this.organisations = app.bean(OrganisationSetup.class);
        this.application = app.application();
        this.owner = app.owner();
    }

    /** How long each part of the load took; all zero when a kept database already held the planned data set. */
    record LoadTimes(Duration people, Duration outcomes, Duration plans, Duration reviews, Duration vacuum,
                     boolean reused) {

        Duration total() {
            return people.plus(outcomes).plus(plans).plus(reviews).plus(vacuum);
        }
    }

    LoadTimes loadUnlessPresent(NationalPlan plan, Consumer<String> progress) {
        long held = owner.sql("select count(*) from person").query(Long.class).single();
        if (held == plan.people()) {
            progress.accept("Reusing the kept data set (%,d people)".formatted(held));
            return new LoadTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, true);
        }
        if (held != 0) {
            throw new IllegalStateException(("The kept database holds %,d people but this scale plans %,d: delete "
                    + "the benchmark directory or run at the scale it was made with").formatted(held, plan.people()));
        }
        return load(plan, progress);
    }

    private LoadTimes load(NationalPlan plan, Consumer<String> progress) {
        for (Council council : plan.councils()) {
            organisations.registerOrganisation(council.id(), new OrganisationDetails(OrganisationKind.COUNCIL,
                    council.name(), null, PublicIdentifiers.none(), council.welsh() ? Nation.WALES : Nation.ENGLAND),
                    null);
        }
        Duration people = Duration.ZERO;
        Duration outcomes = Duration.ZERO;
        Duration reviews = Duration.ZERO;
        Duration plans = Duration.ZERO;
        long loaded = 0;
        for (Council council : plan.councils()) {
            people = people.plus(Stopwatch.timed(() -> insertPeople(council)));
            outcomes = outcomes.plus(Stopwatch.timed(() -> insertForCouncil(OUTCOMES, council)));
            plans = plans.plus(Stopwatch.timed(() -> insertForCouncil(PLANS, council)));
            reviews = reviews.plus(Stopwatch.timed(() -> insertForCouncil(REVIEWS, council)));
            loaded += council.people();
            if (council.number() % 25 == 0 || council.number() == plan.councils().size()) {
                progress.accept("Loaded %d of %d councils, %,d people, in %s".formatted(council.number(),
                        plan.councils().size(), loaded,
                        Report.duration(people.plus(outcomes).plus(plans).plus(reviews))));
            }
        }
        Duration vacuum = Stopwatch.timed(() -> owner.sql("vacuum (analyze) person, personal_outcome, support_plan, "
                + "outcome_review, organisation").update());
        owner.sql("checkpoint").update();
        var times = new LoadTimes(people, outcomes, plans, reviews, vacuum, false);
        progress.accept("Loaded in " + Report.duration(times.total()));
        return times;
    }

    private void insertPeople(Council council) {
        SystemScope.run(() -> application.sql(PEOPLE)
                .param("council", council.id())
                .param("first", council.firstPerson())
                .param("last", council.lastPerson())
                .param("givenNames", given.namesArray())
                .param("givenFrom", given.fromArray())
                .param("familyNames", family.namesArray())
                .param("familyFrom", family.fromArray())
                .param("areas", council.areas())
                .param("areaPrefix", council.areaPrefix())
                .param("welshShare", council.welshShare())
                .param("workers", council.workers())
                .update());
    }

    private void insertForCouncil(String sql, Council council) {
        SystemScope.run(() -> application.sql(sql)
                .param("council", council.id())
                .param("framework", council.framework())
                .update());
    }
}
