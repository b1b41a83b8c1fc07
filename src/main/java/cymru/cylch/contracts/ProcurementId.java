package cymru.cylch.contracts;

import java.util.Objects;
import java.util.UUID;

/** A procurement (a tender), by its id. */
public record ProcurementId(UUID value) {

    public ProcurementId {
        Objects.requireNonNull(value, "ProcurementId needs a value");
    }

    public static ProcurementId of(UUID value) {
        return new ProcurementId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
