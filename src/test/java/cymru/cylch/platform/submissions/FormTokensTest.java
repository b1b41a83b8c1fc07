package cymru.cylch.platform.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.CylchIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Form tokens on their own: spent once, only by their user, only while valid, and cleaned up afterwards. */
@CylchIntegrationTest
class FormTokensTest {

    private static final Duration VALID_FOR = Duration.ofHours(12);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsSpentOnceAndOnlyByItsUser() {
        var tokens = at(Instant.parse("2026-12-01T09:00:00Z"));
        UUID user = UUID.randomUUID();
        String token = tokens.issue(user);

        assertThat(tokens.spend(token, UUID.randomUUID())).isInstanceOf(FormTokens.Spending.Unusable.class);
        var first = tokens.spend(token, user);
        assertThat(first).isInstanceOf(FormTokens.Spending.Fresh.class);
        tokens.recordResult(((FormTokens.Spending.Fresh) first).tokenId(), "/people/1234#outcomes");
        assertThat(tokens.spend(token, user))
                .isEqualTo(new FormTokens.Spending.AlreadySent("/people/1234#outcomes"));
        assertThat(tokens.spend("not a token", user)).isInstanceOf(FormTokens.Spending.Unusable.class);
        assertThat(tokens.spend(null, user)).isInstanceOf(FormTokens.Spending.Unusable.class);
    }

    @Test
    void aReleasedTokenMayBeSpentAgain() {
        var tokens = at(Instant.parse("2026-12-01T09:00:00Z"));
        UUID user = UUID.randomUUID();
        String token = tokens.issue(user);

        var first = (FormTokens.Spending.Fresh) tokens.spend(token, user);
        tokens.release(first.tokenId());

        assertThat(tokens.spend(token, user)).isInstanceOf(FormTokens.Spending.Fresh.class);
    }

    @Test
    void aTokenOlderThanASessionIsRefusedAndSpentOnesAreCleanedUpAfterThat() {
        Instant issued = Instant.parse("2026-11-01T09:00:00Z");
        UUID user = UUID.randomUUID();
        String stale = at(issued).issue(user);
        String spent = at(issued).issue(user);
        at(issued.plusSeconds(60)).spend(spent, user);
        String tokenId = spent.substring(0, spent.indexOf('.'));
        var later = at(issued.plus(VALID_FOR).plusSeconds(1));

        assertThat(later.spend(stale, user)).isInstanceOf(FormTokens.Spending.Unusable.class);
        assertThat(later.removeExpired()).isPositive();
        assertThat(jdbc.sql("select count(*) from form_submission where token_id = ?").param(tokenId)
                .query(Integer.class).single()).isZero();
        // Even with its row gone, the old token cannot be spent again.
        assertThat(later.spend(spent, user)).isInstanceOf(FormTokens.Spending.Unusable.class);
    }

    private FormTokens at(Instant now) {
        return new FormTokens(jdbc, Clock.fixed(now, ZoneOffset.UTC), VALID_FOR);
    }
}
