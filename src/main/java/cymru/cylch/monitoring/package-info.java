/**
 * Monitoring: the Review quadrant of the commissioning cycle. So far a council's performance measures
 * (Results-Based Accountability): defined once or taken from the starter library, attached to the council, its
 * providers, contracts or services; period values computed from Cylch's records or recorded by hand, never
 * overwritten; targets, baselines, ratings against bands, the forecast if nothing changes, and alerts when a period
 * turns red. Providers' returns; Turn the Curve reports; and poor performance: issues, corrective action plans and
 * sanctions that reach payments (deductions), the market (suspension) and contracts (termination).
 */
@ApplicationModule(displayName = "Monitoring", allowedDependencies = {"organisations", "contracts", "people", "market",
        "payments", "platform::security", "platform::rules", "platform::audit", "platform::web", "platform::database",
        "platform::time", "platform::ids", "platform::money", "platform::documents", "platform::reference",
        "platform::events"})
@NullMarked
package cymru.cylch.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
