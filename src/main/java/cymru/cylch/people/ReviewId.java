package cymru.cylch.people;

import java.util.Objects;
import java.util.UUID;

/** One review of a personal outcome, by its id. */
public record ReviewId(UUID value) {

    public ReviewId {
        Objects.requireNonNull(value, "ReviewId needs a value");
    }

    public static ReviewId of(UUID value) {
        return new ReviewId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
