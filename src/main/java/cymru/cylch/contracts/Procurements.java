package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Procurements, their bids, scores and awards in the database. Like contracts they have no row-level security:
 * every read names the procurement, the commissioner or the provider it is for, and {@link ProcurementManagement}
 * decides who may ask. Bids, scores, moderated scores and awards are only ever inserted.
 */
@Repository
class Procurements {

    private static final String SELECT = """
            select id, held_by, reference, title, description, route, model, closes_at, standstill_days,
                   moderator_id, contract_start, contract_end, outcome_statements, outcome_share_percent, status,
                   published_at, award_round, awarded_on, standstill_last_day, contract_ids, created_at, created_by
            from procurement""";

    /** The current bids: each provider's latest row for each lot, unless that row is a withdrawal. */
    private static final String CURRENT_BIDS = """
            select * from (
                select distinct on (provider_id, lot_number) id, procurement_id, provider_id, lot_number, withdrawn,
                       price, responses, replaces, submitted_at, submitted_by, seq
                from procurement_bid where procurement_id = ? /*provider*/
                order by provider_id, lot_number, seq desc) latest
            where not withdrawn order by lot_number, seq""";

    private static final TypeReference<Map<Integer, String>> RESPONSES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Procurements(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ProcurementId id, OrganisationId heldBy, ProcurementDraft draft, Instant at, @Nullable UUID by) {
        jdbc.sql("""
                        insert into procurement (id, held_by, reference, title, description, route, model, closes_at,
                                                 standstill_days, moderator_id, contract_start, contract_end,
                                                 outcome_statements, outcome_share_percent, status, created_at,
                                                 created_by, changed_at, changed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
                .params(id.value(), heldBy.value(), draft.reference(), draft.title(), draft.description(),
                        draft.route().name(), draft.model().name(), Timestamp.from(draft.closesAt()),
                        draft.standstillDays(), draft.moderator(), Date.valueOf(draft.contractStart()),
                        Date.valueOf(draft.contractEnd()), draft.outcomeStatements().toArray(String[]::new),
                        draft.outcomeSharePercent(), Timestamp.from(at), by, Timestamp.from(at), by)
                .update();
        insertParts(id, draft);
    }

    /**
     * Replaces a draft's every detail, its lots, criteria and evaluators with them; false if it is no longer a draft
     * (published meanwhile), and then nothing changes.
     */
    boolean replaceDraft(ProcurementId id, ProcurementDraft draft, Instant at, @Nullable UUID by) {
        boolean replaced = jdbc.sql("""
                        update procurement set reference = ?, title = ?, description = ?, route = ?, model = ?,
                            closes_at = ?, standstill_days = ?, moderator_id = ?, contract_start = ?, contract_end = ?,
                            outcome_statements = ?, outcome_share_percent = ?, changed_at = ?, changed_by = ?,
                            version = version + 1
                        where id = ? and status = 'DRAFT'""")
                .params(draft.reference(), draft.title(), draft.description(), draft.route().name(),
                        draft.model().name(), Timestamp.from(draft.closesAt()), draft.standstillDays(),
                        draft.moderator(), Date.valueOf(draft.contractStart()), Date.valueOf(draft.contractEnd()),
                        draft.outcomeStatements().toArray(String[]::new), draft.outcomeSharePercent(),
                        Timestamp.from(at), by, id.value())
                .update() == 1;
        if (replaced) {
            deleteParts(id);
            insertParts(id, draft);
        }
        return replaced;
    }

    /** Deletes a draft that was never published; false if it is no longer a draft. */
    boolean deleteDraft(ProcurementId id) {
        // Locks the row first, so that a publication cannot slip in between the parts and the procurement.
        boolean draft = jdbc.sql("select 1 from procurement where id = ? and status = 'DRAFT' for update")
                .param(id.value()).query(Integer.class).optional().isPresent();
        if (!draft) {
            return false;
        }
        deleteParts(id);
        return jdbc.sql("delete from procurement where id = ? and status = 'DRAFT'").param(id.value()).update() == 1;
    }

    private void deleteParts(ProcurementId id) {
        jdbc.sql("delete from procurement_lot where procurement_id = ?").param(id.value()).update();
        jdbc.sql("delete from procurement_criterion where procurement_id = ?").param(id.value()).update();
        jdbc.sql("delete from procurement_evaluator where procurement_id = ?").param(id.value()).update();
    }

    private void insertParts(ProcurementId id, ProcurementDraft draft) {
        for (Lot lot : draft.lots()) {
            jdbc.sql("insert into procurement_lot (procurement_id, number, title, services, areas) values (?, ?, ?, ?, ?)")
                    .params(id.value(), lot.number(), lot.title(), lot.services().stream().sorted().toArray(String[]::new),
                            lot.areas().stream().sorted().toArray(String[]::new))
                    .update();
        }
        for (Criterion criterion : draft.criteria()) {
            jdbc.sql("""
                            insert into procurement_criterion (procurement_id, number, title, kind, weight, guidance)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id.value(), criterion.number(), criterion.title(), criterion.kind().name(),
                            criterion.weight(), criterion.guidance())
                    .update();
        }
        for (UUID evaluator : draft.evaluators()) {
            jdbc.sql("insert into procurement_evaluator (procurement_id, user_id) values (?, ?)")
                    .params(id.value(), evaluator).update();
        }
    }

    boolean referenceTaken(OrganisationId heldBy, String reference) {
        return jdbc.sql("select exists (select 1 from procurement where held_by = ? and lower(reference) = lower(?))")
                .params(heldBy.value(), reference).query(Boolean.class).single();
    }

    /** Whether another of the council's procurements than {@code id} has the reference. */
    boolean referenceTakenByAnother(OrganisationId heldBy, String reference, ProcurementId id) {
        return jdbc.sql("""
                        select exists (select 1 from procurement where held_by = ? and lower(reference) = lower(?)
                                       and id <> ?)""")
                .params(heldBy.value(), reference, id.value()).query(Boolean.class).single();
    }

    /** Publishes a draft; false if it is no longer a draft. */
    boolean publish(ProcurementId id, Instant at, @Nullable UUID by) {
        return jdbc.sql("""
                        update procurement set status = 'PUBLISHED', published_at = ?, changed_at = ?, changed_by = ?,
                                               version = version + 1
                        where id = ? and status = 'DRAFT'""")
                .params(Timestamp.from(at), Timestamp.from(at), by, id.value()).update() == 1;
    }

    Optional<Procurement> find(ProcurementId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(this::procurement).optional();
    }

    List<Procurement> heldBy(OrganisationId commissioner) {
        return jdbc.sql(SELECT + " where held_by = ? order by created_at desc, reference").param(commissioner.value())
                .query(this::procurement).list();
    }

    /** Published procurements still open for bids at {@code now}, closing soonest first. */
    List<Procurement> openAt(Instant now) {
        return jdbc.sql(SELECT + " where status = 'PUBLISHED' and closes_at > ? order by closes_at, reference")
                .param(Timestamp.from(now)).query(this::procurement).list();
    }

    /** Procurements the provider has bid in (even if it withdrew), latest closing first. */
    List<Procurement> bidInBy(OrganisationId provider) {
        return jdbc.sql(SELECT + """
                         where id in (select procurement_id from procurement_bid where provider_id = ?)
                        order by closes_at desc, reference""")
                .param(provider.value()).query(this::procurement).list();
    }

    /**
     * Stores a bid (or, with {@code bid} null, a withdrawal of the provider's bid for the lot) if the procurement is
     * still published and open at {@code at}; false, and nothing stored, if bidding has closed. Deciding in the insert
     * itself means no bid slips in between a check and the write.
     */
    boolean insertBid(UUID id, ProcurementId procurement, OrganisationId heldBy, OrganisationId provider, int lot,
                      @Nullable Money price, Map<Integer, String> responses, @Nullable UUID replaces, Instant at,
                      @Nullable UUID by) {
        return jdbc.sql("""
                        insert into procurement_bid (id, procurement_id, held_by, provider_id, lot_number, withdrawn,
                                                     price, responses, replaces, submitted_at, submitted_by)
                        select ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?
                        where exists (select 1 from procurement where id = ? and status = 'PUBLISHED' and closes_at > ?)""")
                .params(id, procurement.value(), heldBy.value(), provider.value(), lot, price == null,
                        price == null ? null : price.amount(), json.writeValueAsString(responses), replaces,
                        Timestamp.from(at), by, procurement.value(), Timestamp.from(at))
                .update() == 1;
    }

    /** The current bids of every provider. */
    List<Bid> currentBids(ProcurementId procurement) {
        return jdbc.sql(CURRENT_BIDS).param(procurement.value()).query(this::bid).list();
    }

    /** The provider's current bids. */
    List<Bid> currentBidsOf(ProcurementId procurement, OrganisationId provider) {
        return jdbc.sql(CURRENT_BIDS.replace("/*provider*/", "and provider_id = ?")).params(procurement.value(), provider.value())
                .query(this::bid).list();
    }

    /** A bid (not a withdrawal) of the procurement, current or replaced. */
    Optional<Bid> bid(ProcurementId procurement, UUID id) {
        return jdbc.sql("""
                        select id, procurement_id, provider_id, lot_number, withdrawn, price, responses, replaces,
                               submitted_at, submitted_by
                        from procurement_bid where procurement_id = ? and id = ? and not withdrawn""")
                .params(procurement.value(), id).query(this::bid).optional();
    }

    void insertScores(ProcurementId procurement, UUID evaluator, List<ScoreEntry> entries, Instant at) {
        for (ScoreEntry entry : entries) {
            String comment = entry.comment();
            jdbc.sql("""
                            insert into procurement_score (procurement_id, bid_id, criterion_number, evaluator_id, score,
                                                           comment, scored_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(procurement.value(), entry.bid(), entry.criterion(), evaluator, entry.score(),
                            comment == null ? null : comment.strip(), Timestamp.from(at))
                    .update();
        }
    }

    /** Each evaluator's latest score of each bid on each criterion. */
    List<EvaluationScore> scores(ProcurementId procurement) {
        return jdbc.sql("""
                        select distinct on (bid_id, criterion_number, evaluator_id)
                               bid_id, criterion_number, evaluator_id, score, comment, scored_at
                        from procurement_score where procurement_id = ?
                        order by bid_id, criterion_number, evaluator_id, seq desc""")
                .param(procurement.value())
                .query((rs, row) -> new EvaluationScore(rs.getObject("bid_id", UUID.class),
                        rs.getInt("criterion_number"), rs.getObject("evaluator_id", UUID.class), rs.getInt("score"),
                        rs.getString("comment"), rs.getTimestamp("scored_at").toInstant()))
                .list();
    }

    void insertModerated(ProcurementId procurement, UUID moderator, List<ScoreEntry> entries, Instant at) {
        for (ScoreEntry entry : entries) {
            String comment = entry.comment();
            String reason = comment == null || comment.isBlank() ? null : comment.strip();
            jdbc.sql("""
                            insert into procurement_moderated_score (procurement_id, bid_id, criterion_number, score,
                                                                     reason, moderated_by, moderated_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(procurement.value(), entry.bid(), entry.criterion(), entry.score(), reason, moderator,
                            Timestamp.from(at))
                    .update();
        }
    }

    /** The latest moderated score of each bid on each criterion. */
    List<ModeratedScore> moderated(ProcurementId procurement) {
        return jdbc.sql("""
                        select distinct on (bid_id, criterion_number)
                               bid_id, criterion_number, score, reason, moderated_by, moderated_at
                        from procurement_moderated_score where procurement_id = ?
                        order by bid_id, criterion_number, seq desc""")
                .param(procurement.value())
                .query((rs, row) -> new ModeratedScore(rs.getObject("bid_id", UUID.class),
                        rs.getInt("criterion_number"), rs.getInt("score"), rs.getString("reason"),
                        rs.getObject("moderated_by", UUID.class), rs.getTimestamp("moderated_at").toInstant()))
                .list();
    }

    /**
     * Records the award of round {@code round} and starts its standstill, if the procurement is still published in
     * the round before; false, and nothing stored, otherwise.
     */
    boolean award(ProcurementId procurement, int round, List<AwardChoice> choices, LocalDate awardedOn,
                  LocalDate lastDay, Instant at, UUID by) {
        int changed = jdbc.sql("""
                        update procurement set status = 'AWARDED', award_round = ?, awarded_on = ?,
                                               standstill_last_day = ?, changed_at = ?, changed_by = ?,
                                               version = version + 1
                        where id = ? and status = 'PUBLISHED' and award_round = ?""")
                .params(round, Date.valueOf(awardedOn), Date.valueOf(lastDay), Timestamp.from(at), by,
                        procurement.value(), round - 1)
                .update();
        if (changed == 0) {
            return false;
        }
        for (AwardChoice choice : choices) {
            String reason = choice.reason();
            jdbc.sql("""
                            insert into procurement_award (procurement_id, round, kind, lot_number, bid_id, reason,
                                                           decided_by, decided_at)
                            values (?, ?, 'AWARD', ?, ?, ?, ?, ?)""")
                    .params(procurement.value(), round, choice.lot(), choice.bid(),
                            reason == null || reason.isBlank() ? null : reason.strip(), by,
                            Timestamp.from(at))
                    .update();
        }
        return true;
    }

    /** Withdraws the award of the round in its standstill; false if it is not awarded in that round. */
    boolean withdrawAward(ProcurementId procurement, int round, String reason, Instant at, UUID by) {
        int changed = jdbc.sql("""
                        update procurement set status = 'PUBLISHED', awarded_on = null, standstill_last_day = null,
                                               changed_at = ?, changed_by = ?, version = version + 1
                        where id = ? and status = 'AWARDED' and award_round = ?""")
                .params(Timestamp.from(at), by, procurement.value(), round).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("""
                        insert into procurement_award (procurement_id, round, kind, reason, decided_by, decided_at)
                        values (?, ?, 'WITHDRAWAL', ?, ?, ?)""")
                .params(procurement.value(), round, reason.strip(), by, Timestamp.from(at)).update();
        return true;
    }

    /** The award decisions of a round, by lot. */
    List<AwardDecision> awards(ProcurementId procurement, int round) {
        return jdbc.sql("""
                        select round, lot_number, bid_id, reason, decided_by, decided_at from procurement_award
                        where procurement_id = ? and round = ? and kind = 'AWARD' order by lot_number, seq""")
                .params(procurement.value(), round)
                .query((rs, row) -> new AwardDecision(rs.getInt("round"), rs.getInt("lot_number"),
                        rs.getObject("bid_id", UUID.class), rs.getString("reason"),
                        rs.getObject("decided_by", UUID.class), rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** Marks an awarded procurement concluded with the contracts it let; false if it is not awarded. */
    boolean conclude(ProcurementId procurement, List<ContractId> contracts, Instant at, UUID by) {
        return jdbc.sql("""
                        update procurement set status = 'CONCLUDED', contract_ids = ?, changed_at = ?, changed_by = ?,
                                               version = version + 1
                        where id = ? and status = 'AWARDED'""")
                .params(contracts.stream().map(ContractId::value).toArray(UUID[]::new), Timestamp.from(at), by,
                        procurement.value())
                .update() == 1;
    }

    private Procurement procurement(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Lot> lots = jdbc.sql("select number, title, services, areas from procurement_lot where procurement_id = ? "
                        + "order by number").param(id)
                .query((l, n) -> new Lot(l.getInt("number"), l.getString("title"), strings(l.getArray("services")),
                        strings(l.getArray("areas"))))
                .list();
        List<Criterion> criteria = jdbc.sql("""
                        select number, title, kind, weight, guidance from procurement_criterion
                        where procurement_id = ? order by number""").param(id)
                .query((c, n) -> new Criterion(c.getInt("number"), c.getString("title"),
                        CriterionKind.valueOf(c.getString("kind")), c.getInt("weight"), c.getString("guidance")))
                .list();
        Set<UUID> evaluators = new HashSet<>(jdbc.sql("select user_id from procurement_evaluator where procurement_id = ?")
                .param(id).query(UUID.class).list());
        Timestamp published = rs.getTimestamp("published_at");
        Date awardedOn = rs.getDate("awarded_on");
        Date lastDay = rs.getDate("standstill_last_day");
        var draft = new ProcurementDraft(rs.getString("reference"), rs.getString("title"),
                rs.getString("description"), ProcurementRoute.valueOf(rs.getString("route")),
                CommissioningModel.valueOf(rs.getString("model")), lots, criteria,
                rs.getTimestamp("closes_at").toInstant(), rs.getInt("standstill_days"),
                evaluators, rs.getObject("moderator_id", UUID.class), rs.getDate("contract_start").toLocalDate(),
                rs.getDate("contract_end").toLocalDate(), List.of((String[]) rs.getArray("outcome_statements").getArray()),
                rs.getBigDecimal("outcome_share_percent"));
        UUID[] contracts = (UUID[]) rs.getArray("contract_ids").getArray();
        return new Procurement(ProcurementId.of(id), OrganisationId.of(rs.getObject("held_by", UUID.class)), draft,
                ProcurementStatus.valueOf(rs.getString("status")), published == null ? null : published.toInstant(),
                rs.getInt("award_round"), awardedOn == null ? null : awardedOn.toLocalDate(),
                lastDay == null ? null : lastDay.toLocalDate(), Arrays.stream(contracts).map(ContractId::of).toList(),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("created_by", UUID.class));
    }

    private Bid bid(ResultSet rs, int row) throws SQLException {
        Map<Integer, String> responses = new LinkedHashMap<>(json.readValue(rs.getString("responses"), RESPONSES));
        return new Bid(rs.getObject("id", UUID.class), ProcurementId.of(rs.getObject("procurement_id", UUID.class)),
                OrganisationId.of(rs.getObject("provider_id", UUID.class)), rs.getInt("lot_number"),
                Money.of(rs.getBigDecimal("price")), responses, rs.getTimestamp("submitted_at").toInstant(),
                rs.getObject("submitted_by", UUID.class), rs.getObject("replaces", UUID.class));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
