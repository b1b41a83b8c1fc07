package cymru.cylch.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An invitation's life, as a plain rule: both sides say yes before anyone joins, and nothing reopens. */
class InvitationTest {

    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final UUID admin = UUID.randomUUID();

    @Test
    void aCouncilAccountJoinsOnlyWhenItHasAcceptedAndItsCouncilHasApproved() {
        Invitation invitation = invitation(true);

        assertThat(invitation.readyToJoin()).isFalse();
        assertThatThrownBy(() -> invitation.approve(admin, now)).isInstanceOf(IllegalStateException.class);
        invitation.accept(now);
        assertThat(invitation.readyToJoin()).isFalse();
        invitation.approve(admin, now);
        assertThat(invitation.readyToJoin()).isTrue();
    }

    @Test
    void aProvidersAccountJoinsWhenItAccepts() {
        Invitation invitation = invitation(false);

        invitation.accept(now);

        assertThat(invitation.readyToJoin()).isTrue();
        assertThatThrownBy(() -> invitation.approve(admin, now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClosedOrExpiredInvitationCannotBeAnswered() {
        Invitation declined = invitation(false);
        declined.decline(now);
        Invitation old = invitation(false);
        Instant later = now.plus(Duration.ofDays(15));

        assertThat(declined.status()).isEqualTo(Invitation.Status.DECLINED);
        assertThatThrownBy(() -> declined.accept(now)).isInstanceOf(IllegalStateException.class);
        assertThat(old.isOpenAt(later)).isFalse();
        assertThatThrownBy(() -> old.accept(later)).isInstanceOf(IllegalStateException.class);
        old.expire(later);
        assertThat(old.status()).isEqualTo(Invitation.Status.EXPIRED);
    }

    @Test
    void anInvitationOffersAtLeastOneRole() {
        assertThatThrownBy(() -> new Invitation(UUID.randomUUID(), "someone", null, false, Set.of(), admin, now,
                now.plus(Duration.ofDays(14)))).isInstanceOf(IllegalArgumentException.class);
    }

    private Invitation invitation(boolean needsApproval) {
        return new Invitation(UUID.randomUUID(), "Someone", UUID.randomUUID(), needsApproval,
                EnumSet.of(Role.PROVIDER_USER), admin, now, now.plus(Duration.ofDays(14)));
    }
}
