package cymru.cylch.people;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person on a care manager's caseload: when their next review is due (none until outcomes are agreed),
 * how many outcomes they have, and how many are at risk (latest review "not achieved", or past their target
 * date without being achieved).
 */
public record CaseloadEntry(UUID personId, String reference, String fullName, @Nullable LocalDate nextReviewDue,
                            boolean overdue, long outcomes, long atRisk) {
}
