/**
 * Contracts: how a commissioner secures services (block contracts, framework agreements and their call-offs,
 * dynamic purchasing systems, spot purchases, service level agreements, grants), each with its model, term, values,
 * lots, parties, the outcomes it is for and its payment terms, varied only by new versions; and service agreements,
 * one person's support from one provider under a contract, which open the person's record to the provider for as
 * long as they run.
 */
@ApplicationModule(displayName = "Contracts", allowedDependencies = {"people", "organisations", "outcomes",
        "platform::security", "platform::rules", "platform::audit", "platform::web", "platform::database",
        "platform::time", "platform::reference", "platform::documents", "platform::ids", "platform::events",
        "platform::money"})
@NullMarked
package cymru.cylch.contracts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
