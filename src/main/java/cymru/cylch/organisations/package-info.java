/**
 * Councils, health boards, providers and consortia; their users and the roles each user holds in each
 * organisation. Organisations are walls: an administrator manages only their own organisation and the ones
 * it registered, and a user acts for one organisation at a time.
 */
@ApplicationModule(displayName = "Organisations", allowedDependencies = {"platform::security", "platform::rules",
        "platform::audit", "platform::web", "platform::database", "platform::time", "platform::ids",
        "platform::events"})
@NullMarked
package cymru.cylch.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
