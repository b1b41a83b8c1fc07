/**
 * The language of outcomes, shared by every module where outcomes are written (personal outcomes, service
 * specifications, logic models): telling an outcome from an output, a process or an input.
 */
@ApplicationModule(displayName = "Outcomes", allowedDependencies = {"platform::web", "platform::security",
        "platform::reference"})
@NullMarked
package cymru.cylch.outcomes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
