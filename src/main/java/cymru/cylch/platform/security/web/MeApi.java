package cymru.cylch.platform.security.web;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: lets a machine client check its token before it sends anything. */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Identity")
class MeApi {

    /** The caller, the organisation it acts for, and the roles it holds there. */
    record Me(UUID userId, String username, UUID organisationId, String organisationName, Set<Role> roles) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The calling user or token: organisation and roles in effect")
    Me me(@AuthenticationPrincipal CylchUser user) {
        return new Me(user.userId(), user.getUsername(), user.organisationId(), user.organisation().organisationName(),
                user.roles());
    }
}
