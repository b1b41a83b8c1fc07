package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate card versions in the database, under row-level security: the commissioner that let the contract sees its
 * own, a supplier under the contract reads them.
 */
@Repository
class RateCards {

    private static final String SELECT = """
            select contract_id, version, held_by, effective_from, card, reason, made_at from rate_card""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RateCards(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Holds the contract's versions still until the transaction ends, so that two versions made at once are
     * numbered one after the other.
     */
    void lock(ContractId contract) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("rate-card/" + contract)
                .query((rs, n) -> 1).list();
    }

    void insert(RateCardVersion version, @Nullable UUID by) {
        jdbc.sql("""
                        insert into rate_card (contract_id, version, held_by, effective_from, card, reason, made_at,
                                               made_by)
                        values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(version.contract().value(), version.version(), version.heldBy().value(),
                        Date.valueOf(version.effectiveFrom()), json.writeValueAsString(version.card()),
                        version.reason(), Timestamp.from(version.madeAt()), by)
                .update();
    }

    /** The contract's versions, first first. */
    List<RateCardVersion> of(ContractId contract) {
        return jdbc.sql(SELECT + " where contract_id = ? order by version").param(contract.value())
                .query(this::version).list();
    }

    /** The versions of every contract the organisation let, in one query (for a payment run). */
    List<RateCardVersion> heldBy(OrganisationId commissioner) {
        return jdbc.sql(SELECT + " where held_by = ? order by contract_id, version").param(commissioner.value())
                .query(this::version).list();
    }

    private RateCardVersion version(ResultSet rs, int row) throws SQLException {
        return new RateCardVersion(ContractId.of(rs.getObject("contract_id", UUID.class)), rs.getInt("version"),
                OrganisationId.of(rs.getObject("held_by", UUID.class)), rs.getDate("effective_from").toLocalDate(),
                json.readValue(rs.getString("card"), RateCard.class), rs.getString("reason"),
                rs.getTimestamp("made_at").toInstant());
    }
}
