package cymru.cylch.monitoring;

import java.util.Objects;
import java.util.UUID;

/** A performance measure, by its id. */
public record MeasureId(UUID value) {

    public MeasureId {
        Objects.requireNonNull(value, "MeasureId needs a value");
    }

    public static MeasureId of(UUID value) {
        return new MeasureId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
