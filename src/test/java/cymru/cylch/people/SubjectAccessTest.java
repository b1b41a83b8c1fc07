package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A subject access export: everything held about one person, including who looked at their record. */
@CylchIntegrationTest
class SubjectAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationsFixture fixture;

    @Test
    void anAuditorDownloadsEverythingIncludingWhoViewedTheRecord() {
        UUID someone = reviewedPerson();
        String statement = SystemScope.call(() -> jdbc.queryForObject(
                "select statement from personal_outcome where person_id = ? limit 1", String.class, someone));
        WebSession careManager = new WebSession(port);
        careManager.signIn("caremanager", DEMO_PASSWORD);
        careManager.get("/people/" + someone);
        WebSession auditor = new WebSession(port);
        auditor.signIn("auditor", DEMO_PASSWORD);
        assertThat(auditor.get("/people/" + someone).body()).contains("subject-access.json");

        var download = auditor.download("/people/" + someone + "/subject-access.json");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
                .contains("subject-access-CY");
        assertThat(download.body()).contains(statement).contains("\"reviews\":[{")
                .contains("\"who\":\"caremanager\",\"action\":\"VIEWED\"")
                .contains("\"who\":\"auditor\",\"action\":\"EXPORTED\"");
    }

    @Test
    void theApiGivesTheSameToAnAuditorTokenAndNothingToOthers() {
        UUID someone = reviewedPerson();
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/people/" + someone + "/subject-access", "cylch-demo-token-auditor").statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/people/" + someone + "/subject-access", "cylch-demo-token-caremanager")
                .statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/people/" + someone + "/subject-access", "cylch-demo-token-provider")
                .statusCode()).isEqualTo(403);

        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var otherAuditor = fixture.user(otherCouncil, Role.AUDITOR);
        WebSession browser = new WebSession(port);
        browser.signIn(otherAuditor.username(), PASSWORD);
        var refused = browser.download("/people/" + someone + "/subject-access.json");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("\"reference\"");
    }

    private UUID reviewedPerson() {
        return SystemScope.call(() -> jdbc.queryForObject("""
                select p.id from person p join outcome_review r on r.person_id = p.id
                where p.held_by = ? order by p.reference limit 1""", UUID.class, DEMO_COUNCIL));
    }
}
