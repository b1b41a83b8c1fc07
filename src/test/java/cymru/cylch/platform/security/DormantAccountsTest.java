package cymru.cylch.platform.security;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts unused for the dormant period (90 days) are disabled by the daily check, audited for administrators. */
@CylchIntegrationTest
class DormantAccountsTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    DormantAccounts dormant;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anAccountUnusedForTheDormantPeriodIsDisabledAndTheAdministratorsToldOnce() {
        var stale = fixture.user(DEMO_COUNCIL, Role.BROKER);
        var neverUsed = fixture.user(DEMO_COUNCIL, Role.AUDITOR);
        var recent = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession session = new WebSession(port);
        session.signIn(stale.username(), PASSWORD);
        jdbc.update("update credential set created_at = now() - interval '200 days', "
                + "last_signed_in_at = now() - interval '91 days' where user_id = ?", stale.id());
        jdbc.update("update credential set created_at = now() - interval '91 days' where user_id = ?", neverUsed.id());
        jdbc.update("update credential set created_at = now() - interval '200 days', "
                + "last_signed_in_at = now() - interval '89 days' where user_id = ?", recent.id());

        assertThat(dormant.disableDormant()).isGreaterThanOrEqualTo(2);

        assertThat(enabled(stale.id())).isFalse();
        assertThat(enabled(neverUsed.id())).isFalse();
        assertThat(enabled(recent.id())).isTrue();
        assertThat(WebSession.redirectsTo(session.get("/"), "/sign-in")).as("its sessions ended").isTrue();
        assertThat(WebSession.redirectsTo(new WebSession(port).signIn(stale.username(), PASSWORD), "/sign-in?error"))
                .isTrue();
        // The UK date of the instant 91 days ago, not 91 days before today: late in a winter evening the instant
        // falls in summer time, an hour later, and so possibly on the next day.
        LocalDate since = LocalDate.ofInstant(java.time.Instant.now().minus(java.time.Duration.ofDays(91)),
                ZoneId.of("Europe/London"));
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", stale.id().toString()))
                .filteredOn(e -> e.channel() == AuditChannel.SYSTEM && e.reason() != null
                        && e.reason().startsWith("disabled"))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("disabled: no sign-in since " + since));
        assertThat(dormant.dormancy(stale.id())).hasValueSatisfying(d ->
                assertThat(LocalDate.ofInstant(d.unusedSince(), ZoneId.of("Europe/London"))).isEqualTo(since));

        // The administrators see why on the user's page.
        WebSession admin = new WebSession(port);
        admin.signIn("admin", OrganisationsFixture.DEMO_PASSWORD);
        assertThat(admin.get("/organisations/" + DEMO_COUNCIL + "/users/" + stale.id()).body())
                .contains("Disabled automatically on").contains("no sign-in since");

        // The next day's check does nothing more.
        dormant.disableDormant();
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", stale.id().toString()))
                .filteredOn(e -> e.channel() == AuditChannel.SYSTEM && e.reason() != null
                        && e.reason().startsWith("disabled")).hasSize(1);
    }

    @Test
    void anAccountEnabledAgainGetsAFreshPeriod() {
        var user = fixture.user(DEMO_COUNCIL, Role.BROKER);
        jdbc.update("update credential set created_at = now() - interval '100 days' where user_id = ?", user.id());
        dormant.disableDormant();
        assertThat(enabled(user.id())).isFalse();

        jdbc.update("update app_user set enabled = true where id = ?", user.id());
        dormant.disableDormant();

        assertThat(enabled(user.id())).isTrue();
    }

    @Test
    void onlyOneNodeRunsTheCheckAtATime() throws Exception {
        var user = fixture.user(DEMO_COUNCIL, Role.BROKER);
        jdbc.update("update credential set created_at = now() - interval '100 days' where user_id = ?", user.id());
        try (var otherNode = dataSource.getConnection(); var lock = otherNode.prepareStatement(
                "select pg_advisory_lock(?)")) {
            lock.setLong(1, DormantAccounts.LOCK_KEY);
            lock.execute();
            try {
                assertThat(dormant.disableDormant()).isZero();
                assertThat(enabled(user.id())).isTrue();
            } finally {
                try (var unlock = otherNode.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, DormantAccounts.LOCK_KEY);
                    unlock.execute();
                }
            }
        }
        dormant.disableDormant();
        assertThat(enabled(user.id())).isFalse();
    }

    @Test
    void signingInRecordsWhen() {
        var user = fixture.user(DEMO_COUNCIL, Role.BROKER);
        assertThat(lastSignIn(user.id())).isNull();
        new WebSession(port).signIn(user.username(), PASSWORD);
        assertThat(lastSignIn(user.id())).isNotNull();
    }

    private boolean enabled(UUID userId) {
        return jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, userId);
    }

    private java.sql.Timestamp lastSignIn(UUID userId) {
        return jdbc.queryForObject("select last_signed_in_at from credential where user_id = ?",
                java.sql.Timestamp.class, userId);
    }

}
