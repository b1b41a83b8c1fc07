package cymru.cylch.contracts;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The commissioner's choice for one lot: the bid awarded and, when it is not the highest scoring, why. */
public record AwardChoice(int lot, UUID bid, @Nullable String reason) {
}
