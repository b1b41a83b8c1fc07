package cymru.cylch.organisations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a new production installation (no users yet), creates the first organisation and its administrator from
 * the {@code CYLCH_BOOTSTRAP_*} settings. The password given must be changed at first sign-in, so it can be
 * removed from the environment once used. Does nothing once any user exists.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final OrganisationSetup setup;
    private final String organisationName;
    private final OrganisationKind organisationKind;
    private final String username;
    private final String password;

    FirstAdministrator(OrganisationSetup setup,
                       @Value("${cylch.bootstrap.organisation-name}") String organisationName,
                       @Value("${cylch.bootstrap.organisation-kind}") OrganisationKind organisationKind,
                       @Value("${cylch.bootstrap.admin-username}") String username,
                       @Value("${cylch.bootstrap.admin-password}") String password) {
        this.setup = setup;
        this.organisationName = organisationName;
        this.organisationKind = organisationKind;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            return;
        }
        if (setup.hasUsers()) {
            log.info("Users exist already; CYLCH_BOOTSTRAP_ADMIN_USERNAME is ignored and can be removed");
            return;
        }
        if (organisationName.isBlank() || password.isBlank()) {
            throw new IllegalStateException(
                    "CYLCH_BOOTSTRAP_ORGANISATION_NAME and CYLCH_BOOTSTRAP_ADMIN_PASSWORD are needed with CYLCH_BOOTSTRAP_ADMIN_USERNAME");
        }
        setup.firstAdministrator(
                new OrganisationDetails(organisationKind, organisationName, null, PublicIdentifiers.none()),
                username, password);
        log.info("Created the first organisation and its administrator; they must change the password at first sign-in");
    }
}
