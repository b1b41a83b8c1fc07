package cymru.cylch.monitoring;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.Remedy;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A sanction on the punitive route, and the power the contract must give for it. A default notice needs none beyond
 * the contract itself. Message keys {@code issue.sanction.<NAME>}.
 */
public enum SanctionKind {
    DEFAULT_NOTICE(null),
    DEDUCTION(Remedy.DEDUCTION),
    SUSPENSION(Remedy.SUSPENSION),
    TERMINATION(Remedy.TERMINATION);

    private final @Nullable Remedy power;

    SanctionKind(@Nullable Remedy power) {
        this.power = power;
    }

    /** The remedy the contract must allow, if any. */
    public Optional<Remedy> power() {
        return Optional.ofNullable(power);
    }

    /** Whether it can be imposed on an issue under the contract (or under none): the contract gives the power. */
    public boolean possibleUnder(@Nullable Contract contract) {
        if (contract == null) {
            return !underContract();
        }
        return power().map(p -> contract.terms().allows(p)).orElse(true);
    }

    /** Whether it is imposed under a contract, so that the issue must name one. */
    public boolean underContract() {
        return this != SUSPENSION;
    }
}
