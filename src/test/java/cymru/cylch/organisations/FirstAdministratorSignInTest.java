package cymru.cylch.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.security.PasswordRejectedException;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The first administrator of an installation signs in and must choose their own password first. */
@CylchIntegrationTest
class FirstAdministratorSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstAdministratorMustChangeTheirPasswordAndThenAdministers() {
        setup.firstAdministrator(new OrganisationDetails(OrganisationKind.COUNCIL, "Cyngor Cyntaf", null,
                PublicIdentifiers.none()), "first.admin", "Bootstrap-phrase-2026");

        WebSession browser = new WebSession(port);
        assertThat(WebSession.redirectsTo(browser.signIn("first.admin", "Bootstrap-phrase-2026"), "/")).isTrue();
        assertThat(WebSession.redirectsTo(browser.get("/organisations"), "/account/password")).isTrue();
        browser.get("/account/password");
        browser.post("/account/password", java.util.Map.of("currentPassword", "Bootstrap-phrase-2026",
                "newPassword", "My-own-choice-of-words", "confirmPassword", "My-own-choice-of-words"));
        assertThat(browser.get("/organisations").body()).contains("Cyngor Cyntaf");
    }

    @Test
    void aWeakFirstPasswordCreatesNothing() {
        assertThatThrownBy(() -> setup.firstAdministrator(new OrganisationDetails(OrganisationKind.COUNCIL,
                "Cyngor Gwan", null, PublicIdentifiers.none()), "weak.admin", "password"))
                .isInstanceOf(PasswordRejectedException.class);

        assertThat(jdbc.queryForObject("select count(*) from organisation where name = 'Cyngor Gwan'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'weak.admin'", Integer.class))
                .isZero();
    }
}
