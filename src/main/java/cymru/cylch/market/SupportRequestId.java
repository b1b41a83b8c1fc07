package cymru.cylch.market;

import java.util.Objects;
import java.util.UUID;

/** A support request, by its id. */
public record SupportRequestId(UUID value) {

    public SupportRequestId {
        Objects.requireNonNull(value, "SupportRequestId needs a value");
    }

    public static SupportRequestId of(UUID value) {
        return new SupportRequestId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
