package cymru.cylch.contracts;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A score as an evaluator or the moderator gives it: the bid, the criterion's number, the score (0 to 5) and the
 * comment (an evaluator's justification, or the moderator's reason).
 */
public record ScoreEntry(UUID bid, int criterion, int score, @Nullable String comment) {
}
