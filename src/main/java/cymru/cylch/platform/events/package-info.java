/**
 * Events between modules that listeners can rely on. Every such event belongs to one organisation
 * ({@link cymru.cylch.platform.events.OrganisationEvent}); a method marked
 * {@link cymru.cylch.platform.events.OrganisationEventListener} runs after the publishing transaction commits, on
 * another thread, in that organisation's data scope, in a transaction of its own, and at most once per event
 * even when Spring Modulith's registry republishes it after a restart or on several nodes.
 */
@NamedInterface("events")
@NullMarked
package cymru.cylch.platform.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
