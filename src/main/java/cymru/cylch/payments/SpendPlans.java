package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contracts' spend plans in the database, under row-level security: the council's own only. */
@Repository
class SpendPlans {

    private static final String SELECT = """
            select contract_id, financial_year, kind, amount, reason, recorded_at, recorded_by
            from contract_spend_plan""";

    private final JdbcClient jdbc;

    SpendPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False if it is an anticipated figure and the year has one already. */
    boolean insert(OrganisationId council, SpendPlan plan) {
        return jdbc.sql("""
                        insert into contract_spend_plan (id, held_by, contract_id, financial_year, kind, amount, reason,
                                                         recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(UUID.randomUUID(), council.value(), plan.contract().value(), plan.year().start(),
                        plan.kind().name(), plan.amount().amount(), plan.reason(), Timestamp.from(plan.recordedAt()),
                        plan.recordedBy())
                .update() == 1;
    }

    /** The council's figures for the year, oldest first, so the latest of each contract and kind comes last. */
    List<SpendPlan> ofYear(OrganisationId council, FinancialYear year) {
        return jdbc.sql(SELECT + " where held_by = ? and financial_year = ? order by recorded_at, id")
                .params(council.value(), year.start()).query(SpendPlans::plan).list();
    }

    /** Every figure recorded for the contract, latest first. */
    List<SpendPlan> ofContract(ContractId contract) {
        return jdbc.sql(SELECT + " where contract_id = ? order by financial_year desc, recorded_at desc, id")
                .param(contract.value()).query(SpendPlans::plan).list();
    }

    private static SpendPlan plan(ResultSet rs, int row) throws SQLException {
        return new SpendPlan(ContractId.of(rs.getObject("contract_id", UUID.class)),
                new FinancialYear(rs.getInt("financial_year")), SpendPlan.Kind.valueOf(rs.getString("kind")),
                Money.of(rs.getBigDecimal("amount")), rs.getString("reason"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getObject("recorded_by", UUID.class));
    }
}
