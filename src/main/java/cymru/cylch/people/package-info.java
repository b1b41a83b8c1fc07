/**
 * People who have care and support: who they are, how to reach them, their language and communication
 * needs, consent, and the people who matter to them. Only the organisation that holds a person's record
 * sees it, and every view of it is audited. Assessments, personal outcomes, support plans and reviews
 * build on this.
 */
@ApplicationModule(displayName = "People", allowedDependencies = {"outcomes", "organisations", "platform::security",
        "platform::rules", "platform::audit", "platform::web", "platform::database", "platform::time",
        "platform::reference", "platform::documents", "platform::ids", "platform::events", "platform::money"})
@NullMarked
package cymru.cylch.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
