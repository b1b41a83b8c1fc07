package cymru.cylch.people;

import java.util.Objects;
import java.util.UUID;

/** One revision of a person's support plan, by its id. */
public record SupportPlanId(UUID value) {

    public SupportPlanId {
        Objects.requireNonNull(value, "SupportPlanId needs a value");
    }

    public static SupportPlanId of(UUID value) {
        return new SupportPlanId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
