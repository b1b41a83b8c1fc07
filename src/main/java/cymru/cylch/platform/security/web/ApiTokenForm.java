package cymru.cylch.platform.security.web;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new API token: a name to recognise it by, how long it lasts, and which of the user's roles it carries. */
record ApiTokenForm(
        @SingleLineText @NotBlank @Size(max = 100) String name,
        @NotNull @Min(1) @Max(365) Integer validDays,
        @NotEmpty Set<Role> roles) {

    static ApiTokenForm defaults(Set<Role> roles) {
        return new ApiTokenForm("", 90, roles);
    }
}
