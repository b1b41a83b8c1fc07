package cymru.cylch.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * One evaluator's score of one bid on one criterion, on the published 0 to 5 scale, with the comment that justifies
 * it. Scores are history: scoring again adds a score, and the latest counts.
 */
public record EvaluationScore(UUID bid, int criterion, UUID evaluator, int score, String comment, Instant scoredAt) {
}
