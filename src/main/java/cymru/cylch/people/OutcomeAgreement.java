package cymru.cylch.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What is agreed with a person about one outcome: their words, the framework domain it serves
 * ({@code wales-nof/health}), how everyone will know (indicator), where it starts from (baseline), by when,
 * who contributes (the person, family, community, services), and whether it is genuine and realistic.
 */
public record OutcomeAgreement(String statement, String domain, @Nullable String indicator,
                               @Nullable String baseline, @Nullable LocalDate targetDate,
                               @Nullable String contributors, boolean genuine, boolean realistic) {
}
