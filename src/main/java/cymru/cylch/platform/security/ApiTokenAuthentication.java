package cymru.cylch.platform.security;

import java.io.Serial;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a bearer API token, acting for the token's user, organisation and roles. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CylchUser user;
    private final UUID tokenId;

    ApiTokenAuthentication(CylchUser user, UUID tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    UUID tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public CylchUser getPrincipal() {
        return user;
    }
}
