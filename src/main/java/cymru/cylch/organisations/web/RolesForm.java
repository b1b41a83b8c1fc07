package cymru.cylch.organisations.web;

import cymru.cylch.platform.security.Role;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

/** The roles a member holds in the organisation. */
record RolesForm(@NotEmpty Set<Role> roles) {
}
