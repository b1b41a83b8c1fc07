package cymru.cylch.benchmark;

import cymru.cylch.monitoring.Attachment;
import cymru.cylch.monitoring.Computation;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.MeasureValues;
import cymru.cylch.monitoring.Period;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A month's computed measures (every computation of the starter library, per provider) for councils one after another,
 * as each council's commissioner computes them ({@link MeasureValues#calculate}: the figures read and worked out, each
 * subject's value stored unless it is unchanged, in a transaction per measure), against one hand-written statement per
 * computation and council ({@code benchmark/measure-*-lower-bound.sql}), which must give the figures the service stored
 * for every council and subject first.
 */
final class MeasureComputationFigures {

    private final MeasureValues values;
    private final BenchmarkSettings settings;
    private final BenchmarkUsers users;
    private final BenchmarkApplication app;
    private final JdbcClient owner;
    private final Period month;
    private final Map<Computation, String> bounds = new EnumMap<>(Computation.class);

    MeasureComputationFigures(BenchmarkApplication app, BenchmarkSettings settings, BenchmarkUsers users,
                              Period month) {
        this.app = app;
        this.values = app.bean(MeasureValues.class);
        this.settings = settings;
        this.users = users;
        this.owner = app.owner();
        this.month = month;
        for (Computation computation : Computation.values()) {
            bounds.put(computation, BenchmarkResources.text("measure-%s-lower-bound.sql".formatted(
                    computation.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
    }

    /** A council's computed measures, and the commissioner who computes them. */
    private record Computed(Council council, CylchUser commissioner, Map<MeasureId, Computation> measures) {
    }

    /** Whether the month has been computed already (a kept database): then no first computation is left to time. */
    boolean computed() {
        return owner.sql("""
                        select exists (select 1 from measure_value v join measure m on m.id = v.measure_id
                                       where m.source = 'COMPUTED' and v.period_start = ?)""")
                .param(Date.valueOf(month.start())).query(Boolean.class).single();
    }

    /**
     * The first computation of the month (each value stored), council by council, against the statements for each
     * council; then a check that the statements give the figures stored. Null if the month was computed already.
     */
    @Nullable Row first(List<Council> councils, String where) {
        var computed = computedMeasures(councils);
        boolean first = !computed();
        try (var handWritten = new HandWrittenSql(app.ownerDataSource())) {
            Row row = first ? perCouncil("last month computed, first time", where, computed, handWritten) : null;
            SameFigures.check("Computed measures", () -> agree(computed, handWritten));
            return row;
        }
    }

    /** All the councils' month computed again, the whole set of councils as one call. */
    Row again(List<Council> councils, String where) {
        var computed = computedMeasures(councils);
        try (var handWritten = new HandWrittenSql(app.ownerDataSource())) {
            return new Row.Calls(i -> computed.forEach(this::compute),
                    i -> computed.forEach(c -> bound(c, handWritten)), null)
                    .measure("last month computed again", where, null, settings);
        }
    }

    /** Each council's month computed again, once, timed council by council. */
    Row againPerCouncil(List<Council> councils, String where) {
        try (var handWritten = new HandWrittenSql(app.ownerDataSource())) {
            return perCouncil("last month computed again", where, computedMeasures(councils), handWritten);
        }
    }

    private Row perCouncil(String what, String where, List<Computed> computed, HandWrittenSql handWritten) {
        long[] service = new long[computed.size()];
        long[] bound = new long[computed.size()];
        for (int i = 0; i < computed.size(); i++) {
            var council = computed.get(i);
            service[i] = Stopwatch.timed(() -> compute(council)).toNanos();
            bound[i] = Stopwatch.timed(() -> bound(council, handWritten)).toNanos();
        }
        return new Row(what, where, new Latencies(service, false), new Latencies(bound, false), null, null);
    }

    private void compute(Computed council) {
        try {
            SignedIn.as(council.commissioner().userId(), council.council().id(), Role.COMMISSIONER);
            council.measures().keySet().forEach(id -> values.calculate(council.commissioner(), id, month.start()));
        } finally {
            SignedIn.clear();
        }
    }

    private List<List<Object[]>> bound(Computed council, HandWrittenSql handWritten) {
        return council.measures().values().stream().map(c -> bound(council, c, handWritten)).toList();
    }

    /** The statement's figures for one computation: each provider's numerator and denominator. */
    private List<Object[]> bound(Computed council, Computation computation, HandWrittenSql handWritten) {
        return handWritten.query(bounds.get(computation), council.council().id(), Date.valueOf(month.start()),
                Date.valueOf(month.end()));
    }

    /** Every council's stored figures for the month are the statements' (subjects with nothing to count aside). */
    private void agree(List<Computed> computed, HandWrittenSql handWritten) {
        long figures = 0;
        for (Computed council : computed) {
            var stored = new TreeSet<String>();
            owner.sql("""
                            select m.computation, v.subject, v.numerator, v.denominator
                            from measure_value v join measure m on m.id = v.measure_id
                            where m.held_by = ? and m.source = 'COMPUTED' and v.period_start = ?
                              and not exists (select 1 from measure_value c where c.corrects = v.id)""")
                    .params(council.council().id(), Date.valueOf(month.start()))
                    .query((rs, n) -> figure(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                            rs.getBigDecimal(4)))
                    .list().forEach(f -> {
                        if (f != null) {
                            stored.add(f);
                        }
                    });
            var statement = new TreeSet<String>();
            council.measures().values().forEach(c -> bound(council, c, handWritten).forEach(r -> {
                String f = figure(c.name(), (String) r[0], Objects.requireNonNull(number(r[1])), number(r[2]));
                if (f != null) {
                    statement.add(f);
                }
            }));
            if (!stored.equals(statement)) {
                var onlyStored = new TreeSet<>(stored);
                onlyStored.removeAll(statement);
                statement.removeAll(stored);
                throw new IllegalStateException(("The computed measures of council %d differ from the statements':%n"
                        + "stored only: %s%nstatement only: %s").formatted(council.council().number(),
                        onlyStored.stream().limit(10).toList(), statement.stream().limit(10).toList()));
            }
            figures += stored.size();
        }
        System.out.printf("Computed measures: %,d figures of %d councils agree with the hand-written statements%n",
                figures, computed.size());
    }

    /** A figure as text, or null when there was nothing to count (zero, or no one reviewed). */
    private static @Nullable String figure(String computation, String subject, BigDecimal numerator,
                                           @Nullable BigDecimal denominator) {
        if (numerator.signum() == 0 && (denominator == null || denominator.signum() == 0)) {
            return null;
        }
        return "%s %s %s/%s".formatted(computation, subject, numerator.stripTrailingZeros().toPlainString(),
                denominator == null ? "-" : denominator.stripTrailingZeros().toPlainString());
    }

    private static @Nullable BigDecimal number(@Nullable Object value) {
        return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }

    private List<Computed> computedMeasures(List<Council> councils) {
        Map<UUID, Map<MeasureId, Computation>> byCouncil = owner.sql("""
                        select held_by, id, computation, attachment from measure
                        where source = 'COMPUTED' and retired_at is null order by held_by, id""")
                .query((rs, n) -> {
                    if (Attachment.valueOf(rs.getString(4)) != Attachment.PROVIDER) {
                        throw new IllegalStateException("The statements compute per provider; measure "
                                + rs.getString(2) + " is not");
                    }
                    return Map.entry(rs.getObject(1, UUID.class), Map.entry(MeasureId.of(rs.getObject(2, UUID.class)),
                            Computation.valueOf(rs.getString(3))));
                })
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.toMap(
                        e -> e.getValue().getKey(), e -> e.getValue().getValue(), (a, b) -> a,
                        LinkedHashMap::new)));
        Function<Council, CylchUser> commissioner = council -> {
            var user = users.commissioner(council);
            try {
                return SignedIn.as(user.id(), council.id(), Role.COMMISSIONER);
            } finally {
                SignedIn.clear();
            }
        };
        return councils.stream().map(c -> new Computed(c, commissioner.apply(c),
                byCouncil.getOrDefault(c.id(), Map.of()))).toList();
    }
}
