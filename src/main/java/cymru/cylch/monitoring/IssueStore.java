package cymru.cylch.monitoring;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Performance issues, their history and their sanctions in the database, under row-level security: a council sees
 * its own, a provider those about it.
 */
@Repository
class IssueStore {

    private static final String SELECT = """
            select id, held_by, provider_id, contract_id, measure_id, title, description, seriousness, risks,
                   contract_breached, relationship, provider_stance, provider_response, status, route, cap_actions,
                   cap_monitoring, cap_support, cap_review_on, raised_at, changed_at, version
            from performance_issue""";
    private static final TypeReference<List<CapAction>> ACTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IssueStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An event's row, with who acted (a user) and for which organisation. */
    record EventRow(IssueEvent event, @Nullable UUID actedBy, UUID actedFor) {
    }

    void insert(PerformanceIssue i, @Nullable UUID by) {
        jdbc.sql("""
                        insert into performance_issue (id, held_by, provider_id, contract_id, measure_id, title,
                                                       description, seriousness, risks, contract_breached,
                                                       relationship, status, raised_at, raised_by, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id(), i.council().value(), i.provider().value(),
                        i.contract() == null ? null : i.contract().value(),
                        i.measure() == null ? null : i.measure().value(), i.title(), i.description(),
                        i.seriousness().name(), i.risks(), i.contractBreached(),
                        i.relationship() == null ? ProviderRelationship.FAIR.name() : i.relationship().name(),
                        i.status().name(), Timestamp.from(i.raisedAt()), by, Timestamp.from(i.changedAt()))
                .update();
    }

    /**
     * Stores what a step changed (status, route, the provider's response, the plan); false if the issue changed
     * meanwhile.
     */
    boolean update(PerformanceIssue changed, int expectedVersion) {
        CorrectivePlan plan = changed.plan();
        return jdbc.sql("""
                        update performance_issue set status = ?, route = ?, provider_stance = ?,
                               provider_response = ?, cap_actions = cast(? as jsonb), cap_monitoring = ?,
                               cap_support = ?, cap_review_on = ?, changed_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(changed.status().name(), changed.route() == null ? null : changed.route().name(),
                        changed.stance() == null ? null : changed.stance().name(), changed.response(),
                        json.writeValueAsString(plan.actions()), plan.monitoring(), plan.support(),
                        plan.reviewOn() == null ? null : Date.valueOf(plan.reviewOn()),
                        Timestamp.from(changed.changedAt()), changed.id(), expectedVersion)
                .update() == 1;
    }

    Optional<PerformanceIssue> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::issue).optional();
    }

    /** The council's issues, newest first, optionally only those of some statuses. */
    List<PerformanceIssue> ofCouncil(OrganisationId council, List<IssueStatus> statuses) {
        return jdbc.sql(SELECT + " where held_by = ? and status = any(?) order by raised_at desc, id")
                .params(council.value(), statuses.stream().map(Enum::name).toArray(String[]::new))
                .query(this::issue).list();
    }

    /** The issues about the provider (from every council whose rows it may read), newest first. */
    List<PerformanceIssue> ofProvider(OrganisationId provider) {
        return jdbc.sql(SELECT + " where provider_id = ? order by raised_at desc, id").param(provider.value())
                .query(this::issue).list();
    }

    void addEvent(PerformanceIssue issue, IssueStep step, @Nullable IssueStatus from, @Nullable String note,
                  @Nullable UUID by, OrganisationId actedFor, Instant at) {
        jdbc.sql("""
                        insert into performance_issue_event (id, issue_id, held_by, provider_id, step, from_status,
                                                             to_status, note, acted_by, acted_for, acted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), issue.id(), issue.council().value(), issue.provider().value(),
                        step.name(), from == null ? null : from.name(), issue.status().name(),
                        note == null || note.isBlank() ? null : note.strip(), by, actedFor.value(), Timestamp.from(at))
                .update();
    }

    /** The issue's history, oldest first. */
    List<EventRow> events(PerformanceIssue issue) {
        return jdbc.sql("""
                        select id, step, from_status, to_status, note, acted_by, acted_for, acted_at
                        from performance_issue_event where issue_id = ? order by acted_at, id""")
                .param(issue.id()).query((rs, row) -> {
                    String from = rs.getString("from_status");
                    UUID actedFor = rs.getObject("acted_for", UUID.class);
                    return new EventRow(new IssueEvent(rs.getObject("id", UUID.class),
                            IssueStep.valueOf(rs.getString("step")), from == null ? null : IssueStatus.valueOf(from),
                            IssueStatus.valueOf(rs.getString("to_status")), rs.getString("note"),
                            actedFor.equals(issue.provider().value()), null,
                            rs.getTimestamp("acted_at").toInstant()),
                            rs.getObject("acted_by", UUID.class), actedFor);
                }).list();
    }

    void addSanction(PerformanceIssue issue, Sanction s, @Nullable UUID by) {
        jdbc.sql("""
                        insert into performance_sanction (id, issue_id, held_by, provider_id, kind, reason, remedy,
                                                          remedy_by, amount, from_date, until_date, deduction_id,
                                                          imposed_at, imposed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), issue.id(), issue.council().value(), issue.provider().value(), s.kind().name(),
                        s.reason(), s.remedy(), date(s.remedyBy()), s.amount() == null ? null : s.amount().amount(),
                        date(s.from()), date(s.until()), s.deduction(), Timestamp.from(s.imposedAt()), by)
                .update();
    }

    /** The issue's sanctions, oldest first. */
    List<Sanction> sanctions(UUID issue) {
        return jdbc.sql("""
                        select id, issue_id, kind, reason, remedy, remedy_by, amount, from_date, until_date,
                               deduction_id, imposed_at
                        from performance_sanction where issue_id = ? order by imposed_at, id""")
                .param(issue).query((rs, row) -> new Sanction(rs.getObject("id", UUID.class),
                        rs.getObject("issue_id", UUID.class), SanctionKind.valueOf(rs.getString("kind")),
                        rs.getString("reason"), rs.getString("remedy"), day(rs.getDate("remedy_by")),
                        rs.getBigDecimal("amount") == null ? null : Money.of(rs.getBigDecimal("amount")),
                        day(rs.getDate("from_date")), day(rs.getDate("until_date")),
                        rs.getObject("deduction_id", UUID.class), rs.getTimestamp("imposed_at").toInstant()))
                .list();
    }

    private PerformanceIssue issue(ResultSet rs, int row) throws SQLException {
        UUID contract = rs.getObject("contract_id", UUID.class);
        UUID measure = rs.getObject("measure_id", UUID.class);
        String stance = rs.getString("provider_stance");
        String route = rs.getString("route");
        return new PerformanceIssue(rs.getObject("id", UUID.class), OrganisationId.of(rs.getObject("held_by",
                UUID.class)), OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                contract == null ? null : ContractId.of(contract), measure == null ? null : MeasureId.of(measure),
                rs.getString("title"), rs.getString("description"), Seriousness.valueOf(rs.getString("seriousness")),
                rs.getString("risks"), rs.getBoolean("contract_breached"),
                ProviderRelationship.valueOf(rs.getString("relationship")),
                stance == null ? null : ProviderStance.valueOf(stance), rs.getString("provider_response"),
                IssueStatus.valueOf(rs.getString("status")), route == null ? null : IssueRoute.valueOf(route),
                new CorrectivePlan(json.readValue(rs.getString("cap_actions"), ACTIONS), rs.getString("cap_monitoring"),
                        rs.getString("cap_support"), day(rs.getDate("cap_review_on"))),
                rs.getTimestamp("raised_at").toInstant(), rs.getTimestamp("changed_at").toInstant(),
                rs.getInt("version"));
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
