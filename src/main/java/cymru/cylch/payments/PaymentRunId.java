package cymru.cylch.payments;

import java.util.Objects;
import java.util.UUID;

/** A council’s monthly payment run, by its id. */
public record PaymentRunId(UUID value) {

    public PaymentRunId {
        Objects.requireNonNull(value, "PaymentRunId needs a value");
    }

    public static PaymentRunId of(UUID value) {
        return new PaymentRunId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
