package cymru.cylch.benchmark;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.payments.OutcomeName;
import cymru.cylch.payments.PaymentRun;
import cymru.cylch.payments.PaymentRuns;
import cymru.cylch.payments.PaymentsSetup;
import cymru.cylch.payments.RateCard;
import cymru.cylch.payments.RateCardOutcome;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Paying for outcomes on top of the market ({@link MarketDataSet}): a rate card on each council's three contracts
 * paid by results, a year of outcome claims under them, and the eleven monthly payment runs before the month
 * measured, each prepared, approved and posted through the application as a council's finance officers would, after
 * that month's claims came in. So the month measured has a year of posted lines behind it, as it would in a council
 * that has paid through Cylch for a year. Claims are planned by one SQL statement
 * ({@code benchmark/payment-claims-plan.sql}) and inserted month by month as the schema owner; their history
 * (outcome_claim_event) is not made, as no run reads it. The load can be stopped and started again: a month's claims
 * are inserted once, and a council's run that is posted is not run again.
 */
final class PaymentsDataSet {

    static final int MONTHS_BEFORE = 11;
    static final List<String> CONTRACTS_BY_RESULTS = List.of("framework", "dps", "block");
    private static final String PLAN = BenchmarkResources.text("payment-claims-plan.sql");
    private static final String EVIDENCE = "The person's review and the provider's notes show the outcome";

    private final PaymentsSetup setup;
    private final PaymentRuns runs;
    private final JdbcClient owner;
    private final BenchmarkUsers users;
    private final YearMonth measured;

    PaymentsDataSet(BenchmarkApplication app, BenchmarkUsers users, YearMonth measured) {
        this.setup = app.bean(PaymentsSetup.class);
        this.runs = app.bean(PaymentRuns.class);
        this.owner = app.owner();
        this.users = users;
        this.measured = measured;
    }

    /** How long each part of the load took: zero for the parts a kept database already held. */
    record LoadTimes(Duration cards, Duration plan, Duration claims, Duration prepare, Duration approveAndPost,
                     int monthsRun) {

        Duration total() {
            return cards.plus(plan).plus(claims).plus(prepare).plus(approveAndPost);
        }
    }

    /** How long runs took to prepare, and to approve and post. */
    private record RunTimes(Duration prepare, Duration approveAndPost) {

        static final RunTimes NONE = new RunTimes(Duration.ZERO, Duration.ZERO);

        RunTimes plus(RunTimes other) {
            return new RunTimes(prepare.plus(other.prepare), approveAndPost.plus(other.approveAndPost));
        }
    }

    /** What the payments data set holds, counted as the owner. */
    record Size(long agreementsByResults, long outcomeStages, long claims, long verified, long postedRuns,
                long postedLines, long ledgerEntries, long databaseBytes) {
    }

    /** The rate card of every contract paid by results: 10% of the plan up front, six outcomes, a £3,000 cap. */
    static RateCard card() {
        return new RateCard("GBP", new BigDecimal("0.10"), Money.of("3000.00"), null, null, List.of(
                outcome("entry", "300.00", null, null, "Support started as planned", "Dechreuodd y cymorth"),
                outcome("sustained-3m", "250.00", "entry", 91, "Living at home 3 months on",
                        "Byw gartref 3 mis yn ddiweddarach"),
                outcome("sustained-6m", "250.00", "sustained-3m", 182, "Living at home 6 months on",
                        "Byw gartref 6 mis yn ddiweddarach"),
                outcome("sustained-12m", "400.00", "sustained-6m", 365, "Living at home a year on",
                        "Byw gartref flwyddyn yn ddiweddarach"),
                outcome("wellbeing", "350.00", "entry", null, "Wellbeing improved (SWEMWBS)",
                        "Llesiant wedi gwella (SWEMWBS)"),
                outcome("review-achieved", "200.00", null, null, "Outcomes achieved at review",
                        "Canlyniadau wedi’u cyflawni yn yr adolygiad")));
    }

    LoadTimes loadUnlessPresent(NationalPlan nation, Consumer<String> progress) {
        Duration cards = Stopwatch.timed(() -> cards(nation));
        YearMonth first = measured.minusMonths(MONTHS_BEFORE);
        boolean planned = owner.sql("select to_regclass('benchmark_claim_plan') is not null").query(Boolean.class)
                .single();
        boolean done = !planned && owner.sql("select count(*) from outcome_claim").query(Long.class).single() > 0;
        if (done) {
            progress.accept("Reusing the kept claims and payment runs");
            return new LoadTimes(cards, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
        }
        Duration plan = planned ? Duration.ZERO : Stopwatch.timed(() -> {
            owner.sql(PLAN).params(
                    Date.valueOf(measured.atEndOfMonth()), Date.valueOf(measured.atEndOfMonth())).update();
            owner.sql("create index on benchmark_claim_plan (due_on)").update();
            owner.sql("analyze benchmark_claim_plan").update();
        });
        progress.accept("Planned %,d claims in %s".formatted(
                owner.sql("select count(*) from benchmark_claim_plan").query(Long.class).single(),
                Report.duration(plan)));
        Duration claims = Duration.ZERO;
        Duration prepare = Duration.ZERO;
        Duration approveAndPost = Duration.ZERO;
        int monthsRun = 0;
        for (YearMonth month = first; month.isBefore(measured); month = month.plusMonths(1)) {
            YearMonth paid = month;
            claims = claims.plus(Stopwatch.timed(() -> insertClaims(paid, paid.equals(first))));
            RunTimes times = RunTimes.NONE;
            for (Council council : nation.councils()) {
                times = times.plus(runMonth(council, month));
            }
            prepare = prepare.plus(times.prepare());
            approveAndPost = approveAndPost.plus(times.approveAndPost());
            monthsRun++;
            progress.accept("Paid %s for %d councils: claims in, prepared in %s, approved and posted in %s"
                    .formatted(month, nation.councils().size(), Report.duration(times.prepare()),
                            Report.duration(times.approveAndPost())));
        }
        claims = claims.plus(Stopwatch.timed(() -> {
            insertClaims(measured, false);
            owner.sql("drop table benchmark_claim_plan").update();
            owner.sql("vacuum (analyze) outcome_claim, payment_run, payment_run_line, payment_run_remittance, "
                    + "ledger_entry, ledger_line").update();
            owner.sql("checkpoint").update();
        }));
        return new LoadTimes(cards, plan, claims, prepare, approveAndPost, monthsRun);
    }

    Size size() {
        return owner.sql("""
                        select (select count(*) from service_agreement a join contract c on c.id = a.contract_id
                                where c.model = 'PAYMENT_BY_RESULTS'),
                               (select coalesce(sum(jsonb_array_length(r.card -> 'outcomes')), 0)
                                from service_agreement a join rate_card r on r.contract_id = a.contract_id),
                               (select count(*) from outcome_claim),
                               (select count(*) from outcome_claim where status = 'VERIFIED'),
                               (select count(*) from payment_run where status in ('POSTED', 'EXPORTED')),
                               (select count(*) from payment_run_line l join payment_run r on r.id = l.run_id
                                where r.status in ('POSTED', 'EXPORTED')),
                               (select count(*) from ledger_entry),
                               pg_database_size(current_database())""")
                .query((rs, n) -> new Size(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .single();
    }

    private void cards(NationalPlan nation) {
        if (owner.sql("select count(*) from rate_card").query(Long.class).single() > 0) {
            return;
        }
        Instant now = Instant.now();
        SystemScope.run(() -> {
            for (Council council : nation.councils()) {
                for (String contract : CONTRACTS_BY_RESULTS) {
                    ContractId id = ContractId.of(MarketContracts.id(council, contract));
                    LocalDate start = owner.sql("select start_date from contract where id = ?").param(id.value())
                            .query(LocalDate.class).single();
                    setup.rateCard(id, OrganisationId.of(council.id()), start, card(),
                            "The outcomes and prices agreed when the contract was let", now, null);
                }
            }
        });
    }

    /** The month's claims, and for the first month every claim due before it too; each inserted once. */
    private void insertClaims(YearMonth month, boolean andEarlier) {
        LocalDate from = andEarlier ? LocalDate.of(1900, 1, 1) : month.atDay(1);
        owner.sql("""
                        insert into outcome_claim (id, held_by, agreement_id, contract_id, provider_id, person_id,
                            outcome, card_version, achieved_on, sustained_until, evidence, status, sampled,
                            submitted_at, verified_at, verified_by, verification_note)
                        select claim_id, held_by, agreement_id, contract_id, provider_id, person_id, outcome, 1,
                               achieved_on, sustained_until, ?, status, status = 'SECOND_CHECK',
                               due_on + time '10:00',
                               case when status <> 'SUBMITTED' then due_on + 3 + time '14:00' end,
                               case when status <> 'SUBMITTED'
                                    then md5(held_by::text || '/care-manager')::uuid end,
                               case when status = 'REJECTED' then 'The review does not show the outcome' end
                        from benchmark_claim_plan where due_on between ? and ?
                        on conflict do nothing""")
                .params(EVIDENCE, Date.valueOf(from), Date.valueOf(month.atEndOfMonth()))
                .update();
        owner.sql("analyze outcome_claim").update();
    }

    /**
     * The council's run for the month, prepared, approved (by a second officer where the amount needs one) and
     * posted; carried on from where it stood. Gives the time to prepare and the time to approve and post.
     */
    private RunTimes runMonth(Council council, YearMonth month) {
        var officers = users.financeOfficers(council);
        try {
            CylchUser first = SignedIn.as(officers.getFirst().id(), council.id(), Role.FINANCE_OFFICER);
            Optional<PaymentRun> existing = runs.runs(first).stream().filter(r -> r.month().equals(month))
                    .findFirst();
            if (existing.isPresent() && existing.get().posted()) {
                return RunTimes.NONE;
            }
            long started = System.nanoTime();
            PaymentRun run = existing.filter(r -> r.stage() == PaymentRun.Stage.APPROVED)
                    .orElseGet(() -> runs.prepare(first, month));
            long prepared = System.nanoTime();
            if (run.stage() == PaymentRun.Stage.PREPARED) {
                run = runs.approve(first, run.id(), run.linesDigest());
                if (run.stage() == PaymentRun.Stage.PREPARED) {
                    CylchUser second = SignedIn.as(officers.get(1).id(), council.id(), Role.FINANCE_OFFICER);
                    runs.approve(second, run.id(), run.linesDigest());
                    SignedIn.as(officers.getFirst().id(), council.id(), Role.FINANCE_OFFICER);
                }
            }
            runs.post(first, run.id());
            return new RunTimes(Duration.ofNanos(prepared - started), Duration.ofNanos(System.nanoTime() - prepared));
        } finally {
            SignedIn.clear();
        }
    }

    private static RateCardOutcome outcome(String code, String price, @Nullable String requires,
                                           @Nullable Integer days, String english,
                                           String welsh) {
        return new RateCardOutcome(code, Money.of(price), requires, days, new OutcomeName(english, welsh), null);
    }
}
