package cymru.cylch.contracts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One version of a contract's terms, as made: the first as let, later ones by variation, each with its reason. */
public record ContractVersion(int number, ContractTerms terms, String reason, Instant madeAt,
                              @Nullable UUID madeBy) {
}
