package cymru.cylch.contracts;

import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a commissioner has bought: the weekly hours and spend of its service agreements in force on a day, in total,
 * by provider, by service and by person (for the market analysis, which groups people by area), and on a run of
 * days (trends). Each is one aggregate over the holder's agreements ({@code service_agreement_by_holder}); an
 * agreement is in force from its first day to its last, both included. Figures only: no one's record is read, so
 * nothing is audited. The caller is the wall: it asks only for its reader's own organisation.
 */
@Service
@Transactional(readOnly = true)
public class CommissionedBusiness {

    /** Weekly hours and spend of a group of agreements, and the number of people they support. */
    public record Figure(String key, long people, BigDecimal weeklyHours, Money weeklySpend) {
    }

    /**
     * The agreements in force on a day: all of them, and grouped by provider (key: its id), by service (its code),
     * by person (key: the person's id) and by contract (its id).
     */
    public record InForce(Figure total, List<Figure> byProvider, List<Figure> byService, List<Figure> byPerson,
                          List<Figure> byContract) {

        public InForce {
            byProvider = List.copyOf(byProvider);
            byService = List.copyOf(byService);
            byPerson = List.copyOf(byPerson);
            byContract = List.copyOf(byContract);
        }
    }

    /**
     * One personal outcome that an agreement worked to for a time: the person, the outcome, the provider and contract,
     * and the agreement's term (no last day while it runs).
     */
    public record WorkedTo(PersonId person, OutcomeId outcome, OrganisationId provider, ContractId contract,
                           LocalDate start, @Nullable LocalDate end) {

        public boolean onDay(LocalDate day) {
            return !start.isAfter(day) && (end == null || !end.isBefore(day));
        }
    }

    /** The agreements in force on one day of a trend. */
    public record OnDay(LocalDate day, long people, BigDecimal weeklyHours, Money weeklySpend) {
    }

    private final JdbcClient jdbc;

    CommissionedBusiness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public InForce inForce(OrganisationId commissioner, LocalDate day) {
        Date on = Date.valueOf(day);
        List<Figure> byProvider = new ArrayList<>();
        List<Figure> byService = new ArrayList<>();
        List<Figure> byPerson = new ArrayList<>();
        List<Figure> byContract = new ArrayList<>();
        List<Figure> total = new ArrayList<>();
        jdbc.sql("""
                        select grouping(provider_id) as not_provider, grouping(service) as not_service,
                               grouping(person_id) as not_person, grouping(contract_id) as not_contract,
                               coalesce(provider_id::text, service, person_id::text, contract_id::text, '') as key,
                               count(distinct person_id) as people, coalesce(sum(weekly_hours), 0) as hours,
                               coalesce(sum(weekly_price), 0) as spend
                        from service_agreement
                        where held_by = ? and start_date <= ? and (end_date is null or end_date >= ?)
                        group by grouping sets ((provider_id), (service), (person_id), (contract_id), ())
                        order by key""")
                .params(commissioner.value(), on, on)
                .query((rs, row) -> {
                    Figure figure = figure(rs);
                    if (rs.getInt("not_provider") == 0) {
                        byProvider.add(figure);
                    } else if (rs.getInt("not_service") == 0) {
                        byService.add(figure);
                    } else if (rs.getInt("not_person") == 0) {
                        byPerson.add(figure);
                    } else if (rs.getInt("not_contract") == 0) {
                        byContract.add(figure);
                    } else {
                        total.add(figure);
                    }
                    return figure;
                }).list();
        return new InForce(total.getFirst(), byProvider, byService, byPerson, byContract);
    }

    /** The agreements in force on each of the days, in the days' order; a day with none has nothing. */
    public List<OnDay> onDays(OrganisationId commissioner, List<LocalDate> days) {
        String[] dates = days.stream().map(LocalDate::toString).toArray(String[]::new);
        return jdbc.sql("""
                        select d.day, count(distinct a.person_id) as people, coalesce(sum(a.weekly_hours), 0) as hours,
                               coalesce(sum(a.weekly_price), 0) as spend
                        from unnest(cast(? as text[])::date[]) as d(day)
                        left join service_agreement a on a.held_by = ? and a.start_date <= d.day
                             and (a.end_date is null or a.end_date >= d.day)
                        group by d.day
                        order by d.day""")
                .params(dates, commissioner.value())
                .query((rs, row) -> new OnDay(rs.getDate("day").toLocalDate(), rs.getLong("people"),
                        rs.getBigDecimal("hours"), Money.of(rs.getBigDecimal("spend"))))
                .list();
    }

    /**
     * The outcomes the commissioner's agreements worked to at any time between the two days (both included), each
     * with its agreement's provider, contract and term, so that a figure about an outcome on a day can be credited to
     * whoever worked to it that day.
     */
    public List<WorkedTo> workedTo(OrganisationId commissioner, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select a.person_id, o.outcome_id, a.provider_id, a.contract_id, a.start_date, a.end_date
                        from service_agreement a cross join unnest(a.outcomes) as o(outcome_id)
                        where a.held_by = ? and a.start_date <= ? and (a.end_date is null or a.end_date >= ?)""")
                .params(commissioner.value(), Date.valueOf(to), Date.valueOf(from))
                .query((rs, row) -> {
                    Date end = rs.getDate("end_date");
                    return new WorkedTo(PersonId.of(rs.getObject("person_id", UUID.class)),
                            OutcomeId.of(rs.getObject("outcome_id", UUID.class)),
                            OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                            ContractId.of(rs.getObject("contract_id", UUID.class)),
                            rs.getDate("start_date").toLocalDate(), end == null ? null : end.toLocalDate());
                })
                .list();
    }

    private static Figure figure(ResultSet rs) throws SQLException {
        return new Figure(rs.getString("key"), rs.getLong("people"), rs.getBigDecimal("hours"),
                Money.of(rs.getBigDecimal("spend")));
    }
}
