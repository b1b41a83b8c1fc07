package cymru.cylch.payments;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A participant achieved an outcome of the rate card on a day and, perhaps, kept it up until another.
 *
 * @param outcome        the rate card outcome's code
 * @param achievedOn     when it was achieved
 * @param sustainedUntil the last day it is known to have lasted; absent means not known to have lasted at all
 */
public record OutcomeEvent(String outcome, LocalDate achievedOn, @Nullable LocalDate sustainedUntil) {
}
