package cymru.cylch.contracts;

import java.util.Objects;
import java.util.UUID;

/** A service agreement, by its id. */
public record ServiceAgreementId(UUID value) {

    public ServiceAgreementId {
        Objects.requireNonNull(value, "ServiceAgreementId needs a value");
    }

    public static ServiceAgreementId of(UUID value) {
        return new ServiceAgreementId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
