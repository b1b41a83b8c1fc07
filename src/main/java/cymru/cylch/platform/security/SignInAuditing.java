package cymru.cylch.platform.security;

import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records failed sign-in and sign-out in the audit log, and settles each claimed password attempt
 * ({@link Credentials#claimAttempt}, counted as failed before the password was checked): a wrong password locks
 * the account if it was the last attempt allowed. An attempt refused because the account is already throttled was
 * never claimed, so it does not count. Wrong second-factor codes are counted in {@link SecondFactors}. A right
 * password clears nothing: a sign-in is recorded, and the count cleared, only when it is complete, after any
 * second step ({@link SignInCompletion}).
 */
@Component
class SignInAuditing {

    private final AuditLog audit;
    private final AccountAuditing accounts;
    private final Credentials credentials;
    private final AccountDirectory directory;

    SignInAuditing(AuditLog audit, AccountAuditing accounts, Credentials credentials, AccountDirectory directory) {
        this.audit = audit;
        this.accounts = accounts;
        this.credentials = credentials;
        this.directory = directory;
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        var account = directory.findByUsername(username);
        String reason = event.getException().getClass().getSimpleName();
        if (account.isEmpty()) {
            audit.record(new Actor(null, null, null, AuditChannel.WEB), AuditAction.SIGN_IN_FAILED, "user", null,
                    reason);
            return;
        }
        var known = account.get();
        var organisationId = known.memberships().stream().findFirst().map(Membership::organisationId).orElse(null);
        Actor actor = new Actor(known.userId(), known.username(), organisationId, AuditChannel.WEB);
        accounts.record(actor, AuditAction.SIGN_IN_FAILED, known.userId(), reason);
        if (event.getException() instanceof BadCredentialsException && credentials.recordFailure(known.userId())) {
            accounts.record(actor, AuditAction.ACCOUNT_LOCKED, known.userId(), "repeated failures");
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CylchUser user) {
            audit.record(CurrentActor.of(event.getAuthentication()), AuditAction.SIGNED_OUT, "user",
                    user.userId().toString(), null);
        }
    }
}
