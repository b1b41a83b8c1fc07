package cymru.cylch.organisations;

import cymru.cylch.platform.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A new user for an organisation, with a first password they must change at first sign-in. */
public record NewUser(String username, String displayName, @Nullable String email, Set<Role> roles,
                      String initialPassword) {
}
