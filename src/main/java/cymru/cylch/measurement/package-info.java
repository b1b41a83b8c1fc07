/**
 * Measuring outcomes with instruments: standard ones shipped with Cylch (WEMWBS, SWEMWBS, the ASCOT measure of
 * the Adult Social Care Survey) and a council's own, all defined as data (items, response scales, scoring,
 * missing-data rules, wording in English and Welsh, licence and source). The engine scores answers exactly as
 * each definition says; a score that the missing-data rule does not allow is absent, never zero.
 */
@ApplicationModule(displayName = "Measurement", allowedDependencies = {"people", "outcomes", "organisations",
        "platform::security",
        "platform::rules", "platform::web", "platform::audit", "platform::database", "platform::time",
        "platform::documents", "platform::ids", "platform::events"})
@NullMarked
package cymru.cylch.measurement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
