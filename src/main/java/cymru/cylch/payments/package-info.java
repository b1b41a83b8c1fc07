/**
 * Paying for outcomes (Model 2): what a provider is paid for the outcomes people achieve. So far only rate cards
 * (the prices of outcomes, their prerequisites and sustainment, an up-front share and a per-participant cap) and
 * the simulator that shows what a card pays for given histories, storing nothing. Claims, payment runs, the
 * ledger and social impact bonds (issue 12) are to come; until then the module stands on the platform alone.
 */
@ApplicationModule(displayName = "Payments", allowedDependencies = {"platform::money", "platform::web",
        "platform::security"})
@NullMarked
package cymru.cylch.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
