/**
 * The demo county: a deterministic, fictional Welsh county at real scale, loaded on first start of the
 * embedded database (or when asked for explicitly). Each module extends the generator; nothing depends on it.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"organisations", "people", "measurement",
        "contracts", "market", "payments", "monitoring", "platform::security", "platform::database", "platform::time",
        "platform::ids", "platform::money", "platform::rules"})
@NullMarked
package cymru.cylch.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
