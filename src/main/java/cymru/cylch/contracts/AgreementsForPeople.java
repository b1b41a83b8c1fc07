package cymru.cylch.contracts;

import cymru.cylch.people.AgreedSupport;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.ids.OrganisationId;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service agreements as people's pages and figures need them ({@link AgreedSupport}, declared by {@code people}): the
 * agreements a provider works under today, and the outcomes each of a council's agreements works to, with the
 * contract's reference. Read under row-level security like every agreement: a provider's connection sees those
 * that name it, a council's those it holds; each query names whose it wants as well.
 */
@Component
@Transactional(readOnly = true)
class AgreementsForPeople implements AgreedSupport {

    private final JdbcClient jdbc;

    AgreementsForPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Agreement> inForce(OrganisationId provider, LocalDate day) {
        Date on = Date.valueOf(day);
        return jdbc.sql("""
                        select a.id, a.person_id, a.held_by, a.contract_id, c.reference, a.start_date, a.end_date,
                               a.weekly_hours, a.outcomes
                        from service_agreement a join contract c on c.id = a.contract_id
                        where a.provider_id = ? and a.start_date <= ? and (a.end_date is null or a.end_date >= ?)
                        order by a.person_id, a.start_date, a.id""")
                .params(provider.value(), on, on)
                .query((rs, row) -> {
                    Date end = rs.getDate("end_date");
                    return new Agreement(rs.getObject("id", UUID.class),
                            PersonId.of(rs.getObject("person_id", UUID.class)),
                            OrganisationId.of(rs.getObject("held_by", UUID.class)),
                            rs.getObject("contract_id", UUID.class), rs.getString("reference"),
                            rs.getDate("start_date").toLocalDate(), end == null ? null : end.toLocalDate(),
                            rs.getBigDecimal("weekly_hours"),
                            Arrays.stream((UUID[]) rs.getArray("outcomes").getArray()).map(OutcomeId::of).toList());
                })
                .list();
    }

    @Override
    public List<OutcomeWorkedTo> outcomesWorkedTo(OrganisationId holder) {
        return jdbc.sql("""
                        select a.person_id, o.outcome_id, a.provider_id, a.contract_id, c.reference
                        from service_agreement a join contract c on c.id = a.contract_id
                        cross join lateral unnest(a.outcomes) as o(outcome_id)
                        where a.held_by = ?""")
                .param(holder.value())
                .query((rs, row) -> new OutcomeWorkedTo(PersonId.of(rs.getObject("person_id", UUID.class)),
                        OutcomeId.of(rs.getObject("outcome_id", UUID.class)),
                        OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                        rs.getObject("contract_id", UUID.class), rs.getString("reference")))
                .list();
    }
}
