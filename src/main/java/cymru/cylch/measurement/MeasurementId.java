package cymru.cylch.measurement;

import java.util.Objects;
import java.util.UUID;

/** One measurement of a person with an instrument, by its id. */
public record MeasurementId(UUID value) {

    public MeasurementId {
        Objects.requireNonNull(value, "MeasurementId needs a value");
    }

    public static MeasurementId of(UUID value) {
        return new MeasurementId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
