package cymru.cylch.payments;

import java.util.Objects;
import java.util.UUID;

/** An entry in a council's ledger, by its id. */
public record LedgerEntryId(UUID value) {

    public LedgerEntryId {
        Objects.requireNonNull(value, "LedgerEntryId needs a value");
    }

    public static LedgerEntryId of(UUID value) {
        return new LedgerEntryId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
