package cymru.cylch.market;

import java.util.Objects;
import java.util.UUID;

/** A provider's proposal for a support request, by its id. */
public record ProposalId(UUID value) {

    public ProposalId {
        Objects.requireNonNull(value, "ProposalId needs a value");
    }

    public static ProposalId of(UUID value) {
        return new ProposalId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
