package cymru.cylch.organisations;

import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.security.SessionTermination;
import cymru.cylch.platform.time.Today;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disables an account the platform found dormant: the account's own record changes here, where accounts belong.
 * Each of its organisations' audit logs records it (as Cylch itself, on the system channel), so their
 * administrators see it, and the account's sessions end.
 */
@Component
class DormantAccountDisabling {

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final AuditLog audit;
    private final SessionTermination sessions;
    private final Clock clock;

    DormantAccountDisabling(JdbcClient jdbc, UserAccounts users, AuditLog audit, SessionTermination sessions,
                            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    boolean disable(UUID userId, Instant unusedSince) {
        int changed = jdbc.sql("""
                        update app_user set enabled = false, updated_at = ?, updated_by = null, version = version + 1
                        where id = ? and enabled""")
                .params(Timestamp.from(clock.instant()), userId).update();
        if (changed == 0) {
            return false;
        }
        UserAccount user = users.findById(userId).orElseThrow();
        String reason = "disabled: no sign-in since " + LocalDate.ofInstant(unusedSince, Today.ZONE);
        for (UUID organisationId : user.rolesByOrganisation().keySet()) {
            audit.record(new Actor(null, null, organisationId, AuditChannel.SYSTEM), AuditAction.CHANGED, "user",
                    userId.toString(), reason);
        }
        sessions.endAllSessionsOf(user.username());
        return true;
    }
}
