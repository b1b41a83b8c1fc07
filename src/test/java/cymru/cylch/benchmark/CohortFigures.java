package cymru.cylch.benchmark;

import cymru.cylch.measurement.CohortRow;
import cymru.cylch.measurement.MeasurementCohorts;
import cymru.cylch.measurement.MeasurementCohorts.Grouping;
import cymru.cylch.measurement.ScoreDefinition;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A cohort view of one score for a whole council, grouped each way, through {@link MeasurementCohorts}, through one
 * hand-written aggregate over every stored score (the same figures, which it must give first) and through the page.
 */
final class CohortFigures {

    static final Goal GOAL = Goal.under(1_000);
    private static final String LOWER_BOUND = BenchmarkResources.text("cohort-lower-bound.sql");

    private final BenchmarkApplication app;
    private final BenchmarkSettings settings;
    private final Pages pages;

    CohortFigures(BenchmarkApplication app, BenchmarkSettings settings, Pages pages) {
        this.app = app;
        this.settings = settings;
        this.pages = pages;
    }

    Row measure(BenchmarkUsers.User commissioner, ScoreDefinition score, Grouping grouping, String where) {
        var cohorts = app.bean(MeasurementCohorts.class);
        var actor = SignedIn.as(commissioner.id(), commissioner.council().id(), Role.COMMISSIONER);
        var session = pages.signIn(commissioner);
        String sql = LOWER_BOUND.formatted(switch (grouping) {
            case COUNCIL -> "''::text";
            case AREA -> "area_code";
            case DOMAIN -> "outcome_domain";
            case PROVIDER, CONTRACT -> throw new IllegalArgumentException("the benchmark has no service agreements");
        });
        int direction = score.lowerIsBetter() ? -1 : 1;
        BigDecimal threshold = score.meaningfulChange() == null ? new BigDecimal("1e9") : score.meaningfulChange();
        Object[] parameters = {actor.organisationId(), CohortDataSet.INSTRUMENT, score.code(), direction, direction,
                threshold};
        String page = "/measurement/cohorts?measure=%s/%s&groupBy=%s".formatted(CohortDataSet.INSTRUMENT,
                score.code(), grouping);
        try (var handWritten = new HandWrittenSql(app.ownerDataSource())) {
            SameFigures.check("cohort view by " + grouping, () -> requireSameFigures(
                    cohorts.of(actor, CohortDataSet.INSTRUMENT, score.code(), grouping),
                    rows(handWritten.query(sql, parameters))));
            return new Row.Calls(
                    i -> cohorts.of(actor, CohortDataSet.INSTRUMENT, score.code(), grouping),
                    i -> handWritten.query(sql, parameters),
                    i -> Pages.get(session, page))
                    .measure("cohort view by " + grouping.name().toLowerCase(Locale.ROOT), where, GOAL, settings);
        } finally {
            SignedIn.clear();
        }
    }

    private static List<CohortRow> rows(List<Object[]> handWritten) {
        return handWritten.stream().map(r -> new CohortRow((String) r[0], number(r[1]), number(r[2]),
                (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5], number(r[6]), number(r[7]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static void requireSameFigures(List<CohortRow> service, List<CohortRow> bound) {
        if (!service.equals(bound)) {
            throw new IllegalStateException("The cohort view's figures differ from the hand-written aggregate's:\n"
                    + service + "\n" + bound);
        }
    }
}
