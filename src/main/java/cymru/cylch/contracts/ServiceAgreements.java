package cymru.cylch.contracts;

import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.SupportPlanId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Service agreements in the database, under row-level security: a commissioner's connection sees those it holds,
 * a provider's those that name it. Each query also names whose it wants, so the policy is a second wall.
 */
@Repository
class ServiceAgreements {

    private static final String SELECT = """
            select id, held_by, person_id, provider_id, contract_id, service, support_plan_id, start_date, end_date,
                   weekly_price, weekly_hours, outcomes, source, ended_reason
            from service_agreement""";

    private final JdbcClient jdbc;

    ServiceAgreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ServiceAgreement agreement, Instant at, @Nullable UUID by) {
        SupportPlanId plan = agreement.supportPlan();
        LocalDate end = agreement.end();
        jdbc.sql("""
                        insert into service_agreement (id, held_by, person_id, provider_id, contract_id, service,
                                                       support_plan_id, start_date, end_date, weekly_price, weekly_hours, outcomes,
                                                       source, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agreement.id().value(), agreement.heldBy().value(), agreement.person().value(),
                        agreement.provider().value(), agreement.contract().value(), agreement.service(),
                        plan == null ? null : plan.value(),
                        Date.valueOf(agreement.start()), end == null ? null : Date.valueOf(end),
                        agreement.weeklyPrice().amount(), agreement.weeklyHours(),
                        agreement.outcomes().stream().map(OutcomeId::value).toArray(UUID[]::new), agreement.source(),
                        Timestamp.from(at), by)
                .update();
    }

    /** Ends the agreement on {@code lastDay}, unless it has been ended already; whether it was ended now. */
    boolean end(ServiceAgreementId id, LocalDate lastDay, String reason, Instant at, @Nullable UUID by) {
        return jdbc.sql("""
                        update service_agreement
                        set end_date = least(coalesce(end_date, ?), ?), ended_reason = ?, ended_at = ?, ended_by = ?,
                            version = version + 1
                        where id = ? and ended_at is null""")
                .params(Date.valueOf(lastDay), Date.valueOf(lastDay), reason, Timestamp.from(at), by, id.value())
                .update() == 1;
    }

    Optional<ServiceAgreement> find(ServiceAgreementId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(ServiceAgreements::agreement).optional();
    }

    /** The agreements with these ids, read at once (ids need no quoting). */
    List<ServiceAgreement> find(Collection<ServiceAgreementId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String array = ids.stream().map(ServiceAgreementId::toString).collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql(SELECT + " where id = any(cast(? as uuid[]))").param(array)
                .query(ServiceAgreements::agreement).list();
    }

    boolean sourceTaken(OrganisationId heldBy, String source) {
        return jdbc.sql("select exists (select 1 from service_agreement where held_by = ? and source = ?)")
                .params(heldBy.value(), source).query(Boolean.class).single();
    }

    /** Whether the provider has an agreement under the contract (ended ones too: their record stays readable). */
    boolean anyUnder(ContractId contract, OrganisationId provider) {
        return jdbc.sql("select exists (select 1 from service_agreement where contract_id = ? and provider_id = ?)")
                .params(contract.value(), provider.value()).query(Boolean.class).single();
    }

    List<ServiceAgreement> heldBy(OrganisationId commissioner) {
        return jdbc.sql(SELECT + " where held_by = ? order by start_date desc, id").param(commissioner.value())
                .query(ServiceAgreements::agreement).list();
    }

    List<ServiceAgreement> withProvider(OrganisationId provider) {
        return jdbc.sql(SELECT + " where provider_id = ? order by start_date desc, id").param(provider.value())
                .query(ServiceAgreements::agreement).list();
    }

    List<ServiceAgreement> ofPerson(OrganisationId commissioner, PersonId person) {
        return jdbc.sql(SELECT + " where held_by = ? and person_id = ? order by start_date desc, id")
                .params(commissioner.value(), person.value()).query(ServiceAgreements::agreement).list();
    }

    List<ServiceAgreement> underContract(OrganisationId commissioner, ContractId contract) {
        return jdbc.sql(SELECT + " where held_by = ? and contract_id = ? order by start_date desc, id")
                .params(commissioner.value(), contract.value()).query(ServiceAgreements::agreement).list();
    }

    /** The person's agreements not yet ended that run on or after {@code day}. */
    List<ServiceAgreement> runningOnOrAfter(PersonId person, LocalDate day) {
        return jdbc.sql(SELECT + " where person_id = ? and ended_at is null and (end_date is null or end_date >= ?)")
                .params(person.value(), Date.valueOf(day)).query(ServiceAgreements::agreement).list();
    }

    private static ServiceAgreement agreement(ResultSet rs, int row) throws SQLException {
        UUID plan = rs.getObject("support_plan_id", UUID.class);
        Date end = rs.getDate("end_date");
        UUID[] outcomes = (UUID[]) rs.getArray("outcomes").getArray();
        return new ServiceAgreement(ServiceAgreementId.of(rs.getObject("id", UUID.class)),
                OrganisationId.of(rs.getObject("held_by", UUID.class)),
                PersonId.of(rs.getObject("person_id", UUID.class)),
                OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                ContractId.of(rs.getObject("contract_id", UUID.class)), rs.getString("service"),
                plan == null ? null : SupportPlanId.of(plan),
                rs.getDate("start_date").toLocalDate(), end == null ? null : end.toLocalDate(),
                Money.of(rs.getBigDecimal("weekly_price")), rs.getBigDecimal("weekly_hours"),
                Arrays.stream(outcomes).map(OutcomeId::of).toList(), rs.getString("source"),
                rs.getString("ended_reason"));
    }
}
