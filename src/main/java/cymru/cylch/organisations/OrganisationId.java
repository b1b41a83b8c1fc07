package cymru.cylch.organisations;

import java.util.UUID;

/** Typed id of an organisation. */
public record OrganisationId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
