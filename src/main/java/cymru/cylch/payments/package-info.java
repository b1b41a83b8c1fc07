/**
 * Payments: paying providers for outcomes under Model 2 and for the fixed part of every contract. So far the
 * council's ledger: append-only double entry that every posted payment goes through, with a trial balance for
 * finance systems. Rate cards, claims, their verification and the monthly payment run build on it.
 */
@ApplicationModule(displayName = "Payments", allowedDependencies = {"organisations", "platform::security",
        "platform::rules", "platform::audit", "platform::web", "platform::database", "platform::time",
        "platform::ids", "platform::money"})
@NullMarked
package cymru.cylch.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
