package cymru.cylch.people;

import cymru.cylch.outcomes.StatementKind;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An outcome was agreed with a person; monitoring and payments count from here. */
public record PersonalOutcomeAgreed(UUID outcomeId, UUID personId, UUID heldBy, String domain,
                                    StatementKind statementKind, LocalDate agreedOn, @Nullable LocalDate targetDate) {
}
