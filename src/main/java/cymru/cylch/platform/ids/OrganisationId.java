package cymru.cylch.platform.ids;

import java.util.Objects;
import java.util.UUID;

/** A council, health board, provider or consortium, by its id. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "an organisation id needs a value");
    }

    public static OrganisationId of(UUID value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
