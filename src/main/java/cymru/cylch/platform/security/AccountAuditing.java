package cymru.cylch.platform.security;

import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Events on an account (sign-in, failures, lockout, password and second-factor changes) go into the audit log of
 * every organisation the account belongs to, as well as the actor's, so no organisation misses what happens to
 * an account that acts for it.
 */
@Component
public class AccountAuditing {

    private final AuditLog audit;
    private final AccountDirectory directory;

    AccountAuditing(AuditLog audit, AccountDirectory directory) {
        this.audit = audit;
        this.directory = directory;
    }

    public void record(Actor actor, AuditAction action, UUID userId, @Nullable String reason) {
        audit.recordInEach(actor, organisationsOf(userId), action, "user", userId, reason);
    }

    /** As {@link #record(Actor, AuditAction, UUID, String)}, by whoever is acting in this request. */
    public void record(AuditAction action, UUID userId, @Nullable String reason) {
        audit.recordInEach(organisationsOf(userId), action, "user", userId, reason);
    }

    private List<UUID> organisationsOf(UUID userId) {
        return directory.findById(userId)
                .map(a -> a.memberships().stream().map(Membership::organisationId).toList())
                .orElse(List.of());
    }
}
