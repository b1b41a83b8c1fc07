package cymru.cylch.platform.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and searches the audit log. A write joins the caller's transaction, so a change and its audit row
 * commit or roll back together; a failure to write is never swallowed.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ActorResolver actors;

    AuditLog(JdbcClient jdbc, JdbcTemplate batch, ActorResolver actors) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.actors = actors;
    }

    /** Records an action of the signed-in user (or API client) on a record. */
    @Transactional
    public void record(AuditAction action, String recordType, Object recordId) {
        record(action, recordType, recordId, null);
    }

    /** As {@link #record(AuditAction, String, Object)}, with the user's stated reason. */
    @Transactional
    public void record(AuditAction action, String recordType, Object recordId, @Nullable String reason) {
        record(actors.current(), action, recordType, String.valueOf(recordId), reason);
    }

    /**
     * Records a refused access in a transaction of its own, so that it stays recorded when the refusal
     * rolls back the caller's transaction.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String recordType, Object recordId) {
        record(actors.current(), AuditAction.ACCESS_REFUSED, recordType, String.valueOf(recordId), null);
    }

    /** Records an action for an actor given explicitly (sign-in events, where no one is signed in yet). */
    @Transactional
    public void record(Actor actor, AuditAction action, @Nullable String recordType, @Nullable String recordId,
                       @Nullable String reason) {
        jdbc.sql("""
                        insert into audit_event (actor_user_id, actor_username, organisation_id, action,
                                                 record_type, record_id, reason, channel)
                        values (:userId, :username, :organisationId, :action, :recordType, :recordId, :reason, :channel)
                        """)
                .param("userId", actor.userId())
                .param("username", actor.username())
                .param("organisationId", actor.organisationId())
                .param("action", action.name())
                .param("recordType", recordType)
                // A refused path can be longer than the column (two ids and more); its start says what was asked.
                .param("recordId", truncate(recordId, 100))
                .param("reason", truncate(reason, 500))
                .param("channel", actor.channel().name())
                .update();
    }

    /**
     * Records one action of the current actor in the audit log of each organisation given, so that every
     * organisation concerned (say, all those a user account belongs to) sees it in its own log. The actor's
     * own organisation is always among them.
     */
    @Transactional
    public void recordInEach(Collection<UUID> organisationIds, AuditAction action, String recordType, Object recordId,
                             @Nullable String reason) {
        recordInEach(actors.current(), organisationIds, action, recordType, recordId, reason);
    }

    /** As {@link #recordInEach(Collection, AuditAction, String, Object, String)}, for an actor given explicitly. */
    @Transactional
    public void recordInEach(Actor actor, Collection<UUID> organisationIds, AuditAction action, String recordType,
                             Object recordId, @Nullable String reason) {
        Set<@Nullable UUID> targets = new LinkedHashSet<>();
        targets.add(actor.organisationId());
        targets.addAll(organisationIds);
        for (UUID organisationId : targets) {
            record(new Actor(actor.userId(), actor.username(), organisationId, actor.channel()), action, recordType,
                    String.valueOf(recordId), reason);
        }
    }

    /**
     * One action of the signed-in user on each of many records, with one reason, written as one batch: a search
     * records each person it showed, one row each, so every person's history shows the searches that showed them.
     */
    @Transactional
    public void recordEach(AuditAction action, String recordType, List<?> recordIds, String reason) {
        insertAll(actors.current(), action, recordType, recordIds.stream().map(String::valueOf).toList(),
                truncate(reason, 500));
    }

    /** One action on many records (an import, a bulk load), written as one batch. */
    @Transactional
    public void recordAll(Actor actor, AuditAction action, String recordType, List<String> recordIds) {
        insertAll(actor, action, recordType, recordIds, null);
    }

    private void insertAll(Actor actor, AuditAction action, String recordType, List<String> recordIds,
                           @Nullable String reason) {
        batch.batchUpdate("""
                        insert into audit_event (actor_user_id, actor_username, organisation_id, action,
                                                 record_type, record_id, reason, channel)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", recordIds, 500, (statement, recordId) -> {
                    statement.setObject(1, actor.userId());
                    statement.setString(2, actor.username());
                    statement.setObject(3, actor.organisationId());
                    statement.setString(4, action.name());
                    statement.setString(5, recordType);
                    statement.setString(6, truncate(recordId, 100));
                    statement.setString(7, reason);
                    statement.setString(8, actor.channel().name());
                });
    }

    @Transactional(readOnly = true)
    public AuditPage search(AuditSearch search) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_user_id, actor_username, organisation_id, action, record_type,
                       record_id, reason, channel
                from audit_event where organisation_id = ?""");
        List<Object> params = new ArrayList<>();
        params.add(search.organisationId());
        if (search.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(Timestamp.from(search.from()));
        }
        if (search.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(Timestamp.from(search.to()));
        }
        if (search.action() != null) {
            sql.append(" and action = ?");
            params.add(search.action().name());
        }
        if (search.username() != null && !search.username().isBlank()) {
            sql.append(" and lower(actor_username) = lower(?)");
            params.add(search.username().strip());
        }
        if (search.recordType() != null && !search.recordType().isBlank()) {
            sql.append(" and record_type = ?");
            params.add(search.recordType().strip());
        }
        if (search.recordId() != null && !search.recordId().isBlank()) {
            sql.append(" and record_id = ?");
            params.add(search.recordId().strip());
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        params.add(search.pageSize() + 1);
        params.add((long) search.page() * search.pageSize());
        List<AuditEntry> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_user_id", UUID.class),
                rs.getString("actor_username"),
                rs.getObject("organisation_id", UUID.class),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("reason"),
                AuditChannel.valueOf(rs.getString("channel")))).list();
        boolean hasNext = rows.size() > search.pageSize();
        return new AuditPage(hasNext ? rows.subList(0, search.pageSize()) : rows, search.page(), hasNext);
    }

    /** The most recent entries about one record, for tests and record history views. */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(UUID organisationId, String recordType, String recordId) {
        return search(new AuditSearch(organisationId, null, null, null, null, recordType, recordId, 0, 500)).entries();
    }

    /** Every entry about one record, newest first, however many (for subject access requests). */
    @Transactional(readOnly = true)
    public List<AuditEntry> everythingAbout(UUID organisationId, String recordType, String recordId) {
        List<AuditEntry> all = new ArrayList<>();
        AuditPage page;
        int number = 0;
        do {
            page = search(new AuditSearch(organisationId, null, null, null, null, recordType, recordId, number++,
                    500));
            all.addAll(page.entries());
        } while (page.hasNext());
        return all;
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
