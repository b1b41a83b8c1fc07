package cymru.cylch.monitoring;

import cymru.cylch.people.PersonId;
import cymru.cylch.platform.ids.OrganisationId;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What risk-based monitoring keeps and reads, under row-level security (the council's own): the inputs the council
 * recorded, the audit samples, and the monitoring visits of the relationship log.
 */
@Repository
class RiskStore {

    private final JdbcClient jdbc;

    RiskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A provider's last monitoring visit up to a day, and the next one booked after it. A planned visit counts as made
     * once its findings are recorded (an unannounced one is written when it is made); a booking whose day has passed
     * with nothing found is not a visit.
     */
    record Visits(@Nullable LocalDate last, @Nullable LocalDate nextBooked) {
    }

    UUID addInputs(OrganisationId council, OrganisationId provider, ProviderRisks.Inputs inputs, @Nullable UUID by,
                   Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into provider_risk_input (id, held_by, provider_id, rating, rated_on,
                                                         safeguarding_concerns, note, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, council.value(), provider.value(), inputs.rating().name(),
                        inputs.ratedOn() == null ? null : Date.valueOf(inputs.ratedOn()),
                        inputs.safeguardingConcerns(), inputs.note(), Timestamp.from(at), by)
                .update();
        return id;
    }

    /** Each provider's latest inputs. */
    Map<OrganisationId, ProviderRisks.Inputs> latestInputs(OrganisationId council) {
        Map<OrganisationId, ProviderRisks.Inputs> latest = new HashMap<>();
        jdbc.sql("""
                        select distinct on (provider_id) provider_id, rating, rated_on, safeguarding_concerns, note
                        from provider_risk_input where held_by = ? order by provider_id, recorded_at desc""")
                .param(council.value()).query(rs -> {
                    Date ratedOn = rs.getDate("rated_on");
                    latest.put(OrganisationId.of(rs.getObject("provider_id", UUID.class)), new ProviderRisks.Inputs(
                            RegulatorRating.valueOf(rs.getString("rating")),
                            ratedOn == null ? null : ratedOn.toLocalDate(), rs.getInt("safeguarding_concerns"),
                            rs.getString("note")));
                });
        return latest;
    }

    /** Each provider's monitoring visits around the day, from the relationship log. */
    Map<OrganisationId, Visits> visits(OrganisationId council, LocalDate day) {
        Map<OrganisationId, Visits> visits = new HashMap<>();
        jdbc.sql("""
                        select provider_id,
                               max(occurred_on) filter (where occurred_on <= ?
                                   and (kind = 'UNANNOUNCED_VISIT' or findings <> '')) as last,
                               min(occurred_on) filter (where occurred_on > ? and kind = 'PLANNED_VISIT') as next
                        from relationship_entry
                        where held_by = ? and kind in ('PLANNED_VISIT', 'UNANNOUNCED_VISIT')
                        group by provider_id""")
                .params(Date.valueOf(day), Date.valueOf(day), council.value()).query(rs -> {
                    Date last = rs.getDate("last");
                    Date next = rs.getDate("next");
                    visits.put(OrganisationId.of(rs.getObject("provider_id", UUID.class)), new Visits(
                            last == null ? null : last.toLocalDate(), next == null ? null : next.toLocalDate()));
                });
        return visits;
    }

    void addSample(OrganisationId council, OrganisationId provider, ProviderRisks.Sample sample, @Nullable UUID by) {
        jdbc.sql("""
                        insert into audit_sample (id, held_by, provider_id, seed, drawn_from, people, drawn_at,
                                                  drawn_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sample.id(), council.value(), provider.value(), sample.seed(), sample.drawnFrom(),
                        sample.people().stream().map(PersonId::value).toArray(UUID[]::new),
                        Timestamp.from(sample.drawnAt()), by)
                .update();
    }

    List<ProviderRisks.Sample> samples(OrganisationId council, OrganisationId provider) {
        return jdbc.sql("""
                        select id, seed, drawn_from, people, drawn_at from audit_sample
                        where held_by = ? and provider_id = ? order by drawn_at desc""")
                .params(council.value(), provider.value())
                .query((rs, row) -> new ProviderRisks.Sample(rs.getObject("id", UUID.class), rs.getLong("seed"),
                        rs.getInt("drawn_from"), people(rs.getArray("people")),
                        rs.getTimestamp("drawn_at").toInstant()))
                .list();
    }

    private static List<PersonId> people(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> PersonId.of((UUID) o)).toList();
    }
}
