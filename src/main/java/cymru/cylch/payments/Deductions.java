package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.payments.PaymentRunInputs.DeductionToTake;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deductions for poor performance in the database, under row-level security: the council sees its own, a provider
 * reads those made from its payments. A deduction changes once, when it is taken or withdrawn (the database refuses
 * any other change).
 */
@Repository
class Deductions {

    private static final String SELECT = """
            select id, held_by, provider_id, contract_id, amount, from_month, reason, source_id, status, taken_by_run,
                   imposed_at, withdrawn_reason, version
            from payment_deduction""";
    private static final String NEWEST_FIRST = " order by imposed_at desc, id";

    private final JdbcClient jdbc;

    Deductions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Deduction deduction, @Nullable UUID by) {
        jdbc.sql("""
                        insert into payment_deduction (id, held_by, provider_id, contract_id, amount, from_month,
                                                       reason, source_id, imposed_by, imposed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(deduction.id(), deduction.council().value(), deduction.provider().value(),
                        deduction.contract().value(), deduction.amount().amount(),
                        Date.valueOf(deduction.from().atDay(1)), deduction.reason(), deduction.source(), by,
                        Timestamp.from(deduction.imposedAt()))
                .update();
    }

    Optional<Deduction> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Deductions::deduction).optional();
    }

    /** Withdrawn, if it was still pending at the version given. */
    boolean withdraw(UUID id, long version, @Nullable UUID by, Instant at, String reason) {
        return jdbc.sql("""
                        update payment_deduction set status = 'WITHDRAWN', withdrawn_by = ?, withdrawn_at = ?,
                                                     withdrawn_reason = ?, version = version + 1
                        where id = ? and version = ? and status = 'PENDING'""")
                .params(by, Timestamp.from(at), reason, id, version).update() == 1;
    }

    /** The council's deductions from the provider, newest first. */
    List<Deduction> heldFrom(OrganisationId council, OrganisationId provider) {
        return jdbc.sql(SELECT + " where held_by = ? and provider_id = ?" + NEWEST_FIRST)
                .params(council.value(), provider.value()).query(Deductions::deduction).list();
    }

    /** The provider's deductions, by every council, newest first. */
    List<Deduction> from(OrganisationId provider) {
        return jdbc.sql(SELECT + " where provider_id = ?" + NEWEST_FIRST).param(provider.value())
                .query(Deductions::deduction).list();
    }

    /** The council's deductions imposed for the source, newest first. */
    List<Deduction> heldFor(OrganisationId council, UUID source) {
        return jdbc.sql(SELECT + " where held_by = ? and source_id = ?" + NEWEST_FIRST)
                .params(council.value(), source).query(Deductions::deduction).list();
    }

    /** The provider's deductions imposed for the source, newest first. */
    List<Deduction> fromFor(OrganisationId provider, UUID source) {
        return jdbc.sql(SELECT + " where provider_id = ? and source_id = ?" + NEWEST_FIRST)
                .params(provider.value(), source).query(Deductions::deduction).list();
    }

    /** What a run for the month takes: the council's deductions pending from the month or before. */
    List<DeductionToTake> pendingFor(OrganisationId council, YearMonth month) {
        return jdbc.sql("""
                        select id, contract_id, provider_id, amount, from_month, reason from payment_deduction
                        where held_by = ? and status = 'PENDING' and from_month <= ?
                        order by from_month, id""")
                .params(council.value(), Date.valueOf(month.atDay(1)))
                .query((rs, n) -> new DeductionToTake(rs.getObject("id", UUID.class),
                        ContractId.of(rs.getObject("contract_id", UUID.class)),
                        OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                        Money.of(rs.getBigDecimal("amount")), month(rs), rs.getString("reason")))
                .list();
    }

    /** Whether a run approved, and not yet posted, takes the deduction: its lines are fixed. */
    boolean inApprovedRun(UUID deduction) {
        return jdbc.sql("""
                        select exists (select 1 from payment_run_line l join payment_run r on r.id = l.run_id
                                       where l.deduction_id = ? and r.status = 'APPROVED')""")
                .param(deduction).query(Boolean.class).single();
    }

    /** Whether the run's lines take a deduction that is no longer pending (withdrawn since it was prepared). */
    boolean settledSincePrepared(PaymentRunId run) {
        return jdbc.sql("""
                        select exists (select 1 from payment_run_line l join payment_deduction d
                                           on d.id = l.deduction_id
                                       where l.run_id = ? and l.deduction_id is not null
                                         and d.status <> 'PENDING')""")
                .param(run.value()).query(Boolean.class).single();
    }

    /**
     * Every deduction the run's lines take, marked taken by it. Approval refused a run taking one no longer pending,
     * and none is withdrawn once its run is approved, so all of them are still pending: if one is not, the posting
     * stops rather than take it.
     */
    List<UUID> take(PaymentRunId run) {
        List<UUID> named = jdbc.sql("""
                        select deduction_id from payment_run_line
                        where run_id = ? and deduction_id is not null and status = 'PAID'""")
                .param(run.value()).query(UUID.class).list();
        List<UUID> taken = jdbc.sql("""
                        update payment_deduction set status = 'TAKEN', taken_by_run = ?, version = version + 1
                        where status = 'PENDING' and id in (select deduction_id from payment_run_line
                                                            where run_id = ? and deduction_id is not null
                                                              and status = 'PAID')
                        returning id""")
                .params(run.value(), run.value()).query(UUID.class).list();
        if (taken.size() != named.size()) {
            throw new IllegalStateException("payment run " + run + " takes a deduction that is no longer pending");
        }
        return taken;
    }

    private static Deduction deduction(ResultSet rs, int row) throws SQLException {
        UUID run = rs.getObject("taken_by_run", UUID.class);
        return new Deduction(rs.getObject("id", UUID.class), OrganisationId.of(rs.getObject("held_by", UUID.class)),
                OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                ContractId.of(rs.getObject("contract_id", UUID.class)), Money.of(rs.getBigDecimal("amount")),
                month(rs), rs.getString("reason"), rs.getObject("source_id", UUID.class),
                Deduction.Status.valueOf(rs.getString("status")), run == null ? null : PaymentRunId.of(run),
                rs.getTimestamp("imposed_at").toInstant(), rs.getString("withdrawn_reason"), rs.getLong("version"));
    }

    private static YearMonth month(ResultSet rs) throws SQLException {
        return YearMonth.from(rs.getDate("from_month").toLocalDate());
    }
}
