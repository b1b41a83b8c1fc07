package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The up-front and outcome payments that posted runs made under a contract, month by month, from the runs' paid
 * lines (the lines the ledger was posted from), recoveries included: a provider's lines count once its remittance,
 * made with its posting, exists. Under row-level security: the council reads every provider's, a provider only its
 * own (it never reads the runs themselves).
 */
@Repository
class PostedOutcomePayments {

    private final JdbcClient jdbc;

    PostedOutcomePayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By month, provider, kind and outcome, first month first. */
    List<PostedOutcomePayment> under(ContractId contract) {
        return jdbc.sql("""
                        select m.month, l.provider_id, l.kind, l.outcome, sum(l.amount) as paid
                        from payment_run_line l
                        join payment_run_remittance m on m.run_id = l.run_id and m.provider_id = l.provider_id
                        where l.contract_id = ? and l.status = 'PAID' and l.kind in ('UPFRONT', 'OUTCOME')
                        group by m.month, l.provider_id, l.kind, l.outcome
                        order by m.month, l.provider_id, l.kind, l.outcome nulls first""")
                .param(contract.value())
                .query((rs, n) -> new PostedOutcomePayment(YearMonth.from(rs.getDate("month").toLocalDate()),
                        OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                        PayKind.valueOf(rs.getString("kind")), rs.getString("outcome"),
                        Money.of(rs.getBigDecimal("paid"))))
                .list();
    }
}
