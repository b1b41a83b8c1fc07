package cymru.cylch.monitoring;

import cymru.cylch.organisations.Colleagues;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship log between a council and a provider it commissions or lists: the council's commissioners record
 * meetings, calls, monitoring visits with what they found, and notes; the provider's users record the provider's own
 * view. Both read the whole log of their pair, newest first; nobody else finds it. Entries are kept as written.
 */
@Service
@Transactional
public class RelationshipLog {

    private static final String RECORD = "relationship entry";

    private final JdbcClient jdbc;
    private final MonitoringStaff staff;
    private final Colleagues colleagues;
    private final AuditLog audit;
    private final Today today;

    RelationshipLog(JdbcClient jdbc, MonitoringStaff staff, Colleagues colleagues, AuditLog audit, Today today) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.colleagues = colleagues;
        this.audit = audit;
        this.today = today;
    }

    /** The council and the provider of a log, and whether the reader acts for the provider. */
    public record Pair(OrganisationId council, OrganisationId provider, boolean readerIsProvider) {
    }

    /** The pair the reader and the other side make; not found if they have no relationship the reader may read. */
    @Transactional(readOnly = true)
    public Pair pair(CylchUser reader, UUID other) {
        Pair pair = staff.commissions(reader)
                ? new Pair(staff.reader(reader), OrganisationId.of(other), false)
                : new Pair(OrganisationId.of(other), staff.provider(reader), true);
        if (!staff.knows(pair.council(), pair.provider())) {
            audit.recordRefusal(RECORD, other);
            throw new RecordNotFoundException(RECORD, other);
        }
        return pair;
    }

    /** The organisations on the other side of the reader's logs: the council's providers, or the provider's councils. */
    @Transactional(readOnly = true)
    public Set<OrganisationId> others(CylchUser reader) {
        if (staff.commissions(reader)) {
            return staff.providersKnownTo(staff.reader(reader));
        }
        return staff.councilsKnowing(reader);
    }

    /** The pair's log, newest first, with the names of the reader's colleagues who wrote each entry. */
    @Transactional(readOnly = true)
    public List<RelationshipEntry> entries(CylchUser reader, UUID other) {
        Pair pair = pair(reader, other);
        Map<UUID, Optional<String>> names = new HashMap<>();
        return jdbc.sql("""
                        select id, kind, occurred_on, subject, summary, attendees, findings, written_by, written_for,
                               written_at
                        from relationship_entry where held_by = ? and provider_id = ?
                        order by occurred_on desc, written_at desc""")
                .params(pair.council().value(), pair.provider().value()).query((rs, row) -> {
                    UUID by = rs.getObject("written_by", UUID.class);
                    UUID writtenFor = rs.getObject("written_for", UUID.class);
                    String name = by == null || !writtenFor.equals(reader.organisationId()) ? null
                            : names.computeIfAbsent(by, id -> colleagues.nameOf(reader, id)).orElse(null);
                    return new RelationshipEntry(rs.getObject("id", UUID.class), pair.council(), pair.provider(),
                            EntryKind.valueOf(rs.getString("kind")), rs.getDate("occurred_on").toLocalDate(),
                            rs.getString("subject"), rs.getString("summary"), rs.getString("attendees"),
                            rs.getString("findings"), writtenFor.equals(pair.provider().value()), name,
                            rs.getTimestamp("written_at").toInstant());
                }).list();
    }

    /**
     * Writes an entry in the pair's log: a council's commissioner any kind but the provider's view; a provider's user
     * only its view.
     */
    public UUID write(CylchUser writer, UUID other, NewRelationshipEntry entry) {
        Pair pair = pair(writer, other);
        if (!pair.readerIsProvider()) {
            staff.commissioner(writer, "write the relationship log");
        }
        if ((entry.kind() == EntryKind.PROVIDER_VIEW) != pair.readerIsProvider()) {
            throw new RuleViolationException("relationship.kind.notYours", "kind");
        }
        NewRelationshipEntry checked = entry.checked(today.date());
        UUID id = UUID.randomUUID();
        OrganisationId writtenFor = pair.readerIsProvider() ? pair.provider() : pair.council();
        jdbc.sql("""
                        insert into relationship_entry (id, held_by, provider_id, kind, occurred_on, subject, summary,
                                                        attendees, findings, written_by, written_for, written_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, pair.council().value(), pair.provider().value(), checked.kind().name(),
                        Date.valueOf(checked.occurredOn()), checked.subject(), checked.summary(), checked.attendees(),
                        checked.findings(), writer.userId(), writtenFor.value(), Timestamp.from(today.now()))
                .update();
        audit.recordInEach(List.of(pair.council().value(), pair.provider().value()), AuditAction.CREATED, RECORD, id,
                checked.kind().name());
        return id;
    }
}
