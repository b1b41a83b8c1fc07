package cymru.cylch.platform.web;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.util.Set;

/**
 * A place in Cylch that a module offers in the header and on the home page. Modules declare these as beans.
 * Words come from {@code <messageKey>} and {@code <messageKey>.description}; where some of those who see it may
 * only read there, those without one of the {@code changers} roles get {@code <messageKey>.description.read}
 * instead, so that the home page offers no one what they may not do.
 *
 * @param visibleTo roles that see it; empty means every signed-in user
 * @param changers roles that may do everything the description offers; empty means everyone who sees it
 * @param organisationKinds the kinds of organisation ({@code COUNCIL}, {@code PROVIDER}, ...) whose members see it;
 *                          empty means every kind (an administrator of a provider is not offered a council's pages)
 */
public record NavigationItem(String messageKey, String path, Set<Role> visibleTo, int order, Set<Role> changers,
                             Set<String> organisationKinds) {

    public NavigationItem {
        visibleTo = Set.copyOf(visibleTo);
        changers = Set.copyOf(changers);
        organisationKinds = Set.copyOf(organisationKinds);
    }

    /** A place for every kind of organisation. */
    public NavigationItem(String messageKey, String path, Set<Role> visibleTo, int order, Set<Role> changers) {
        this(messageKey, path, visibleTo, order, changers, Set.of());
    }

    /** A place where everyone who sees it may do everything its description says. */
    public NavigationItem(String messageKey, String path, Set<Role> visibleTo, int order) {
        this(messageKey, path, visibleTo, order, Set.of(), Set.of());
    }

    public boolean visibleTo(CylchUser user) {
        return (visibleTo.isEmpty() || visibleTo.stream().anyMatch(user::hasRole))
                && (organisationKinds.isEmpty() || organisationKinds.contains(user.organisation().organisationKind()));
    }

    /** The message key of the description this user should read. */
    public String descriptionKey(CylchUser user) {
        boolean mayChange = changers.isEmpty() || changers.stream().anyMatch(user::hasRole);
        return messageKey + (mayChange ? ".description" : ".description.read");
    }
}
