package cymru.cylch.organisations.web;

import cymru.cylch.platform.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.EnumSet;
import java.util.Set;

/** An existing user (of another organisation) to add as a member. */
record MemberForm(@NotBlank String username, @NotEmpty Set<Role> roles) {

    static MemberForm blank() {
        return new MemberForm("", EnumSet.noneOf(Role.class));
    }
}
