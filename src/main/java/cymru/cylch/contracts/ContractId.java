package cymru.cylch.contracts;

import java.util.Objects;
import java.util.UUID;

/** A contract, by its id. */
public record ContractId(UUID value) {

    public ContractId {
        Objects.requireNonNull(value, "ContractId needs a value");
    }

    public static ContractId of(UUID value) {
        return new ContractId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
