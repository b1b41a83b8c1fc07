package cymru.cylch.people;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An access grant as recorded: who holds the record, who may read which parts of it, and for which days. */
public record AccessGrant(UUID id, PersonId person, OrganisationId heldBy, OrganisationId grantedTo,
                          Set<AccessPart> parts, LocalDate from, @Nullable LocalDate until, String source) {

    /** Whether the grant is in force on this day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
