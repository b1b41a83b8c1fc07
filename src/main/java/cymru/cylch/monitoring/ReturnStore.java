package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Providers' returns and the chasing of them, under row-level security: a council reads those sent to it, a provider
 * those it sent (and the chases it received).
 */
@Repository
class ReturnStore {

    private static final String RETURN = """
            select id, held_by, provider_id, frequency, period_start, channel, rows, replaces, reason, submitted_at,
                   late
            from provider_return""";
    private static final String CHASE = """
            select held_by, provider_id, frequency, period_start, note, chased_at from provider_return_chase""";

    private final JdbcClient jdbc;

    ReturnStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A chase of a provider's return for a period. */
    record Chase(OrganisationId council, OrganisationId provider, Period period, String note, Instant chasedAt) {
    }

    /** False if the period's first return, or the return this one replaces, was sent meanwhile. */
    boolean insert(ProviderReturn r, @Nullable UUID by) {
        return jdbc.sql("""
                        insert into provider_return (id, held_by, provider_id, frequency, period_start, channel, rows,
                                                     replaces, reason, submitted_at, submitted_by, late)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(r.id(), r.council().value(), r.provider().value(), r.period().frequency().name(),
                        Date.valueOf(r.period().start()), r.channel().name(), r.rows(), r.replaces(), r.reason(),
                        Timestamp.from(r.submittedAt()), by, r.late())
                .update() == 1;
    }

    /** Every return the provider sent, oldest first. */
    List<ProviderReturn> sentBy(OrganisationId provider) {
        return jdbc.sql(RETURN + " where provider_id = ? order by period_start, submitted_at, id")
                .param(provider.value()).query(ReturnStore::providerReturn).list();
    }

    /** Every return sent to the council for periods from the day on, oldest first. */
    List<ProviderReturn> sentTo(OrganisationId council, LocalDate from) {
        return jdbc.sql(RETURN + " where held_by = ? and period_start >= ? order by period_start, submitted_at, id")
                .params(council.value(), Date.valueOf(from)).query(ReturnStore::providerReturn).list();
    }

    void insertChase(Chase chase, @Nullable UUID by) {
        jdbc.sql("""
                        insert into provider_return_chase (id, held_by, provider_id, frequency, period_start, note,
                                                           chased_at, chased_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), chase.council().value(), chase.provider().value(),
                        chase.period().frequency().name(), Date.valueOf(chase.period().start()), chase.note(),
                        Timestamp.from(chase.chasedAt()), by)
                .update();
    }

    /** The chases the provider received, latest first. */
    List<Chase> chasesOf(OrganisationId provider) {
        return jdbc.sql(CHASE + " where provider_id = ? order by chased_at desc").param(provider.value())
                .query(ReturnStore::chase).list();
    }

    /** The council's chases for periods from the day on, latest first. */
    List<Chase> chasesBy(OrganisationId council, LocalDate from) {
        return jdbc.sql(CHASE + " where held_by = ? and period_start >= ? order by chased_at desc")
                .params(council.value(), Date.valueOf(from)).query(ReturnStore::chase).list();
    }

    private static ProviderReturn providerReturn(ResultSet rs, int row) throws SQLException {
        return new ProviderReturn(rs.getObject("id", UUID.class), OrganisationId.of(rs.getObject("held_by", UUID.class)),
                OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                new Period(Frequency.valueOf(rs.getString("frequency")), rs.getDate("period_start").toLocalDate()),
                ReturnChannel.valueOf(rs.getString("channel")), rs.getInt("rows"), rs.getObject("replaces", UUID.class),
                rs.getString("reason"), rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("late"));
    }

    private static Chase chase(ResultSet rs, int row) throws SQLException {
        return new Chase(OrganisationId.of(rs.getObject("held_by", UUID.class)),
                OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                new Period(Frequency.valueOf(rs.getString("frequency")), rs.getDate("period_start").toLocalDate()),
                rs.getString("note"), rs.getTimestamp("chased_at").toInstant());
    }
}
