package cymru.cylch.people;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Access to parts of a person's record for another organisation, from a day until a day (open-ended if
 * {@code until} is absent), because of {@code source}: what gave rise to it, such as
 * {@code service-agreement/<id>}. The same source, person and organisation make one grant.
 */
public record NewAccessGrant(PersonId person, OrganisationId grantedTo, Set<AccessPart> parts, LocalDate from,
                             @Nullable LocalDate until, String source) {

    public NewAccessGrant {
        parts = Set.copyOf(parts);
    }
}
