package cymru.cylch.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's death was recorded. Payments, service agreements and reviews stop from {@code dateOfDeath}:
 * listeners need nothing more than this.
 */
public record PersonDied(UUID personId, UUID heldBy, LocalDate dateOfDeath) {
}
