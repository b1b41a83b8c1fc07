/**
 * Payments: paying providers for outcomes under Model 2 and for the fixed part of every contract. So far the
 * council's ledger (append-only double entry that every posted payment goes through, with a trial balance for
 * finance systems) and rate cards (the prices of outcomes, their prerequisites and sustainment, an up-front share
 * and a per-participant cap) with the simulator that shows what a card pays for given histories, storing nothing.
 * Stored rate cards, claims, their verification and the monthly payment run build on these.
 */
@ApplicationModule(displayName = "Payments", allowedDependencies = {"organisations", "contracts", "people", "outcomes",
        "measurement", "platform::security",
        "platform::rules", "platform::audit", "platform::web", "platform::database", "platform::time",
        "platform::ids", "platform::money", "platform::documents", "platform::events"})
@NullMarked
package cymru.cylch.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
