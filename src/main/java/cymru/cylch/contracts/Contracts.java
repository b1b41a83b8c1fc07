package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contracts and their versions in the database. Contracts are not personal data and have no row-level security:
 * every read here names the commissioner or the supplier it is for, and {@link ContractManagement} decides who may
 * ask.
 */
@Repository
class Contracts {

    private static final String SELECT = """
            select c.id, c.held_by, c.reference, c.route, c.parent_id, c.call_off_method, c.current_version,
                   c.created_at, v.terms, v.made_at
            from contract c join contract_version v on v.contract_id = c.id and v.number = c.current_version""";

    /** Rows fetched at a time when reading all of a commissioner's contracts. */
    private static final int BATCH = 500;

    /**
     * The commissioner's contracts live on a day that cover a service in an area (no lots, or a lot for every
     * service or this one, in every area or this one); the routes under which people are supported directly.
     */
    private static final String LIVE_AND_COVERING = """
            where c.held_by = ? and c.start_date <= ? and c.end_date >= ?
              and c.route in ('BLOCK_CONTRACT', 'FRAMEWORK_AGREEMENT', 'DYNAMIC_PURCHASING_SYSTEM',
                              'SERVICE_LEVEL_AGREEMENT', 'GRANT')
              and (not exists (select 1 from contract_lot l where l.contract_id = c.id)
                   or exists (select 1 from contract_lot l where l.contract_id = c.id
                              and (cardinality(l.services) = 0 or ? = any (l.services))
                              and (cardinality(l.areas) = 0 or ? = any (l.areas))))
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Contracts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Contract contract, String reason, @Nullable UUID by) {
        ContractTerms terms = contract.terms();
        ContractId parent = contract.parent();
        CallOffMethod callOffMethod = contract.callOffMethod();
        jdbc.sql("""
                        insert into contract (id, held_by, reference, route, parent_id, call_off_method, current_version,
                                              title, model, start_date, end_date, estimated_value, maximum_value,
                                              created_at, created_by, changed_at, changed_by)
                        values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(contract.id().value(), contract.heldBy().value(), contract.reference(),
                        contract.route().name(), parent == null ? null : parent.value(),
                        callOffMethod == null ? null : callOffMethod.name(), terms.title(),
                        terms.model().name(), Date.valueOf(terms.start()), Date.valueOf(terms.end()),
                        terms.estimatedValue().amount(), terms.maximumValue().amount(),
                        Timestamp.from(contract.createdAt()), by, Timestamp.from(contract.createdAt()), by)
                .update();
        appendVersion(contract.id(), contract.heldBy(), 1, terms, reason, contract.createdAt(), by);
    }

    /**
     * Makes {@code terms} the contract's version {@code number}, if version {@code number - 1} is still its latest;
     * returns false (and changes nothing) if someone else varied it first.
     */
    boolean vary(Contract contract, int number, ContractTerms terms, String reason, Instant at, @Nullable UUID by) {
        int changed = jdbc.sql("""
                        update contract set current_version = ?, title = ?, model = ?, start_date = ?, end_date = ?,
                                            estimated_value = ?, maximum_value = ?, changed_at = ?, changed_by = ?
                        where id = ? and current_version = ?""")
                .params(number, terms.title(), terms.model().name(), Date.valueOf(terms.start()),
                        Date.valueOf(terms.end()), terms.estimatedValue().amount(), terms.maximumValue().amount(),
                        Timestamp.from(at), by, contract.id().value(), number - 1)
                .update();
        if (changed == 0) {
            return false;
        }
        appendVersion(contract.id(), contract.heldBy(), number, terms, reason, at, by);
        return true;
    }

    private void appendVersion(ContractId id, OrganisationId heldBy, int number, ContractTerms terms, String reason,
                               Instant at, @Nullable UUID by) {
        jdbc.sql("""
                        insert into contract_version (contract_id, number, held_by, terms, reason, made_at, made_by)
                        values (?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(id.value(), number, heldBy.value(), json.writeValueAsString(terms), reason,
                        Timestamp.from(at), by)
                .update();
        jdbc.sql("delete from contract_party where contract_id = ?").param(id.value()).update();
        jdbc.sql("delete from contract_lot where contract_id = ?").param(id.value()).update();
        for (Party party : terms.parties()) {
            OrganisationId memberOf = party.memberOf();
            jdbc.sql("insert into contract_party (contract_id, organisation_id, role, member_of) values (?, ?, ?, ?)")
                    .params(id.value(), party.organisation().value(), party.role().name(),
                            memberOf == null ? null : memberOf.value())
                    .update();
        }
        for (Lot lot : terms.lots()) {
            jdbc.sql("insert into contract_lot (contract_id, number, title, services, areas) values (?, ?, ?, ?, ?)")
                    .params(id.value(), lot.number(), lot.title(), lot.services().toArray(String[]::new),
                            lot.areas().toArray(String[]::new))
                    .update();
        }
    }

    Optional<Contract> find(ContractId id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query(this::contract).optional();
    }

    boolean referenceTaken(OrganisationId heldBy, String reference) {
        return jdbc.sql("select exists (select 1 from contract where held_by = ? and lower(reference) = lower(?))")
                .params(heldBy.value(), reference).query(Boolean.class).single();
    }

    /** The commissioner's contracts, latest start first. */
    List<Contract> heldBy(OrganisationId commissioner) {
        return jdbc.sql(SELECT + " where c.held_by = ? order by c.start_date desc, c.reference")
                .param(commissioner.value()).query(this::contract).list();
    }

    /** The contracts an organisation supplies under, itself or in a consortium, latest start first. */
    List<Contract> suppliedBy(OrganisationId supplier) {
        return jdbc.sql(SELECT + """
                         where c.id in (select contract_id from contract_party where organisation_id = ?)
                        order by c.start_date desc, c.reference""")
                .param(supplier.value()).query(this::contract).list();
    }

    /** The call-offs made under a framework or dynamic purchasing system. */
    List<Contract> callOffsUnder(ContractId parent) {
        return jdbc.sql(SELECT + " where c.parent_id = ? order by c.start_date desc, c.reference")
                .param(parent.value()).query(this::contract).list();
    }

    List<ContractVersion> versions(ContractId id) {
        return jdbc.sql("""
                        select number, terms, reason, made_at, made_by from contract_version
                        where contract_id = ? order by number""")
                .param(id.value())
                .query((rs, row) -> new ContractVersion(rs.getInt("number"), terms(rs),
                        rs.getString("reason"), rs.getTimestamp("made_at").toInstant(),
                        rs.getObject("made_by", UUID.class)))
                .list();
    }

    /**
     * The providers that supply, on {@code day}, under a live contract of the commissioner (other than a spot
     * purchase or a call-off, which buy for named people) with a lot covering the service in the area, or with no
     * lots at all. One indexed query, whatever the number of contracts.
     */
    Set<OrganisationId> providersCovering(OrganisationId commissioner, String service, String area, LocalDate day) {
        return new HashSet<>(jdbc.sql("""
                        select distinct p.organisation_id
                        from contract c join contract_party p on p.contract_id = c.id
                        """ + LIVE_AND_COVERING)
                .params(commissioner.value(), Date.valueOf(day), Date.valueOf(day), service, area)
                .query((rs, row) -> OrganisationId.of(rs.getObject(1, UUID.class))).list());
    }

    /**
     * The contract under which the provider would support someone with the service in the area on the day: one it
     * supplies under that covers them (a block contract before a framework, a framework before a dynamic purchasing
     * system, then the latest to start).
     */
    Optional<ContractId> contractFor(OrganisationId commissioner, OrganisationId provider, String service, String area,
                                     LocalDate day) {
        return jdbc.sql("""
                        select c.id
                        from contract c join contract_party p on p.contract_id = c.id and p.organisation_id = ?
                        """ + LIVE_AND_COVERING + """
                        order by array_position(array['BLOCK_CONTRACT', 'SERVICE_LEVEL_AGREEMENT', 'GRANT',
                                 'FRAMEWORK_AGREEMENT', 'DYNAMIC_PURCHASING_SYSTEM'], c.route), c.start_date desc, c.id
                        limit 1""")
                .params(provider.value(), commissioner.value(), Date.valueOf(day), Date.valueOf(day), service, area)
                .query((rs, row) -> ContractId.of(rs.getObject(1, UUID.class))).optional();
    }

    /**
     * The commissioner's contracts one at a time, latest start first, each with when its latest version was made:
     * read from the database in batches, so that a council's every contract never has to be in memory at once.
     */
    void eachHeldBy(OrganisationId commissioner, BiConsumer<Contract, Instant> each) {
        jdbc.sql(SELECT + " where c.held_by = ? order by c.start_date desc, c.reference")
                .withFetchSize(BATCH)
                .param(commissioner.value())
                .query((RowCallbackHandler) rs -> each.accept(contract(rs, 0), rs.getTimestamp("made_at").toInstant()));
    }

    /** The versions after the first of the commissioner's contracts (their variations), by contract, in order. */
    Map<ContractId, List<ContractVariation>> variationsHeldBy(OrganisationId commissioner) {
        Map<ContractId, List<ContractVariation>> variations = new LinkedHashMap<>();
        jdbc.sql("""
                        select v.contract_id, v.number, v.reason, v.made_at
                        from contract c join contract_version v on v.contract_id = c.id and v.number > 1
                        where c.held_by = ? order by v.contract_id, v.number""")
                .withFetchSize(BATCH)
                .param(commissioner.value())
                .query((RowCallbackHandler) rs -> variations
                        .computeIfAbsent(ContractId.of(rs.getObject("contract_id", UUID.class)), id -> new ArrayList<>())
                        .add(new ContractVariation(rs.getInt("number"), rs.getString("reason"),
                                rs.getTimestamp("made_at").toInstant())));
        return variations;
    }

    /** Every organisation a contract of the commissioner is with, as the contracts stand. */
    Set<OrganisationId> partiesHeldBy(OrganisationId commissioner) {
        return new HashSet<>(jdbc.sql("""
                        select distinct p.organisation_id
                        from contract c join contract_party p on p.contract_id = c.id where c.held_by = ?""")
                .param(commissioner.value())
                .query((rs, row) -> OrganisationId.of(rs.getObject(1, UUID.class))).list());
    }

    /** When a contract of the commissioner was last let or varied (its latest version made); empty if it has none. */
    Optional<Instant> lastChangeHeldBy(OrganisationId commissioner) {
        return jdbc.sql("select max(changed_at) from contract where held_by = ?")
                .param(commissioner.value())
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
    }

    private Contract contract(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        String method = rs.getString("call_off_method");
        return new Contract(ContractId.of(rs.getObject("id", UUID.class)),
                OrganisationId.of(rs.getObject("held_by", UUID.class)), rs.getString("reference"),
                ProcurementRoute.valueOf(rs.getString("route")), parent == null ? null : ContractId.of(parent),
                method == null ? null : CallOffMethod.valueOf(method), rs.getInt("current_version"), terms(rs),
                rs.getTimestamp("created_at").toInstant());
    }

    private ContractTerms terms(ResultSet rs) throws SQLException {
        return json.readValue(rs.getString("terms"), ContractTerms.class);
    }
}
