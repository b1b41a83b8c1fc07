package cymru.cylch.contracts;

import java.time.Instant;

/**
 * The stage a procurement is at, each with its own actions: drafted; published and open for bids; closed (bids
 * sealed from providers and opened to the evaluators); evaluated (every evaluator has scored every bid on every
 * criterion they score); moderated (the moderator has agreed every score); awarded, with the standstill running;
 * concluded, the contract let.
 */
public enum ProcurementStage {
    DRAFT,
    PUBLISHED,
    CLOSED,
    EVALUATED,
    MODERATED,
    STANDSTILL,
    CONCLUDED;

    /**
     * The stage from the recorded status, whether bidding has closed at {@code now}, and how far scoring has come.
     */
    public static ProcurementStage of(ProcurementStatus status, Instant closesAt, Instant now, boolean evaluated,
                                      boolean moderated) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case AWARDED -> STANDSTILL;
            case CONCLUDED -> CONCLUDED;
            case PUBLISHED -> {
                if (now.isBefore(closesAt)) {
                    yield PUBLISHED;
                }
                if (moderated) {
                    yield MODERATED;
                }
                yield evaluated ? EVALUATED : CLOSED;
            }
        };
    }

    /** Whether providers may still bid, change or withdraw bids. */
    public boolean openForBids() {
        return this == PUBLISHED;
    }

    /** Whether bids have been opened to the council (after closing). */
    public boolean bidsOpened() {
        return ordinal() >= CLOSED.ordinal();
    }

    /** Whether evaluators may still score (closed, not yet moderated). */
    public boolean scoring() {
        return this == CLOSED || this == EVALUATED;
    }
}
