package cymru.cylch.platform.security;

import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.ActorResolver;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.database.OrganisationScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells the audit log who is acting: the signed-in user, an API client, or Cylch itself. */
@Component
class CurrentActor implements ActorResolver {

    @Override
    public Actor current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Actor of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CylchUser user) {
            AuditChannel channel = authentication instanceof ApiTokenAuthentication ? AuditChannel.API : AuditChannel.WEB;
            return new Actor(user.userId(), user.getUsername(), user.organisationId(), channel);
        }
        // Work for one organisation with no one signed in (an event listener) is Cylch's, in that organisation's log.
        return OrganisationScope.current().map(organisation -> new Actor(null, null, organisation, AuditChannel.SYSTEM))
                .orElseGet(Actor::system);
    }
}
