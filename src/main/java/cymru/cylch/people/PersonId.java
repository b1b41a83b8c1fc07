package cymru.cylch.people;

import java.util.Objects;
import java.util.UUID;

/** A person whose care and support an organisation holds the record of, by its id. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "PersonId needs a value");
    }

    public static PersonId of(UUID value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
