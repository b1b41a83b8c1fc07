package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.payments.PaymentLine.Reason;
import cymru.cylch.payments.PaymentRun.Approval;
import cymru.cylch.payments.PaymentRun.Stage;
import cymru.cylch.payments.PaymentRunInputs.PaidKey;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Payment runs, their lines and approvals in the database, under row-level security: the council sees its own, a
 * provider the lines that pay it. A line's reason keeps its arguments' types (money, days, words, numbers), so that
 * each reader's page writes them in its own language.
 */
@Repository
class PaymentRunRecords {

    private static final String SELECT_RUN = """
            select id, held_by, month, status, total, lines_digest, approvals_needed, prepared_at, prepared_by,
                   posted_at, exported_at, version
            from payment_run""";
    private static final String SELECT_REMITTANCE = """
            select run_id, held_by, provider_id, month, posted_at from payment_run_remittance""";
    private static final String SELECT_LINE = """
            select provider_id, contract_id, agreement_id, kind, outcome, claim_id, amount, status, reason_code,
                   reason_arguments, deduction_id
            from payment_run_line""";

    /** Enough to make a statement worth its round trip, few enough to keep its arrays small. */
    private static final int LINES_A_STATEMENT = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    PaymentRunRecords(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Holds the council's runs still until the transaction ends: one run is prepared or changed at a time. */
    void lock(OrganisationId council) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("payment-run/" + council)
                .query((rs, n) -> 1).list();
    }

    void insert(PaymentRun run) {
        jdbc.sql("""
                        insert into payment_run (id, held_by, month, status, total, lines_digest, approvals_needed,
                                                 prepared_at, prepared_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(run.id().value(), run.heldBy().value(), Date.valueOf(run.month().atDay(1)),
                        run.stage().name(), run.total().amount(), run.linesDigest(), run.approvalsNeeded(),
                        Timestamp.from(run.preparedAt()), run.preparedBy())
                .update();
    }

    /** A prepared run worked out again: its new total, digest and approvals needed, if it is still only prepared. */
    boolean reprepare(PaymentRun run) {
        return jdbc.sql("""
                        update payment_run set total = ?, lines_digest = ?, approvals_needed = ?, prepared_at = ?,
                                               prepared_by = ?, version = version + 1
                        where id = ? and status = 'PREPARED'""")
                .params(run.total().amount(), run.linesDigest(), run.approvalsNeeded(),
                        Timestamp.from(run.preparedAt()), run.preparedBy(), run.id().value())
                .update() == 1;
    }

    /**
     * The run's lines, in place of any it had. A national run stores hundreds of thousands, so they go as columns of
     * arrays, a few thousand rows a statement, rather than a statement a row.
     */
    void replaceLines(PaymentRunId run, OrganisationId council, List<RunLine> lines) {
        jdbc.sql("delete from payment_run_line where run_id = ?").param(run.value()).update();
        for (int from = 0; from < lines.size(); from += LINES_A_STATEMENT) {
            insertLines(run, council, lines, from, Math.min(lines.size(), from + LINES_A_STATEMENT));
        }
    }

    private void insertLines(PaymentRunId run, OrganisationId council, List<RunLine> lines, int from, int to) {
        int size = to - from;
        Integer[] numbers = new Integer[size];
        UUID[] providers = new UUID[size];
        UUID[] contracts = new UUID[size];
        UUID[] agreements = new UUID[size];
        String[] kinds = new String[size];
        String[] outcomes = new String[size];
        UUID[] claims = new UUID[size];
        BigDecimal[] amounts = new BigDecimal[size];
        String[] statuses = new String[size];
        String[] reasons = new String[size];
        String[] reasonArguments = new String[size];
        UUID[] deductions = new UUID[size];
        for (int i = 0; i < size; i++) {
            RunLine line = lines.get(from + i);
            Reason reason = line.reason();
            numbers[i] = from + i + 1;
            providers[i] = line.provider().value();
            contracts[i] = line.contract().value();
            agreements[i] = Optional.ofNullable(line.agreement()).map(ServiceAgreementId::value).orElse(null);
            kinds[i] = line.kind().name();
            outcomes[i] = line.outcome();
            claims[i] = Optional.ofNullable(line.claim()).map(ClaimId::value).orElse(null);
            amounts[i] = line.amount().amount();
            statuses[i] = line.status().name();
            reasons[i] = reason == null ? null : reason.code();
            reasonArguments[i] = reason == null ? null : arguments(reason.arguments());
            deductions[i] = line.deduction();
        }
        batch.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into payment_run_line (run_id, number, held_by, provider_id, contract_id, agreement_id,
                                                  kind, outcome, claim_id, amount, status, reason_code,
                                                  reason_arguments, deduction_id)
                    select ?, l.number, ?, l.provider_id, l.contract_id, l.agreement_id, l.kind, l.outcome,
                           l.claim_id, l.amount, l.status, l.reason_code, l.reason_arguments::jsonb, l.deduction_id
                    from unnest(?::integer[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[],
                                ?::numeric[], ?::text[], ?::text[], ?::text[], ?::uuid[])
                         as l (number, provider_id, contract_id, agreement_id, kind, outcome, claim_id, amount,
                               status, reason_code, reason_arguments, deduction_id)""")) {
                insert.setObject(1, run.value());
                insert.setObject(2, council.value());
                insert.setArray(3, connection.createArrayOf("integer", numbers));
                insert.setArray(4, connection.createArrayOf("uuid", providers));
                insert.setArray(5, connection.createArrayOf("uuid", contracts));
                insert.setArray(6, connection.createArrayOf("uuid", agreements));
                insert.setArray(7, connection.createArrayOf("text", kinds));
                insert.setArray(8, connection.createArrayOf("text", outcomes));
                insert.setArray(9, connection.createArrayOf("uuid", claims));
                insert.setArray(10, connection.createArrayOf("numeric", amounts));
                insert.setArray(11, connection.createArrayOf("text", statuses));
                insert.setArray(12, connection.createArrayOf("text", reasons));
                insert.setArray(13, connection.createArrayOf("text", reasonArguments));
                insert.setArray(14, connection.createArrayOf("uuid", deductions));
                return insert.executeUpdate();
            }
        });
    }

    void approve(PaymentRunId run, OrganisationId council, UUID by, Instant at, String digest) {
        jdbc.sql("""
                        insert into payment_run_approval (run_id, held_by, approved_by, approved_at, lines_digest)
                        values (?, ?, ?, ?, ?)""")
                .params(run.value(), council.value(), by, Timestamp.from(at), digest)
                .update();
    }

    /** Enough approvals: the run's lines are fixed from now on. False if it was not still prepared. */
    boolean approved(PaymentRunId run) {
        return jdbc.sql("update payment_run set status = 'APPROVED', version = version + 1 "
                + "where id = ? and status = 'PREPARED'").param(run.value()).update() == 1;
    }

    /** Every provider's posting made; false if it was not approved and unposted. */
    boolean posted(PaymentRunId run, Instant at, @Nullable UUID by) {
        return jdbc.sql("update payment_run set status = 'POSTED', posted_at = ?, posted_by = ?, "
                        + "version = version + 1 where id = ? and status = 'APPROVED'")
                .params(Timestamp.from(at), by, run.value()).update() == 1;
    }

    /** The payment file made, kept with its digest; false if it was not posted and unexported. */
    boolean exported(PaymentRunId run, byte[] file, String digest, Instant at, @Nullable UUID by) {
        return jdbc.sql("update payment_run set status = 'EXPORTED', exported_at = ?, exported_by = ?, "
                        + "export_file = ?, export_digest = ?, version = version + 1 where id = ? and status = 'POSTED'")
                .params(Timestamp.from(at), by, file, digest, run.value()).update() == 1;
    }

    /** The payment file as first exported, and its digest; the file is missing for runs exported before it was kept. */
    Optional<ExportedFile> exportedFile(PaymentRunId run) {
        return jdbc.sql("select export_file, export_digest from payment_run where id = ? and export_digest is not null")
                .param(run.value())
                .query((rs, n) -> new ExportedFile(rs.getBytes("export_file"), rs.getString("export_digest")))
                .optional();
    }

    /** A payment file exported: its bytes, if kept, and their digest. */
    record ExportedFile(byte @Nullable [] bytes, String digest) {
    }

    /** Who made, verified or checked the claims the run pays: none of them may approve it. */
    List<UUID> claimPeople(PaymentRunId run) {
        return jdbc.sql("""
                        select distinct u from payment_run_line l join outcome_claim c on c.id = l.claim_id,
                             unnest(array[c.submitted_by, c.verified_by, c.checked_by]) u
                        where l.run_id = ? and l.status = 'PAID' and u is not null""")
                .param(run.value()).query(UUID.class).list();
    }

    /** The claims the run pays that are verified now. */
    Set<ClaimId> verifiedClaimsPaid(PaymentRunId run) {
        return jdbc.sql("""
                        select distinct c.id from payment_run_line l join outcome_claim c on c.id = l.claim_id
                        where l.run_id = ? and l.status = 'PAID' and c.status = 'VERIFIED'""")
                .param(run.value()).query(UUID.class).list().stream().map(ClaimId::of).collect(Collectors.toSet());
    }

    Optional<PaymentRun> find(PaymentRunId id) {
        return jdbc.sql(SELECT_RUN + " where id = ?").param(id.value()).query(this::run).optional()
                .map(this::withApprovals);
    }

    Optional<PaymentRun> ofMonth(OrganisationId council, YearMonth month) {
        return jdbc.sql(SELECT_RUN + " where held_by = ? and month = ?")
                .params(council.value(), Date.valueOf(month.atDay(1))).query(this::run).optional()
                .map(this::withApprovals);
    }

    /** The council's runs, latest month first. */
    List<PaymentRun> heldBy(OrganisationId council) {
        return jdbc.sql(SELECT_RUN + " where held_by = ? order by month desc").param(council.value())
                .query(this::run).list().stream().map(this::withApprovals).toList();
    }

    /** The provider's remittance from the run, made as its posting is; made once, however often posting is tried. */
    void remit(Remittance remittance) {
        jdbc.sql("""
                        insert into payment_run_remittance (run_id, held_by, provider_id, month, posted_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(remittance.run().value(), remittance.council().value(), remittance.provider().value(),
                        Date.valueOf(remittance.month().atDay(1)), Timestamp.from(remittance.postedAt()))
                .update();
    }

    /** The provider's remittances, latest month first. */
    List<Remittance> remittancesTo(OrganisationId provider) {
        return jdbc.sql(SELECT_REMITTANCE + " where provider_id = ? order by month desc, run_id")
                .param(provider.value()).query(PaymentRunRecords::remittance).list();
    }

    Optional<Remittance> remittance(PaymentRunId run, OrganisationId provider) {
        return jdbc.sql(SELECT_REMITTANCE + " where run_id = ? and provider_id = ?")
                .params(run.value(), provider.value()).query(PaymentRunRecords::remittance).optional();
    }

    List<RunLine> lines(PaymentRunId run) {
        return jdbc.sql(SELECT_LINE + " where run_id = ? order by number").param(run.value()).query(this::line)
                .list();
    }

    List<RunLine> linesOf(PaymentRunId run, OrganisationId provider) {
        return jdbc.sql(SELECT_LINE + " where run_id = ? and provider_id = ? order by number")
                .params(run.value(), provider.value()).query(this::line).list();
    }

    /** What posted runs paid for each agreement's up-front share and outcomes, and so under each contract. */
    PaidBefore paidBefore(OrganisationId council) {
        Map<PaidKey, Money> byAgreement = new HashMap<>();
        Map<ContractId, Money> byContract = new HashMap<>();
        jdbc.sql("""
                        select l.contract_id, l.agreement_id, l.kind, l.outcome, l.amount
                        from payment_run_line l join payment_run r on r.id = l.run_id
                        where l.held_by = ? and r.status in ('POSTED', 'EXPORTED') and l.status = 'PAID'
                          and l.kind in ('UPFRONT', 'OUTCOME')""")
                .param(council.value())
                .query((ResultSet rs) -> {
                    // Added up here: nearly every line is its own (agreement, kind, outcome), and a sort of them
                    // by the database to group them spilled to disk in the large council.
                    Money paid = Money.of(rs.getBigDecimal("amount"));
                    byAgreement.merge(new PaidKey(ServiceAgreementId.of(rs.getObject("agreement_id", UUID.class)),
                            PayKind.valueOf(rs.getString("kind")), rs.getString("outcome")), paid, Money::plus);
                    byContract.merge(ContractId.of(rs.getObject("contract_id", UUID.class)), paid, Money::plus);
                });
        return new PaidBefore(byAgreement, byContract);
    }

    /** What posted runs paid by results: for each agreement's up-front share and outcomes, and under each contract. */
    record PaidBefore(Map<PaidKey, Money> byAgreement, Map<ContractId, Money> byContract) {
    }

    /** What posted runs for the months paid each provider under each contract, net, and the outcome part of it. */
    List<SpendFigures.Paid> paidByMonth(OrganisationId council, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select r.month, l.contract_id, l.provider_id, sum(l.amount) as paid,
                               coalesce(sum(l.amount) filter (where l.kind = 'OUTCOME'), 0) as outcomes
                        from payment_run_line l join payment_run r on r.id = l.run_id
                        where r.held_by = ? and r.month between ? and ? and r.status in ('POSTED', 'EXPORTED')
                          and l.status = 'PAID'
                        group by r.month, l.contract_id, l.provider_id
                        order by r.month, l.contract_id, l.provider_id""")
                .params(council.value(), Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
                .query((rs, n) -> new SpendFigures.Paid(YearMonth.from(rs.getDate("month").toLocalDate()),
                        ContractId.of(rs.getObject("contract_id", UUID.class)),
                        OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                        Money.of(rs.getBigDecimal("paid")), Money.of(rs.getBigDecimal("outcomes"))))
                .list();
    }

    private PaymentRun run(ResultSet rs, int row) throws SQLException {
        Timestamp posted = rs.getTimestamp("posted_at");
        Timestamp exported = rs.getTimestamp("exported_at");
        return new PaymentRun(PaymentRunId.of(rs.getObject("id", UUID.class)),
                OrganisationId.of(rs.getObject("held_by", UUID.class)),
                YearMonth.from(rs.getDate("month").toLocalDate()), Stage.valueOf(rs.getString("status")),
                Money.of(rs.getBigDecimal("total")), rs.getString("lines_digest"), rs.getInt("approvals_needed"),
                List.of(), rs.getTimestamp("prepared_at").toInstant(), rs.getObject("prepared_by", UUID.class),
                posted == null ? null : posted.toInstant(), exported == null ? null : exported.toInstant(),
                rs.getLong("version"));
    }

    private PaymentRun withApprovals(PaymentRun run) {
        return withApprovalsOf(run, jdbc.sql("""
                        select approved_by, approved_at, lines_digest from payment_run_approval where run_id = ?
                        order by approved_at, approved_by""")
                .param(run.id().value())
                .query((rs, n) -> new Approval(rs.getObject("approved_by", UUID.class),
                        rs.getTimestamp("approved_at").toInstant(), rs.getString("lines_digest")))
                .list());
    }

    private static PaymentRun withApprovalsOf(PaymentRun run, List<Approval> approvals) {
        return new PaymentRun(run.id(), run.heldBy(), run.month(), run.stage(), run.total(), run.linesDigest(),
                run.approvalsNeeded(), approvals, run.preparedAt(), run.preparedBy(), run.postedAt(),
                run.exportedAt(), run.version());
    }

    private static Remittance remittance(ResultSet rs, int row) throws SQLException {
        return new Remittance(PaymentRunId.of(rs.getObject("run_id", UUID.class)),
                OrganisationId.of(rs.getObject("held_by", UUID.class)),
                OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                YearMonth.from(rs.getDate("month").toLocalDate()), rs.getTimestamp("posted_at").toInstant());
    }

    private RunLine line(ResultSet rs, int row) throws SQLException {
        UUID agreement = rs.getObject("agreement_id", UUID.class);
        UUID claim = rs.getObject("claim_id", UUID.class);
        String code = rs.getString("reason_code");
        return new RunLine(OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                ContractId.of(rs.getObject("contract_id", UUID.class)),
                agreement == null ? null : ServiceAgreementId.of(agreement), PayKind.valueOf(rs.getString("kind")),
                rs.getString("outcome"), claim == null ? null : ClaimId.of(claim),
                Money.of(rs.getBigDecimal("amount")), RunLine.Status.valueOf(rs.getString("status")),
                code == null ? null : new Reason(code, arguments(rs.getString("reason_arguments"))),
                rs.getObject("deduction_id", UUID.class));
    }

    /** Each argument tagged with its type: {"money": "12.30"}, {"day": "2026-06-01"}, {"number": 3}, {"text": ...}. */
    private String arguments(List<Object> arguments) {
        ArrayNode array = json.createArrayNode();
        for (Object argument : arguments) {
            switch (argument) {
                case Money money -> array.addObject().put("money", money.toString());
                case LocalDate day -> array.addObject().put("day", day.toString());
                case Integer number -> array.addObject().put("number", number);
                case Long number -> array.addObject().put("number", number);
                default -> array.addObject().put("text", String.valueOf(argument));
            }
        }
        return json.writeValueAsString(array);
    }

    private List<Object> arguments(@Nullable String stored) {
        if (stored == null) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        for (JsonNode node : json.readTree(stored)) {
            if (node.has("money")) {
                arguments.add(Money.of(node.get("money").asString()));
            } else if (node.has("day")) {
                arguments.add(LocalDate.parse(node.get("day").asString()));
            } else if (node.has("number")) {
                arguments.add(node.get("number").asLong());
            } else {
                arguments.add(node.get("text").asString());
            }
        }
        return arguments;
    }
}
