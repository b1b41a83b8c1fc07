package cymru.cylch.payments;

import java.util.Objects;
import java.util.UUID;

/** A provider’s claim for an outcome, by its id. */
public record ClaimId(UUID value) {

    public ClaimId {
        Objects.requireNonNull(value, "ClaimId needs a value");
    }

    public static ClaimId of(UUID value) {
        return new ClaimId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
