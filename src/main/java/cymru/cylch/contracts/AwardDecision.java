package cymru.cylch.contracts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The award of one lot to one bid, in a round of award, with the reason (required when the bid chosen is not the
 * highest scoring), who decided and when.
 */
public record AwardDecision(int round, int lot, UUID bid, @Nullable String reason, UUID decidedBy,
                            Instant decidedAt) {
}
