package cymru.cylch.benchmark;

import cymru.cylch.market.MarketAnalysis;
import cymru.cylch.market.MarketFigures;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A council's whole market analysis ({@link MarketAnalysis#of}), against one hand-written statement of every figure
 * it shows (listings by area, service and in total; agreements in force by provider, service, area and in total;
 * 12 months of hours and prices; unmet requests and days to start), which must give the same figures first, and as
 * the page {@code /market/analysis}.
 */
final class MarketAnalysisFigures {

    static final Goal GOAL = Goal.under(1_000);
    private static final String LOWER_BOUND = BenchmarkResources.text("market-analysis-lower-bound.sql");

    private final BenchmarkApplication app;
    private final BenchmarkSettings settings;
    private final Pages pages;

    MarketAnalysisFigures(BenchmarkApplication app, BenchmarkSettings settings, Pages pages) {
        this.app = app;
        this.settings = settings;
        this.pages = pages;
    }

    /** One figure as the statement gives it. */
    record Figure(String part, String key, @Nullable BigDecimal a, @Nullable BigDecimal b, @Nullable BigDecimal c,
                  @Nullable BigDecimal d) {

        Figure {
            a = plain(a);
            b = plain(b);
            c = plain(c);
            d = plain(d);
        }

        private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros();
        }
    }

    Row measure(BenchmarkUsers.User commissioner, LocalDate day, String where) {
        var analysis = app.bean(MarketAnalysis.class);
        CylchUser actor = SignedIn.as(commissioner.id(), commissioner.council().id(), Role.COMMISSIONER);
        var session = pages.signIn(commissioner);
        String[] days = IntStream.range(0, 12)
                .mapToObj(i -> day.withDayOfMonth(1).minusMonths(11L - i).toString()).toArray(String[]::new);
        try (var handWritten = new HandWrittenSql(app.ownerDataSource())) {
            Object[] parameters = {commissioner.council().id(), day, days, Timestamp.from(Instant.now())};
            List<Figure> service = figures(analysis.of(actor));
            List<Figure> bound = sorted(handWritten.query(LOWER_BOUND, parameters).stream()
                    .map(r -> new Figure((String) r[0], (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3],
                            (BigDecimal) r[4], (BigDecimal) r[5])).toList());
            if (!service.equals(bound)) {
                throw new IllegalStateException("The market analysis differs from the hand-written statement's:\n"
                        + difference(service, bound));
            }
            System.out.printf("Market analysis in %s: %d figures agree with the hand-written statement%n", where,
                    service.size());
            return new Row.Calls(
                    i -> analysis.of(actor),
                    i -> handWritten.query(LOWER_BOUND, parameters),
                    i -> Pages.get(session, "/market/analysis"))
                    .measure("market analysis", where, GOAL, settings);
        } finally {
            SignedIn.clear();
        }
    }

    /** The analysis's figures in the statement's shape. */
    static List<Figure> figures(MarketFigures market) {
        List<Figure> figures = new ArrayList<>();
        listed(figures, "listed total", List.of(market.listedTotal()));
        listed(figures, "listed area", market.listedByArea());
        listed(figures, "listed service", market.listedByService());
        commissioned(figures, "commissioned total", List.of(market.commissionedTotal()));
        commissioned(figures, "commissioned area", market.commissionedByArea());
        commissioned(figures, "commissioned service", market.commissionedByService());
        market.providerShares().forEach(s -> figures.add(new Figure("commissioned provider", s.provider().toString(),
                BigDecimal.valueOf(s.people()), s.weeklyHours(), s.weeklySpend().amount(), null)));
        market.hoursTrend().forEach(h -> figures.add(new Figure("hours on " + h.day(), "",
                BigDecimal.valueOf(h.people()), h.weeklyHours(), h.weeklySpend().amount(), null)));
        market.priceTrend().forEach(p -> figures.add(new Figure("price on " + p.day(), "",
                BigDecimal.valueOf(p.providers()), null, null, amount(p.medianHourly()))));
        market.unmet().ifPresent(u -> figures.add(new Figure("unmet", "", BigDecimal.valueOf(u.requests()),
                BigDecimal.valueOf(u.longestWaitDays()), null, null)));
        market.daysToStart().ifPresent(d -> figures.add(new Figure("days to start", "",
                BigDecimal.valueOf(d.started()), d.medianDays(), null, null)));
        return sorted(figures);
    }

    private static void listed(List<Figure> figures, String part, List<MarketFigures.Listed> listed) {
        // A council with no listings has a total of nothing, which the statement leaves out.
        listed.stream().filter(l -> l.providers() > 0).forEach(l -> figures.add(new Figure(part, l.key(),
                BigDecimal.valueOf(l.providers()), BigDecimal.valueOf(l.capacityHours()),
                BigDecimal.valueOf(l.vacancyHours()), amount(l.medianHourly()))));
    }

    private static void commissioned(List<Figure> figures, String part, List<MarketFigures.Commissioned> groups) {
        groups.forEach(g -> figures.add(new Figure(part, g.key(), BigDecimal.valueOf(g.people()), g.weeklyHours(),
                g.weeklySpend().amount(), null)));
    }

    private static @Nullable BigDecimal amount(@Nullable Money money) {
        return money == null ? null : money.amount();
    }

    private static List<Figure> sorted(List<Figure> figures) {
        return figures.stream().sorted(Comparator.comparing(Figure::part).thenComparing(Figure::key)).toList();
    }

    private static String difference(List<Figure> service, List<Figure> bound) {
        List<String> lines = new ArrayList<>();
        service.stream().filter(f -> !bound.contains(f)).limit(10).forEach(f -> lines.add("service only: " + f));
        bound.stream().filter(f -> !service.contains(f)).limit(10).forEach(f -> lines.add("statement only: " + f));
        lines.add("service %d figures, statement %d".formatted(service.size(), bound.size()));
        return String.join("\n", lines);
    }
}
