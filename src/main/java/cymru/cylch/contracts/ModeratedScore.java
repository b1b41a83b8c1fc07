package cymru.cylch.contracts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The score the moderator agreed for one bid on one criterion, with the reason where the evaluators differed. The
 * award is decided on these. History: moderating again adds one, and the latest counts.
 */
public record ModeratedScore(UUID bid, int criterion, int score, @Nullable String reason, UUID moderatedBy,
                             Instant moderatedAt) {
}
