package cymru.cylch.payments;

import java.util.List;

/** A rate card (or participants) that cannot be simulated, with every fault found, not just the first. */
public class InvalidRateCard extends RuntimeException {

    private final transient List<RateCardFault> faults;

    public InvalidRateCard(List<RateCardFault> faults) {
        super(faults.size() + " fault(s) in the rate card: "
                + faults.stream().map(RateCardFault::code).toList());
        this.faults = List.copyOf(faults);
    }

    public List<RateCardFault> faults() {
        return faults;
    }
}
