package cymru.cylch.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bidder is told of the award for its own bid's lot: whether the bid was successful, the standstill's last
 * day, its own moderated total and the successful bids' totals (never who they are), and whether the contract has
 * been let; or that the award was withdrawn and the council will decide again. Nothing before an award.
 */
public record BidOutcome(@Nullable Result result, @Nullable LocalDate standstillEnds, @Nullable BigDecimal ownTotal,
                         List<BigDecimal> successfulTotals, boolean contractLet, boolean awardWithdrawn) {

    /** Whether the bid was awarded its lot. */
    public enum Result { AWARDED, NOT_AWARDED }

    static final BidOutcome NONE = new BidOutcome(null, null, null, List.of(), false, false);
    static final BidOutcome WITHDRAWN = new BidOutcome(null, null, null, List.of(), false, true);

    public BidOutcome {
        successfulTotals = List.copyOf(successfulTotals);
    }

    /** Whether there is anything to tell. */
    public boolean known() {
        return result != null || awardWithdrawn;
    }
}
