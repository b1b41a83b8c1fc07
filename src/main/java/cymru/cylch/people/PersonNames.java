package cymru.cylch.people;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.security.CylchUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of people listed beside another module's records (a contract's service agreements): those whose
 * record the reader's organisation holds, and those whose profile is granted to it today. Anyone else is left out.
 * Each name shown is audited as viewed, one row a person, in the reader's log, and, through a grant, in the
 * holder's too.
 */
@Service
@Transactional
public class PersonNames {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PersonNames(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The full names of those of these people the reader may see, by id. */
    public Map<PersonId, String> of(CylchUser reader, Collection<PersonId> people, String listedWith) {
        if (people.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = people.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        Map<PersonId, String> names = new HashMap<>();
        Map<UUID, List<UUID>> grantedByHolder = new HashMap<>();
        jdbc.sql("""
                        select id, held_by, given_name || ' ' || family_name as name from person
                        where id = any (?) and (held_by = ? or id in (select cylch_granted_people('PROFILE')))""")
                .params(ids, reader.organisationId())
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID holder = rs.getObject("held_by", UUID.class);
                    names.put(PersonId.of(id), rs.getString("name"));
                    if (!holder.equals(reader.organisationId())) {
                        grantedByHolder.computeIfAbsent(holder, h -> new ArrayList<>()).add(id);
                    }
                    return id;
                }).list();
        String reason = "listed with " + listedWith;
        audit.recordEach(AuditAction.VIEWED, "person", names.keySet().stream().map(PersonId::value).toList(), reason);
        grantedByHolder.forEach((holder, granted) -> granted.forEach(id -> audit.recordInEach(List.of(holder),
                AuditAction.VIEWED, "person", id, reason + " through access grant")));
        return names;
    }
}
