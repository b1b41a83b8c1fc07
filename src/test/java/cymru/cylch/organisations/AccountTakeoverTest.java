package cymru.cylch.organisations;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account takeover found from outside: a provider's administrator added a council user as a member, reset
 * their password and signed in as them. Accounts now have a home organisation whose administrators alone act on
 * them as a whole, and joining another organisation takes an invitation that the user accepts and, for a council
 * account, the council approves. Every step tried from the wrong side.
 */
@CylchIntegrationTest
class AccountTakeoverTest {

    private static final String SECRET_OF_ATTACKER = "Attacker-chosen-phrase-77";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void aProviderAdministratorCannotTakeOverTheCouncilsCareManager() {
        TestUser providerAdmin = fixture.user(DEMO_FIRST_PROVIDER, Role.ADMINISTRATOR);
        UUID careManager = userId("caremanager");
        WebSession attacker = signedIn(providerAdmin);

        // The old way in: adding any existing username as a member. There is no such thing any more.
        attacker.get("/organisations/" + DEMO_FIRST_PROVIDER);
        var added = attacker.post("/organisations/" + DEMO_FIRST_PROVIDER + "/members",
                Map.of("username", "caremanager", "roles", "ADMINISTRATOR"));
        assertThat(added.statusCode()).isIn(404, 405);
        assertThat(isMember(careManager, DEMO_FIRST_PROVIDER)).isFalse();

        // An invitation alone makes no one a member.
        invite(attacker, DEMO_FIRST_PROVIDER, "caremanager", "ADMINISTRATOR");
        assertThat(isMember(careManager, DEMO_FIRST_PROVIDER)).isFalse();

        for (String action : new String[] {"password", "disable", "enable", "unlock", "second-factor/reset"}) {
            attacker.get("/organisations/" + DEMO_FIRST_PROVIDER);
            var response = attacker.post("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + careManager + "/"
                    + action, Map.of("temporaryPassword", SECRET_OF_ATTACKER));
            assertThat(response.statusCode()).as(action).isEqualTo(404);
            assertThat(response.body()).as(action).doesNotContain("caremanager");
        }
        assertThat(WebSession.redirectsTo(new WebSession(port).signIn("caremanager", SECRET_OF_ATTACKER),
                "/sign-in?error")).isTrue();
        assertThat(WebSession.redirectsTo(new WebSession(port).signIn("caremanager", DEMO_PASSWORD), "/")).isTrue();
        assertThat(enabled(careManager)).isTrue();
        assertThat(jdbc.queryForObject("select totp_secret_sealed is not null from credential where user_id = ?",
                Boolean.class, careManager)).as("the demo care manager's second factor is untouched").isTrue();
    }

    @Test
    void evenAfterJoiningTheAccountStaysItsHomeOrganisations() {
        TestUser providerAdmin = fixture.user(DEMO_FIRST_PROVIDER, Role.ADMINISTRATOR);
        TestUser councilAdmin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        TestUser worker = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession attacker = signedIn(providerAdmin);
        WebSession workerBrowser = signedIn(worker);

        UUID invitation = invite(attacker, DEMO_FIRST_PROVIDER, worker.username(), "ADMINISTRATOR");
        var invitations = workerBrowser.get("/account/invitations?lang=cy");
        assertThat(invitations.statusCode()).isEqualTo(200);
        assertThat(invitations.body()).contains("/account/invitations/" + invitation + "/accept")
                .contains("rhaid i weinyddwr Cyngor Sir Mynyddwen gymeradwyo");
        assertThat(workerBrowser.post("/account/invitations/" + invitation + "/accept", Map.of()).statusCode())
                .isEqualTo(302);
        // Accepted, but a council account joins only when the council approves.
        assertThat(isMember(worker.id(), DEMO_FIRST_PROVIDER)).isFalse();
        assertThat(attacker.get("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + worker.id()).statusCode())
                .isEqualTo(404);
        // Nobody approves their own joining, and the provider cannot approve for the council.
        attacker.get("/organisations/" + DEMO_FIRST_PROVIDER);
        assertThat(attacker.post("/organisations/" + DEMO_FIRST_PROVIDER + "/approvals/" + invitation + "/approve",
                Map.of()).statusCode()).isEqualTo(404);
        assertThat(isMember(worker.id(), DEMO_FIRST_PROVIDER)).isFalse();

        WebSession council = signedIn(councilAdmin);
        var councilPage = council.get("/organisations/" + DEMO_COUNCIL);
        assertThat(councilPage.body()).contains(worker.username());
        assertThat(council.post("/organisations/" + DEMO_COUNCIL + "/approvals/" + invitation + "/approve",
                Map.of()).statusCode()).isEqualTo(302);
        assertThat(isMember(worker.id(), DEMO_FIRST_PROVIDER)).isTrue();

        // A member of the provider now, yet the provider's administrator still cannot act on the account.
        var userPage = attacker.get("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + worker.id());
        assertThat(userPage.statusCode()).isEqualTo(200);
        assertThat(userPage.body()).doesNotContain("/password\"").doesNotContain("/disable\"")
                .contains("Only its administrators");
        for (String action : new String[] {"password", "disable", "enable", "unlock", "second-factor/reset"}) {
            attacker.get("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + worker.id());
            var response = attacker.post("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + worker.id() + "/"
                    + action, Map.of("temporaryPassword", SECRET_OF_ATTACKER));
            assertThat(response.statusCode()).as(action).isEqualTo(404);
        }
        assertThat(WebSession.redirectsTo(new WebSession(port).signIn(worker.username(), SECRET_OF_ATTACKER),
                "/sign-in?error")).isTrue();
        assertThat(enabled(worker.id())).isTrue();

        // What the provider may do is its own membership: its roles there, and ending it.
        attacker.get("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + worker.id());
        assertThat(attacker.post("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + worker.id() + "/roles",
                Map.of("roles", "PROVIDER_USER")).statusCode()).isEqualTo(302);
        // ... and the council sees that in its own audit log, as it sees every event on its account.
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", worker.id().toString()))
                .anySatisfy(e -> assertThat(e.reason()).startsWith("roles in " + DEMO_FIRST_PROVIDER))
                .anySatisfy(e -> assertThat(e.actorUsername()).isEqualTo(providerAdmin.username()));
        attacker.get("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + worker.id());
        assertThat(attacker.post("/organisations/" + DEMO_FIRST_PROVIDER + "/users/" + worker.id() + "/remove",
                Map.of()).statusCode()).isEqualTo(302);
        assertThat(isMember(worker.id(), DEMO_FIRST_PROVIDER)).isFalse();
        assertThat(isMember(worker.id(), DEMO_COUNCIL)).isTrue();
        assertThat(audit.historyOf(DEMO_COUNCIL, "user", worker.id().toString()))
                .anySatisfy(e -> assertThat(e.reason()).isEqualTo("left " + DEMO_FIRST_PROVIDER));
    }

    @Test
    void theCouncilMayRefuseAndTheInviteeMayDecline() {
        TestUser providerAdmin = fixture.user(DEMO_FIRST_PROVIDER, Role.ADMINISTRATOR);
        TestUser councilAdmin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        TestUser worker = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession provider = signedIn(providerAdmin);
        WebSession workerBrowser = signedIn(worker);

        UUID declined = invite(provider, DEMO_FIRST_PROVIDER, worker.username(), "PROVIDER_USER");
        workerBrowser.get("/account/invitations");
        workerBrowser.post("/account/invitations/" + declined + "/decline", Map.of());
        UUID refused = invite(provider, DEMO_FIRST_PROVIDER, worker.username(), "PROVIDER_USER");
        workerBrowser.get("/account/invitations");
        workerBrowser.post("/account/invitations/" + refused + "/accept", Map.of());
        WebSession council = signedIn(councilAdmin);
        council.get("/organisations/" + DEMO_COUNCIL);
        council.post("/organisations/" + DEMO_COUNCIL + "/approvals/" + refused + "/refuse", Map.of());

        assertThat(status(declined)).isEqualTo("DECLINED");
        assertThat(status(refused)).isEqualTo("REFUSED");
        assertThat(isMember(worker.id(), DEMO_FIRST_PROVIDER)).isFalse();
    }

    @Test
    void nobodyElseCanAnswerSomeonesInvitation() {
        TestUser providerAdmin = fixture.user(DEMO_FIRST_PROVIDER, Role.ADMINISTRATOR);
        TestUser invitee = fixture.user(DEMO_COUNCIL, Role.BROKER);
        TestUser bystander = fixture.user(DEMO_COUNCIL, Role.BROKER);
        UUID invitation = invite(signedIn(providerAdmin), DEMO_FIRST_PROVIDER, invitee.username(), "PROVIDER_USER");

        WebSession other = signedIn(bystander);
        other.get("/account/invitations");
        assertThat(other.get("/account/invitations").body()).doesNotContain(invitation.toString());
        assertThat(other.post("/account/invitations/" + invitation + "/accept", Map.of()).statusCode())
                .isEqualTo(404);
        other.get("/account/invitations");
        assertThat(other.post("/account/invitations/" + invitation + "/decline", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(status(invitation)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select accepted_at is null from membership_invitation where id = ?",
                Boolean.class, invitation)).isTrue();
    }

    @Test
    void invitingTellsNothingAboutWhetherAUsernameExists() {
        TestUser providerAdmin = fixture.user(DEMO_FIRST_PROVIDER, Role.ADMINISTRATOR);
        WebSession provider = signedIn(providerAdmin);
        String nobody = "no-such-user-" + UUID.randomUUID().toString().substring(0, 8);

        String forReal = noticeAfterInviting(provider, "admin");
        String forNobody = noticeAfterInviting(provider, nobody);

        assertThat(forReal.replace("admin", "NAME")).isEqualTo(forNobody.replace(nobody, "NAME"));
        assertThat(provider.get("/organisations/" + DEMO_FIRST_PROVIDER).body()).contains(nobody).contains(">admin<");
        // Creating an account under a taken name must say so, but it is audited as a refusal, so probing shows.
        provider.get("/organisations/" + DEMO_FIRST_PROVIDER + "/users/new");
        provider.post("/organisations/" + DEMO_FIRST_PROVIDER + "/users", Map.of("displayName", "Probe",
                "username", "caremanager", "initialPassword", "Probe-phrase-2026-x", "roles", "PROVIDER_USER"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where actor_user_id = ? and action = 'ACCESS_REFUSED'
                and record_type = 'username'""", Integer.class, providerAdmin.id())).isEqualTo(1);
    }

    @Test
    void theRegisteringCouncilManagesItsProvidersOwnAccountsButNotOnesThatBelongElsewhereToo() {
        TestUser councilAdmin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        UUID provider = fixture.organisation(OrganisationKind.PROVIDER, DEMO_COUNCIL);
        TestUser onlyThere = fixture.user(provider, Role.PROVIDER_USER);
        TestUser alsoElsewhere = fixture.user(provider, Role.PROVIDER_USER);
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        TestUser otherCouncilAdmin = fixture.user(otherCouncil, Role.ADMINISTRATOR);
        UUID invitation = invite(signedIn(otherCouncilAdmin), otherCouncil, alsoElsewhere.username(), "PROVIDER_USER");
        WebSession invitee = signedIn(alsoElsewhere);
        invitee.get("/account/invitations");
        invitee.post("/account/invitations/" + invitation + "/accept", Map.of());
        // A provider's account needs no approval to join.
        assertThat(isMember(alsoElsewhere.id(), otherCouncil)).isTrue();

        WebSession council = signedIn(councilAdmin);
        council.get("/organisations/" + provider + "/users/" + onlyThere.id());
        assertThat(council.post("/organisations/" + provider + "/users/" + onlyThere.id() + "/disable", Map.of())
                .statusCode()).isEqualTo(302);
        assertThat(enabled(onlyThere.id())).isFalse();

        council.get("/organisations/" + provider + "/users/" + alsoElsewhere.id());
        assertThat(council.post("/organisations/" + provider + "/users/" + alsoElsewhere.id() + "/disable", Map.of())
                .statusCode()).isEqualTo(404);
        assertThat(enabled(alsoElsewhere.id())).isTrue();
        // The other council, a member's organisation but not the home, cannot either.
        WebSession otherAdmin = signedIn(otherCouncilAdmin);
        otherAdmin.get("/organisations/" + otherCouncil + "/users/" + alsoElsewhere.id());
        assertThat(otherAdmin.post("/organisations/" + otherCouncil + "/users/" + alsoElsewhere.id() + "/password",
                Map.of("temporaryPassword", SECRET_OF_ATTACKER)).statusCode()).isEqualTo(404);
    }

    private WebSession signedIn(TestUser user) {
        WebSession browser = new WebSession(port);
        assertThat(WebSession.redirectsTo(browser.signIn(user.username(), PASSWORD), "/")).isTrue();
        return browser;
    }

    private UUID invite(WebSession admin, UUID organisationId, String username, String role) {
        admin.get("/organisations/" + organisationId + "/invitations/new");
        var sent = admin.post("/organisations/" + organisationId + "/invitations",
                Map.of("username", username, "roles", role));
        assertThat(sent.statusCode()).isEqualTo(302);
        return jdbc.queryForObject("""
                select id from membership_invitation where organisation_id = ? and invitee_username = ?
                and status = 'OPEN'""", UUID.class, organisationId, username);
    }

    private String noticeAfterInviting(WebSession admin, String username) {
        admin.get("/organisations/" + DEMO_FIRST_PROVIDER + "/invitations/new");
        var sent = admin.post("/organisations/" + DEMO_FIRST_PROVIDER + "/invitations",
                Map.of("username", username, "roles", "PROVIDER_USER"));
        assertThat(sent.statusCode()).isEqualTo(302);
        String page = admin.get("/organisations/" + DEMO_FIRST_PROVIDER).body();
        int start = page.indexOf("govuk-notification-banner__heading");
        return page.substring(start, page.indexOf("</p>", start));
    }

    private UUID userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", UUID.class, username);
    }

    private boolean isMember(UUID userId, UUID organisationId) {
        return jdbc.queryForObject("select count(*) from membership where user_id = ? and organisation_id = ?",
                Integer.class, userId, organisationId) == 1;
    }

    private boolean enabled(UUID userId) {
        return jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, userId);
    }

    private String status(UUID invitationId) {
        return jdbc.queryForObject("select status from membership_invitation where id = ?", String.class,
                invitationId);
    }
}
