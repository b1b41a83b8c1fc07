package cymru.cylch.organisations.web;

import cymru.cylch.organisations.NewUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A new user of an organisation. */
record UserForm(
        @SingleLineText @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String username,
        @Email @Size(max = 254) @Nullable String email,
        @NotEmpty Set<Role> roles,
        @NotBlank String initialPassword) {

    static UserForm blank() {
        return new UserForm("", "", null, EnumSet.noneOf(Role.class), "");
    }

    NewUser toNewUser() {
        return new NewUser(username, displayName, email, roles, initialPassword);
    }
}
