package cymru.cylch.people;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.time.Today;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants of access to parts of a person's record for another organisation (people's side of a service agreement
 * or a joint arrangement). Made and ended by the organisation that holds the record, in its scope: by the module
 * that owns the agreement, through this API, as it hears of the agreement's start and end. Granting the same source
 * again changes nothing, so a listener that runs twice grants once. Each grant and end is audited in the holder's
 * and the grantee's logs. The database enforces the grant too: see the read policies in the access grants
 * migration.
 */
@Service
@Transactional
public class PersonAccessGrants {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Today today;

    PersonAccessGrants(JdbcClient jdbc, AuditLog audit, Today today) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.today = today;
    }

    /** Grants access, unless this source already granted it; returns the grant as recorded. */
    public AccessGrant grant(NewAccessGrant request) {
        UUID heldBy = jdbc.sql("select held_by from person where id = ?").param(request.person().value())
                .query(UUID.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("person", request.person()));
        if (request.parts().isEmpty()) {
            throw new RuleViolationException("accessGrant.parts.none");
        }
        if (request.grantedTo().value().equals(heldBy)) {
            throw new RuleViolationException("accessGrant.grantee.holder");
        }
        LocalDate until = request.until();
        if (until != null && until.isBefore(request.from())) {
            throw new RuleViolationException("accessGrant.until.beforeFrom");
        }
        int made = jdbc.sql("""
                        insert into person_access_grant (id, person_id, held_by, granted_to, parts, valid_from, valid_until,
                                                         source, created_at)
                        values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?)
                        on conflict (source, person_id, granted_to) do nothing""")
                .params(UUID.randomUUID(), request.person().value(), heldBy, request.grantedTo().value(),
                        partsArray(request.parts()), Date.valueOf(request.from()),
                        until == null ? null : Date.valueOf(until), request.source(),
                        Timestamp.from(today.now()))
                .update();
        AccessGrant grant = find(request.person(), request.grantedTo(), request.source()).orElseThrow();
        if (made == 1) {
            audit.recordInEach(List.of(heldBy, request.grantedTo().value()), AuditAction.CREATED,
                    "person-access-grant", grant.id(), "for " + request.person() + " from " + request.source());
        }
        return grant;
    }

    /**
     * Ends a grant on {@code lastDay} (it is in force that day and not after). Ending it again, or later than an
     * earlier end, changes nothing.
     */
    public void end(PersonId person, OrganisationId grantedTo, String source, LocalDate lastDay) {
        AccessGrant grant = find(person, grantedTo, source)
                .orElseThrow(() -> new RecordNotFoundException("person-access-grant", source));
        int changed = jdbc.sql("""
                        update person_access_grant
                        set valid_until = greatest(valid_from, ?), ended_at = ?
                        where id = ? and (valid_until is null or valid_until > ?)""")
                .params(Date.valueOf(lastDay), Timestamp.from(today.now()), grant.id(), Date.valueOf(lastDay))
                .update();
        if (changed == 1) {
            audit.recordInEach(List.of(grant.heldBy().value(), grantedTo.value()), AuditAction.CHANGED,
                    "person-access-grant", grant.id(), "ended after " + lastDay);
        }
    }

    /** The grant in force today through which {@code grantee} may read {@code part} of the person's record. */
    @Transactional(readOnly = true)
    public Optional<AccessGrant> inForce(OrganisationId grantee, PersonId person, AccessPart part) {
        LocalDate day = today.date();
        return grantsTo(grantee, person).stream().filter(g -> g.inForceOn(day) && g.parts().contains(part))
                .findFirst();
    }

    /** Every grant to {@code grantee} for the person, in force or not. */
    @Transactional(readOnly = true)
    public List<AccessGrant> grantsTo(OrganisationId grantee, PersonId person) {
        return jdbc.sql(SELECT + " where granted_to = ? and person_id = ? order by valid_from, id")
                .params(grantee.value(), person.value()).query(PersonAccessGrants::grant).list();
    }

    /** The grants in force today to {@code grantee}, one per person and source. */
    @Transactional(readOnly = true)
    public List<AccessGrant> inForceFor(OrganisationId grantee) {
        Date day = Date.valueOf(today.date());
        return jdbc.sql(SELECT + """
                         where granted_to = ? and valid_from <= ? and (valid_until is null or valid_until >= ?)
                        order by person_id, valid_from""")
                .params(grantee.value(), day, day).query(PersonAccessGrants::grant).list();
    }

    private Optional<AccessGrant> find(PersonId person, OrganisationId grantedTo, String source) {
        return jdbc.sql(SELECT + " where person_id = ? and granted_to = ? and source = ?")
                .params(person.value(), grantedTo.value(), source).query(PersonAccessGrants::grant).optional();
    }

    private static final String SELECT = """
            select id, person_id, held_by, granted_to, parts, valid_from, valid_until, source
            from person_access_grant""";

    private static AccessGrant grant(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("valid_until");
        return new AccessGrant(rs.getObject("id", UUID.class), PersonId.of(rs.getObject("person_id", UUID.class)),
                OrganisationId.of(rs.getObject("held_by", UUID.class)),
                OrganisationId.of(rs.getObject("granted_to", UUID.class)), parts(rs.getArray("parts")),
                rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(),
                rs.getString("source"));
    }

    private static Set<AccessPart> parts(Array array) throws SQLException {
        Set<AccessPart> parts = EnumSet.noneOf(AccessPart.class);
        Arrays.stream((String[]) array.getArray()).map(AccessPart::valueOf).forEach(parts::add);
        return parts;
    }

    private static String partsArray(Set<AccessPart> parts) {
        return parts.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }
}
