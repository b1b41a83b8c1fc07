package cymru.cylch.benchmark;

import cymru.cylch.people.AchievementRow;
import cymru.cylch.people.AchievementSummary;
import cymru.cylch.people.ReviewSchedule;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The commissioner's achievement summary for a whole council, as {@code /achievement} builds it (by domain, by
 * area, and people overdue a review), through {@link AchievementSummary}, the lower bound (the same figures as one
 * hand-written query) and the page. The lower bound must give the same figures first.
 */
final class AchievementFigures {

    static final Goal GOAL = Goal.under(1_000);
    private static final String LOWER_BOUND = BenchmarkResources.text("achievement-lower-bound.sql");

    private final BenchmarkApplication app;
    private final BenchmarkSettings settings;
    private final Pages pages;

    AchievementFigures(BenchmarkApplication app, BenchmarkSettings settings, Pages pages) {
        this.app = app;
        this.settings = settings;
        this.pages = pages;
    }

    Row measure(BenchmarkUsers.User commissioner, String where) {
        var summary = app.bean(AchievementSummary.class);
        var schedule = app.bean(ReviewSchedule.class);
        var actor = SignedIn.as(commissioner.id(), commissioner.council().id(), Role.COMMISSIONER);
        var session = pages.signIn(commissioner);
        Object[] parameters = {actor.organisationId(), actor.organisationId(), actor.organisationId(),
                schedule.interval().toString(), schedule.firstAfter().toString(), schedule.firstAfter().toString(),
                LocalDate.now(ZoneId.of("Europe/London"))};
        try (var sql = new HandWrittenSql(app.ownerDataSource())) {
            SameFigures.check("achievement summary, " + where, () -> requireSameFigures(
                    figures(summary.figures(actor)),
                    figures(sql.query(LOWER_BOUND, parameters))));
            return new Row.Calls(
                    i -> summary.figures(actor),
                    i -> sql.query(LOWER_BOUND, parameters),
                    i -> Pages.get(session, "/achievement"))
                    .measure("achievement summary", where, GOAL, settings);
        } finally {
            SignedIn.clear();
        }
    }

    /** Every figure, keyed "domain wales-nof/health", "area C001-03", "overdue", as counts in the same order. */
    /** The figures the lower bound also gives (the service adds how support is arranged, which it has no plans for). */
    private static TreeMap<String, List<Long>> figures(cymru.cylch.people.AchievementFigures service) {
        var figures = new TreeMap<String, List<Long>>();
        service.byDomain().forEach(row -> figures.put("domain " + row.key(), counts(row)));
        service.byArea().forEach(row -> figures.put("area " + row.key(), counts(row)));
        figures.put("overdue ", List.of(service.overdueReviews(), 0L, 0L, 0L, 0L, 0L));
        return figures;
    }

    private static TreeMap<String, List<Long>> figures(List<Object[]> lowerBound) {
        var figures = new TreeMap<String, List<Long>>();
        for (Object[] row : lowerBound) {
            List<Long> counts = new ArrayList<>();
            for (int c = 2; c < row.length; c++) {
                counts.add(((Number) row[c]).longValue());
            }
            figures.put(row[0] + " " + row[1], counts);
        }
        return figures;
    }

    private static List<Long> counts(AchievementRow row) {
        return List.of(row.outcomes(), row.reviewed(), row.achieved(), row.partlyAchieved(), row.notAchieved(),
                row.noLongerRelevant());
    }

    private static void requireSameFigures(TreeMap<String, List<Long>> service, TreeMap<String, List<Long>> bound) {
        if (!service.equals(bound)) {
            throw new IllegalStateException("The achievement summary's figures differ from its lower bound's:\n"
                    + service + "\n" + bound);
        }
    }
}
