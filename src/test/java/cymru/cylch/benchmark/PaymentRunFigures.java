package cymru.cylch.benchmark;

import com.sun.management.ThreadMXBean;
import cymru.cylch.payments.PaymentRuns;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A month's payment run ({@link PaymentRuns#prepare}: every input read, every line worked out and stored) for some
 * councils one after another, as their finance officers would prepare it, against one hand-written statement of
 * what it pays each provider of each council ({@code benchmark/payment-run-lower-bound.sql}), which must give the
 * same totals to the penny first. Besides the times: the lines stored and agreements paid per second, and what a
 * run allocates and (an upper bound on) the most heap it used.
 */
final class PaymentRunFigures {

    static final Goal NATIONAL = Goal.under(60_000);
    private static final String LOWER_BOUND = BenchmarkResources.text("payment-run-lower-bound.sql");
    /** The statement's named parameters: each use becomes a {@code ?} with its value. */
    private static final Pattern NAMED = Pattern.compile("(?<!:):(first_day|last_day|councils)\\b");

    private final BenchmarkApplication app;
    private final BenchmarkSettings settings;
    private final BenchmarkUsers users;
    private final JdbcClient owner;

    PaymentRunFigures(BenchmarkApplication app, BenchmarkSettings settings, BenchmarkUsers users) {
        this.app = app;
        this.settings = settings;
        this.users = users;
        this.owner = app.owner();
    }

    /** The times, and what one run did: lines stored, agreements considered, bytes allocated, the most heap used. */
    record Figures(Row row, long lines, long agreements, long allocatedBytes, long peakHeapBytes) {

        String throughput() {
            double seconds = row.service().p50().toNanos() / 1e9;
            return ("%s, %s: %,d lines stored and %,d agreements looked at, %,.0f lines and %,.0f agreements a second "
                    + "(at the median); allocated %,d MB; heap in use at most %,d MB").formatted(row.what(),
                    row.where(), lines, agreements, lines / seconds, agreements / seconds, allocatedBytes >> 20,
                    peakHeapBytes >> 20);
        }
    }

    /**
     * The councils' runs for the month, {@code atOnce} at a time (each council's own finance officer prepares its
     * own run; several may do so at the same moment), against the statement for the same councils.
     */
    Figures measure(List<Council> councils, YearMonth month, String where, @Nullable Goal goal, int atOnce) {
        var runs = app.bean(PaymentRuns.class);
        Map<Council, BenchmarkUsers.User> officers = councils.stream()
                .collect(Collectors.toMap(c -> c, c -> users.financeOfficers(c).getFirst()));
        String ids = councils.stream().map(c -> c.id().toString()).collect(Collectors.joining(",", "{", "}"));
        Map<String, Object> values = Map.of("first_day", Date.valueOf(month.atDay(1)),
                "last_day", Date.valueOf(month.atEndOfMonth()), "councils", ids);
        List<Object> bound = new ArrayList<>();
        String statement = NAMED.matcher(LOWER_BOUND).replaceAll(name -> {
            bound.add(values.get(name.group(1)));
            return name.group(1).equals("councils") ? "cast(? as uuid[])" : "cast(? as date)";
        });
        Object[] parameters = bound.toArray();
        long[] most = {0, 0};
        Runnable prepareAll = () -> {
            long allocated = allocatedSoFar();
            resetHeapPeaks();
            inParallel(councils, atOnce, council -> {
                var officer = officers.get(council);
                try {
                    runs.prepare(SignedIn.as(officer.id(), council.id(), Role.FINANCE_OFFICER), month);
                } finally {
                    SignedIn.clear();
                }
            });
            most[0] = Math.max(most[0], allocatedSoFar() - allocated);
            most[1] = Math.max(most[1], heapPeaks());
        };
        String what = "payment run, " + (atOnce == 1 ? "one by one" : atOnce + " at once");
        try (var handWritten = new HandWrittenSql(app.ownerDataSource())) {
            prepareAll.run();
            Map<String, BigDecimal> service = paid(month, ids);
            Map<String, BigDecimal> byStatement = new TreeMap<>();
            handWritten.query(statement, parameters).forEach(r -> byStatement.put(r[0] + "/" + r[1],
                    ((BigDecimal) r[2]).stripTrailingZeros()));
            if (!service.equals(byStatement)) {
                throw new IllegalStateException("The payment run differs from the hand-written statement's in "
                        + where + ":\n" + difference(service, byStatement));
            }
            System.out.printf("Payment run in %s: %,d providers' totals agree with the hand-written statement%n",
                    where, service.size());
            Row row = new Row.Calls(i -> prepareAll.run(), i -> handWritten.query(statement, parameters), null)
                    .measure(what, where, goal, settings);
            long lines = owner.sql("""
                            select count(*) from payment_run_line l join payment_run r on r.id = l.run_id
                            where r.month = ? and r.held_by = any (cast(? as uuid[]))""")
                    .params(values.get("first_day"), ids).query(Long.class).single();
            long agreements = owner.sql("select count(*) from service_agreement "
                            + "where held_by = any (cast(? as uuid[])) and start_date <= ?")
                    .params(ids, values.get("last_day")).query(Long.class).single();
            return new Figures(row, lines, agreements, most[0], most[1]);
        }
    }

    /** What the runs of the month pay each provider of each council, as the owner reads the lines stored. */
    private Map<String, BigDecimal> paid(YearMonth month, String ids) {
        Map<String, BigDecimal> paid = new TreeMap<>();
        owner.sql("""
                        select r.held_by, l.provider_id, sum(l.amount) from payment_run_line l
                        join payment_run r on r.id = l.run_id
                        where r.month = ? and r.held_by = any (cast(? as uuid[])) and l.status = 'PAID'
                        group by r.held_by, l.provider_id having sum(l.amount) <> 0""")
                .params(Date.valueOf(month.atDay(1)), ids)
                .query((rs, n) -> paid.put(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class),
                        rs.getBigDecimal(3).stripTrailingZeros()))
                .list();
        return paid;
    }

    private static String difference(Map<String, BigDecimal> service, Map<String, BigDecimal> bound) {
        StringBuilder text = new StringBuilder();
        var keys = new TreeSet<>(service.keySet());
        keys.addAll(bound.keySet());
        keys.stream().filter(k -> !Objects.equals(service.get(k), bound.get(k))).limit(20).forEach(k ->
                text.append("  ").append(k).append(": service ").append(service.get(k)).append(", statement ")
                        .append(bound.get(k)).append('\n'));
        return text.toString();
    }

    /** Each council's work on one of {@code threads} threads, until all is done; the first failure is thrown. */
    private static void inParallel(List<Council> councils, int threads, Consumer<Council> work) {
        if (threads == 1) {
            councils.forEach(work);
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = councils.stream().<Future<?>>map(c -> pool.submit(() -> work.accept(c))).toList();
            for (Future<?> each : done) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Every thread's allocations so far (the runs' threads, and the few idle ones of the application). */
    private static long allocatedSoFar() {
        return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    private static void resetHeapPeaks() {
        heap().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap pools' peaks added up: no less than the most heap in use at once, perhaps more. */
    private static long heapPeaks() {
        return heap().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
