package cymru.cylch.platform.web;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.util.Set;

/**
 * A place in Cylch that a module offers in the header and on the home page. Modules declare these as beans.
 * Words come from {@code <messageKey>} and {@code <messageKey>.description}.
 *
 * @param visibleTo roles that see it; empty means every signed-in user
 */
public record NavigationItem(String messageKey, String path, Set<Role> visibleTo, int order) {

    public NavigationItem {
        visibleTo = Set.copyOf(visibleTo);
    }

    public boolean visibleTo(CylchUser user) {
        return visibleTo.isEmpty() || visibleTo.stream().anyMatch(user::hasRole);
    }
}
