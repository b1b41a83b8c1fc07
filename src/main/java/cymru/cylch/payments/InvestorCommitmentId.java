package cymru.cylch.payments;

import java.util.Objects;
import java.util.UUID;

/** An investor's commitment to a social impact bond, by its id. */
public record InvestorCommitmentId(UUID value) {

    public InvestorCommitmentId {
        Objects.requireNonNull(value, "InvestorCommitmentId needs a value");
    }

    public static InvestorCommitmentId of(UUID value) {
        return new InvestorCommitmentId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
