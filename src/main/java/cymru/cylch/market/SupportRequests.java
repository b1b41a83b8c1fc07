package cymru.cylch.market;

import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.SupportPlanId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Support requests, their offers, proposals and scores in the database. Requests are under row-level security (the
 * holding council, and the providers offered them); each query also names whose it wants, so the policy is a
 * second wall.
 */
@Repository
class SupportRequests {

    private static final String SELECT = """
            select r.id, r.held_by, r.person_id, r.support_plan_id, r.service, r.area, r.start_date, r.weekly_hours,
                   r.weekly_budget, r.welsh, r.communication_needs, r.outcomes, r.closes_at, r.quality_weight,
                   r.outcomes_weight, r.price_weight, r.status, r.unmet_reason, r.created_at, r.decided_at,
                   r.awarded_proposal, r.decision_reason, r.agreement_id
            from support_request r""";

    private static final String PROPOSAL = """
            select p.id, p.request_id, p.provider_id, p.approaches, p.weekly_price, p.weekly_hours, p.start_date,
                   p.welsh_speaking_staff, p.other_languages, p.submitted_at
            from support_proposal p""";

    /** Whether proposal {@code p} stands: its provider has not withdrawn it. */
    private static final String LIVE =
            " not exists (select 1 from support_proposal_withdrawal w where w.proposal_id = p.id)";

    /** Whether request {@code r} is unmet at the time given as its one parameter: see {@link #unmet}. */
    private static final String UNMET = """
            (r.status = 'UNMET' or (r.status = 'OPEN' and r.closes_at <= ?
             and not exists (select 1 from support_proposal p where p.request_id = r.id and """ + LIVE + ")))";

    /** An outcome as stored in the request's {@code outcomes}. */
    private record StoredOutcome(UUID outcome, String statement, String domain) {
    }

    /** An approach as stored in the proposal's {@code approaches}. */
    private record StoredApproach(UUID outcome, String approach) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SupportRequests(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(SupportRequest r, @Nullable UUID by) {
        var outcomes = r.outcomes().stream()
                .map(o -> new StoredOutcome(o.outcome().value(), o.statement(), o.domain())).toList();
        UnmetReason unmet = r.unmetReason();
        jdbc.sql("""
                        insert into support_request (id, held_by, person_id, support_plan_id, service, area, start_date,
                            weekly_hours, weekly_budget, welsh, communication_needs, outcomes, closes_at, quality_weight,
                            outcomes_weight, price_weight, status, unmet_reason, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id().value(), r.heldBy().value(), r.person().value(), r.supportPlan().value(), r.service(),
                        r.area(), Date.valueOf(r.start()), r.weeklyHours(), r.weeklyBudget().amount(), r.welsh(),
                        r.communicationNeeds(), json.writeValueAsString(outcomes), Timestamp.from(r.closesAt()),
                        r.weights().quality(), r.weights().outcomes(), r.weights().price(), r.status().name(),
                        unmet == null ? null : unmet.name(), Timestamp.from(r.createdAt()), by)
                .update();
    }

    void offer(SupportRequestId request, Collection<OrganisationId> providers, Instant at) {
        for (OrganisationId provider : providers) {
            jdbc.sql("""
                            insert into support_request_offer (request_id, provider_id, offered_at) values (?, ?, ?)
                            on conflict do nothing""")
                    .params(request.value(), provider.value(), Timestamp.from(at)).update();
        }
    }

    List<OrganisationId> offeredTo(SupportRequestId request) {
        return jdbc.sql("select provider_id from support_request_offer where request_id = ? order by offered_at, "
                        + "provider_id").param(request.value())
                .query((rs, row) -> OrganisationId.of(rs.getObject(1, UUID.class))).list();
    }

    boolean offered(SupportRequestId request, OrganisationId provider) {
        return jdbc.sql("select exists (select 1 from support_request_offer where request_id = ? and provider_id = ?)")
                .params(request.value(), provider.value()).query(Boolean.class).single();
    }

    Optional<SupportRequest> find(SupportRequestId id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id.value()).query(this::request).optional();
    }

    /**
     * The council's request, its row locked until the transaction ends: every decision on a request takes this
     * first, so two made at once are made one after the other and the second sees the first's outcome.
     */
    Optional<SupportRequest> lockHeld(SupportRequestId id, OrganisationId council) {
        return jdbc.sql(SELECT + " where r.id = ? and r.held_by = ? for update").params(id.value(), council.value())
                .query(this::request).optional();
    }

    List<SupportRequest> heldBy(OrganisationId council) {
        return jdbc.sql(SELECT + " where r.held_by = ? order by r.created_at desc, r.id").param(council.value())
                .query(this::request).list();
    }

    List<SupportRequest> ofPerson(OrganisationId council, PersonId person) {
        return jdbc.sql(SELECT + " where r.held_by = ? and r.person_id = ? order by r.created_at desc, r.id")
                .params(council.value(), person.value()).query(this::request).list();
    }

    List<SupportRequest> offeredToProvider(OrganisationId provider) {
        return jdbc.sql(SELECT + """
                         join support_request_offer o on o.request_id = r.id and o.provider_id = ?
                        order by r.closes_at desc, r.id""").param(provider.value()).query(this::request).list();
    }

    /**
     * The council's unmet requests: unmet, or open and closed with no proposal, the longest waiting first.
     */
    List<SupportRequest> unmet(OrganisationId council, Instant now) {
        return jdbc.sql(SELECT + " where r.held_by = ? and " + UNMET + " order by r.created_at, r.id")
                .params(council.value(), Timestamp.from(now))
                .query(this::request).list();
    }

    /**
     * How many of the council's requests are unmet now (as {@link #unmet}) and the whole days the longest has
     * waited, on {@code today} in the council's time zone; empty if it has made no request.
     */
    Optional<BrokerageFigures.Unmet> unmetFigures(OrganisationId council, Instant now, LocalDate today) {
        return jdbc.sql("""
                        select count(*) filter (where unmet),
                               coalesce(max(? - (created_at at time zone 'Europe/London')::date) filter (where unmet), 0),
                               count(*)
                        from (select r.created_at, """ + UNMET + """
                               as unmet from support_request r where r.held_by = ?) mine""")
                .params(Date.valueOf(today), Timestamp.from(now), council.value())
                .query((rs, row) -> rs.getLong(3) == 0 ? Optional.<BrokerageFigures.Unmet>empty()
                        : Optional.of(new BrokerageFigures.Unmet(rs.getLong(1), rs.getLong(2))))
                .single();
    }

    /**
     * The council's awarded requests whose support started from {@code from} to {@code to}: how many, and the median
     * whole days from the request to the start (the awarded proposal's start); empty if none.
     */
    Optional<BrokerageFigures.DaysToStart> daysToStart(OrganisationId council, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*), percentile_cont(0.5) within group (
                                   order by p.start_date - (r.created_at at time zone 'Europe/London')::date)
                        from support_request r join support_proposal p on p.id = r.awarded_proposal
                        where r.held_by = ? and r.status = 'AWARDED' and p.start_date between ? and ?""")
                .params(council.value(), Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> rs.getLong(1) == 0 ? Optional.<BrokerageFigures.DaysToStart>empty()
                        : Optional.of(new BrokerageFigures.DaysToStart(rs.getLong(1),
                        rs.getBigDecimal(2).setScale(1, RoundingMode.HALF_UP))))
                .single();
    }

    boolean openFor(PersonId person, String service) {
        return jdbc.sql("select exists (select 1 from support_request where person_id = ? and service = ? "
                        + "and status = 'OPEN')").params(person.value(), service).query(Boolean.class).single();
    }

    /** How many proposals each of the council's requests has. */
    Map<SupportRequestId, Integer> proposalCounts(OrganisationId council) {
        Map<SupportRequestId, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select p.request_id, count(*) from support_proposal p
                        join support_request r on r.id = p.request_id where r.held_by = ? and """ + LIVE
                        + " group by p.request_id")
                .param(council.value())
                .query(rs -> {
                    counts.put(SupportRequestId.of(rs.getObject(1, UUID.class)), rs.getInt(2));
                });
        return counts;
    }

    /** Awards an open request; false (and nothing changed) if it was decided or re-offered meanwhile. */
    boolean award(SupportRequestId id, ProposalId proposal, String reason, ServiceAgreementId agreement, Instant at,
                  @Nullable UUID by) {
        return jdbc.sql("""
                        update support_request set status = 'AWARDED', awarded_proposal = ?, decision_reason = ?,
                            agreement_id = ?, decided_at = ?, decided_by = ?, version = version + 1
                        where id = ? and status = 'OPEN'""")
                .params(proposal.value(), reason, agreement.value(), Timestamp.from(at), by, id.value())
                .update() == 1;
    }

    boolean markUnmet(SupportRequestId id, UnmetReason why, @Nullable String reason, Instant at, @Nullable UUID by) {
        return jdbc.sql("""
                        update support_request set status = 'UNMET', unmet_reason = ?, decision_reason = ?,
                            decided_at = ?, decided_by = ?, version = version + 1
                        where id = ? and status = 'OPEN'""")
                .params(why.name(), reason, Timestamp.from(at), by, id.value()).update() == 1;
    }

    /** Opens an unmet (or closed and unanswered) request again until {@code closesAt}. */
    boolean reopen(SupportRequestId id, Instant closesAt) {
        return jdbc.sql("""
                        update support_request set status = 'OPEN', unmet_reason = null, decision_reason = null,
                            decided_at = null, decided_by = null, closes_at = ?, version = version + 1
                        where id = ? and status in ('OPEN', 'UNMET')""")
                .params(Timestamp.from(closesAt), id.value()).update() == 1;
    }

    void withdraw(SupportRequestId id, String reason, Instant at, @Nullable UUID by) {
        jdbc.sql("""
                        update support_request set status = 'WITHDRAWN', unmet_reason = null, decision_reason = ?,
                            decided_at = ?, decided_by = ?, version = version + 1
                        where id = ? and status in ('OPEN', 'UNMET')""")
                .params(reason, Timestamp.from(at), by, id.value()).update();
    }

    // --- Proposals ---------------------------------------------------------------------------------------------

    /**
     * Makes the provider's proposals and withdrawals on one request wait for each other until the transaction ends,
     * so the second of two made at once sees the first and is refused as a second made later would be, instead of
     * meeting the unique keys that hold one live proposal per provider (a server error, and checks made twice). A
     * transaction-scoped advisory lock on the pair, where decisions lock the request's row: the provider's connection
     * can lock no row here, since row-level security lets it only read the request, and the offer and the proposals
     * are append-only (a row lock needs the update privilege). Other providers, and the council, do not wait.
     */
    void lockProposalsOf(SupportRequestId request, OrganisationId provider) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("support-proposal|" + request.value() + "|" + provider.value()).query((rs, n) -> 1).list();
    }

    /** Inserts a proposal; {@code follows} is the provider's withdrawn proposal it replaces, if any. */
    void insertProposal(Proposal p, @Nullable ProposalId follows, @Nullable UUID by) {
        var approaches = p.approaches().stream().map(a -> new StoredApproach(a.outcome().value(), a.approach()))
                .toList();
        jdbc.sql("""
                        insert into support_proposal (id, request_id, provider_id, approaches, weekly_price, weekly_hours,
                            start_date, welsh_speaking_staff, other_languages, submitted_at, submitted_by, follows)
                        values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id().value(), p.request().value(), p.provider().value(), json.writeValueAsString(approaches),
                        p.weeklyPrice().amount(), p.weeklyHours(), Date.valueOf(p.start()), p.welshSpeakingStaff(),
                        p.otherLanguages(), Timestamp.from(p.submittedAt()), by,
                        follows == null ? null : follows.value())
                .update();
    }

    /** The request's proposals that stand, the first sent first. */
    List<Proposal> proposals(SupportRequestId request) {
        return jdbc.sql(PROPOSAL + " where p.request_id = ? and " + LIVE + " order by p.submitted_at, p.id")
                .param(request.value())
                .query(this::proposal).list();
    }

    /** The provider's proposal for the request that stands, if it has one. */
    Optional<Proposal> proposalOf(SupportRequestId request, OrganisationId provider) {
        return jdbc.sql(PROPOSAL + " where p.request_id = ? and p.provider_id = ? and " + LIVE)
                .params(request.value(), provider.value()).query(this::proposal).optional();
    }

    /** The provider's own proposals that stand, by the request each answers: one query for all it was offered. */
    Map<SupportRequestId, Proposal> proposalsBy(OrganisationId provider) {
        Map<SupportRequestId, Proposal> proposals = new HashMap<>();
        jdbc.sql(PROPOSAL + " where p.provider_id = ? and " + LIVE).param(provider.value()).query(this::proposal)
                .list()
                .forEach(p -> proposals.put(p.request(), p));
        return proposals;
    }

    /** The provider's last proposal for the request, which a new one follows once it is withdrawn. */
    Optional<ProposalId> lastProposalOf(SupportRequestId request, OrganisationId provider) {
        return jdbc.sql("""
                        select p.id from support_proposal p where p.request_id = ? and p.provider_id = ?
                        and not exists (select 1 from support_proposal f where f.follows = p.id)""")
                .params(request.value(), provider.value())
                .query((rs, row) -> ProposalId.of(rs.getObject(1, UUID.class))).optional();
    }

    /** Whether the proposal is the provider's for the request, and withdrawn. */
    boolean withdrawn(SupportRequestId request, OrganisationId provider, ProposalId proposal) {
        return jdbc.sql("""
                        select exists (select 1 from support_proposal p join support_proposal_withdrawal w
                            on w.proposal_id = p.id where p.id = ? and p.request_id = ? and p.provider_id = ?)""")
                .params(proposal.value(), request.value(), provider.value()).query(Boolean.class).single();
    }

    void withdrawProposal(ProposalId proposal, Instant at, @Nullable UUID by) {
        jdbc.sql("insert into support_proposal_withdrawal (proposal_id, withdrawn_at, withdrawn_by) values (?, ?, ?)")
                .params(proposal.value(), Timestamp.from(at), by).update();
    }

    void score(ProposalId proposal, ProposalScore score, Instant at, @Nullable UUID by) {
        jdbc.sql("""
                        insert into support_proposal_score (proposal_id, quality_score, outcomes_score, scored_by,
                            scored_at) values (?, ?, ?, ?, ?)""")
                .params(proposal.value(), score.quality(), score.outcomes(), by, Timestamp.from(at)).update();
    }

    /** The latest score of each scored proposal for the request. */
    Map<ProposalId, ProposalScore> scores(SupportRequestId request) {
        Map<ProposalId, ProposalScore> scores = new HashMap<>();
        jdbc.sql("""
                        select distinct on (s.proposal_id) s.proposal_id, s.quality_score, s.outcomes_score
                        from support_proposal_score s join support_proposal p on p.id = s.proposal_id
                        where p.request_id = ? order by s.proposal_id, s.seq desc""")
                .param(request.value())
                .query(rs -> {
                    scores.put(ProposalId.of(rs.getObject(1, UUID.class)), new ProposalScore(rs.getInt(2),
                            rs.getInt(3)));
                });
        return scores;
    }

    // -----------------------------------------------------------------------------------------------------------

    private SupportRequest request(ResultSet rs, int row) throws SQLException {
        List<StoredOutcome> stored = json.readValue(rs.getString("outcomes"), new TypeReference<>() {
        });
        String unmet = rs.getString("unmet_reason");
        Timestamp decided = rs.getTimestamp("decided_at");
        UUID awarded = rs.getObject("awarded_proposal", UUID.class);
        UUID agreement = rs.getObject("agreement_id", UUID.class);
        return new SupportRequest(SupportRequestId.of(rs.getObject("id", UUID.class)),
                OrganisationId.of(rs.getObject("held_by", UUID.class)),
                PersonId.of(rs.getObject("person_id", UUID.class)),
                SupportPlanId.of(rs.getObject("support_plan_id", UUID.class)), rs.getString("service"),
                rs.getString("area"), rs.getDate("start_date").toLocalDate(), rs.getBigDecimal("weekly_hours"),
                Money.of(rs.getBigDecimal("weekly_budget")), rs.getBoolean("welsh"),
                rs.getString("communication_needs"),
                stored.stream().map(o -> new RequestedOutcome(OutcomeId.of(o.outcome()), o.statement(), o.domain()))
                        .toList(),
                rs.getTimestamp("closes_at").toInstant(),
                new AwardWeights(rs.getInt("quality_weight"), rs.getInt("outcomes_weight"), rs.getInt("price_weight")),
                RequestStatus.valueOf(rs.getString("status")), unmet == null ? null : UnmetReason.valueOf(unmet),
                rs.getTimestamp("created_at").toInstant(), decided == null ? null : decided.toInstant(),
                awarded == null ? null : ProposalId.of(awarded), rs.getString("decision_reason"),
                agreement == null ? null : ServiceAgreementId.of(agreement));
    }

    private Proposal proposal(ResultSet rs, int row) throws SQLException {
        List<StoredApproach> stored = json.readValue(rs.getString("approaches"), new TypeReference<>() {
        });
        return new Proposal(ProposalId.of(rs.getObject("id", UUID.class)),
                SupportRequestId.of(rs.getObject("request_id", UUID.class)),
                OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                stored.stream().map(a -> new OutcomeApproach(OutcomeId.of(a.outcome()), a.approach())).toList(),
                Money.of(rs.getBigDecimal("weekly_price")), rs.getBigDecimal("weekly_hours"),
                rs.getDate("start_date").toLocalDate(), rs.getBoolean("welsh_speaking_staff"),
                rs.getString("other_languages"), rs.getTimestamp("submitted_at").toInstant());
    }
}
