package cymru.cylch.payments;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One step in a claim's history, in order, kept for good. */
public record ClaimEvent(int number, Action action, @Nullable String note, Instant at, @Nullable UUID by) {

    public enum Action { SUBMITTED, RAISED_BY_REVIEW, VERIFIED, SENT_TO_SECOND_CHECK, CONFIRMED, REJECTED, RESUBMITTED,
        WITHDRAWN }
}
