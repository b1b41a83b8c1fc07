package cymru.cylch.people;

import java.util.Objects;
import java.util.UUID;

/** A personal outcome agreed with a person, by its id. */
public record OutcomeId(UUID value) {

    public OutcomeId {
        Objects.requireNonNull(value, "OutcomeId needs a value");
    }

    public static OutcomeId of(UUID value) {
        return new OutcomeId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
