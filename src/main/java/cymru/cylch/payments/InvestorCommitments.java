package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Investors' commitments in the database, under row-level security: the commissioner that let the contract sees its
 * own, a supplier under the contract reads them. Append-only.
 */
@Repository
class InvestorCommitments {

    private final JdbcClient jdbc;

    InvestorCommitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(InvestorCommitment commitment, @Nullable UUID by) {
        jdbc.sql("""
                        insert into investor_commitment (id, held_by, contract_id, investor_name, investor_kind,
                                                         amount, committed_on, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(commitment.id().value(), commitment.heldBy().value(), commitment.contract().value(),
                        commitment.investorName(), commitment.kind().name(), commitment.amount().amount(),
                        Date.valueOf(commitment.committedOn()), Timestamp.from(commitment.recordedAt()), by)
                .update();
    }

    /** The contract's commitments in the order they were made: by day, then as recorded. */
    List<InvestorCommitment> of(ContractId contract) {
        return jdbc.sql("""
                        select id, held_by, contract_id, investor_name, investor_kind, amount, committed_on,
                               recorded_at
                        from investor_commitment where contract_id = ? order by committed_on, recorded_at, id""")
                .param(contract.value()).query(this::commitment).list();
    }

    private InvestorCommitment commitment(ResultSet rs, int row) throws SQLException {
        return new InvestorCommitment(InvestorCommitmentId.of(rs.getObject("id", UUID.class)),
                ContractId.of(rs.getObject("contract_id", UUID.class)),
                OrganisationId.of(rs.getObject("held_by", UUID.class)), rs.getString("investor_name"),
                InvestorKind.valueOf(rs.getString("investor_kind")), Money.of(rs.getBigDecimal("amount")),
                rs.getDate("committed_on").toLocalDate(), rs.getTimestamp("recorded_at").toInstant());
    }
}
