package cymru.cylch.people;

import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;

/**
 * A person's death was recorded. Payments, service agreements and reviews stop from {@code dateOfDeath}:
 * listeners need nothing more than this.
 */
public record PersonDied(PersonId personId, OrganisationId heldBy, LocalDate dateOfDeath) implements OrganisationEvent {

    @Override
    public OrganisationId organisation() {
        return heldBy;
    }

    @Override
    public String key() {
        return "person-died/" + personId;
    }
}
