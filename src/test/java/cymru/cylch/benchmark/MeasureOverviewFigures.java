package cymru.cylch.benchmark;

import cymru.cylch.monitoring.Frequency;
import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureAlerts;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.monitoring.Measures;
import cymru.cylch.monitoring.PeriodRow;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A council's monitoring overview, {@code /measures}: every measure still collected with each subject's latest ended
 * period and the one before, rated against its target, and the open alerts. Through the services the page calls
 * ({@link Measures#measures}, {@link MeasureValues#overview}, {@link MeasureAlerts#open}), against one hand-written
 * statement of the same values and targets ({@code benchmark/measure-overview-lower-bound.sql}), which must agree
 * first, and as the page.
 */
final class MeasureOverviewFigures {

    static final Goal GOAL = Goal.under(1_000);
    private static final String LOWER_BOUND = BenchmarkResources.text("measure-overview-lower-bound.sql");

    private final BenchmarkApplication app;
    private final BenchmarkSettings settings;
    private final Pages pages;
    private final MonitoringDataSet dataSet;

    MeasureOverviewFigures(BenchmarkApplication app, BenchmarkSettings settings, Pages pages,
                           MonitoringDataSet dataSet) {
        this.app = app;
        this.settings = settings;
        this.pages = pages;
        this.dataSet = dataSet;
    }

    Row measure(BenchmarkUsers.User commissioner, String where) {
        var measures = app.bean(Measures.class);
        var values = app.bean(MeasureValues.class);
        var alerts = app.bean(MeasureAlerts.class);
        Function<CylchUser, Integer> overview = reader -> {
            List<Measure> inUse = measures.measures(reader).stream().filter(m -> !m.retired()).toList();
            int shown = values.overview(reader, inUse).values().stream().mapToInt(List::size).sum();
            return shown + alerts.open(reader).size();
        };
        var session = pages.signIn(commissioner);
        Object[] parameters = {commissioner.council().id(),
                Date.valueOf(dataSet.lastEnded(Frequency.MONTHLY).start()),
                Date.valueOf(dataSet.lastEnded(Frequency.QUARTERLY).start()),
                Date.valueOf(dataSet.lastEnded(Frequency.ANNUAL).start())};
        try (var handWritten = new HandWrittenSql(app.ownerDataSource())) {
            CylchUser reader = SignedIn.as(commissioner.id(), commissioner.council().id(), Role.COMMISSIONER);
            SameFigures.check("Monitoring overview in " + where, () -> agree(reader, measures, values,
                    handWritten.query(LOWER_BOUND, parameters), where));
            return new Row.Calls(
                    i -> overview.apply(reader),
                    i -> handWritten.query(LOWER_BOUND, parameters),
                    i -> Pages.get(session, "/measures"))
                    .measure("monitoring overview", where, GOAL, settings);
        } finally {
            SignedIn.clear();
        }
    }

    /** Every subject with a value in either period has the statement's values and target; no other subject has. */
    private static void agree(CylchUser reader, Measures measures, MeasureValues values, List<Object[]> statement,
                              String where) {
        var service = new TreeSet<String>();
        List<Measure> inUse = measures.measures(reader).stream().filter(m -> !m.retired()).toList();
        values.overview(reader, inUse).forEach((id, standings) -> standings.forEach(s -> {
            if (s.latest().figures() != null || (s.before() != null && s.before().figures() != null)) {
                service.add(line(id.toString(), s.subject().key(), reported(s.latest()), s.latest().value(),
                        s.before() != null && reported(s.before()), s.before() == null ? null : s.before().value(),
                        s.latest().target()));
            }
        }));
        var bound = new TreeSet<String>();
        statement.forEach(r -> bound.add(line(r[0].toString(), (String) r[1], (Boolean) r[2], (BigDecimal) r[3],
                (Boolean) r[4], (BigDecimal) r[5], (BigDecimal) r[6])));
        if (!service.equals(bound)) {
            var onlyService = new TreeSet<>(service);
            onlyService.removeAll(bound);
            bound.removeAll(service);
            throw new IllegalStateException("The monitoring overview in %s differs from the statement's:%n"
                    .formatted(where) + "service only: " + onlyService.stream().limit(10).toList()
                    + "\nstatement only: " + bound.stream().limit(10).toList());
        }
        System.out.printf("Monitoring overview in %s: %,d subjects' values and targets agree with the hand-written "
                + "statement%n", where, service.size());
    }

    private static boolean reported(PeriodRow row) {
        return row.figures() != null;
    }

    private static String line(String measure, String subject, boolean latestReported, @Nullable BigDecimal latest,
                               boolean beforeReported, @Nullable BigDecimal before, @Nullable BigDecimal target) {
        return "%s %s latest %s %s before %s %s target %s".formatted(measure, subject, latestReported, plain(latest),
                beforeReported, plain(before), plain(target));
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
