package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Handing a person on to another care manager: their caseload changes, only to a care manager, behind the walls. */
@CylchIntegrationTest
class AllocationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    Caseload caseload;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aPersonHandedOnJoinsTheColleaguesCaseload() {
        var me = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        var colleague = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession browser = new WebSession(port);
        browser.signIn(me.username(), PASSWORD);
        assertThat(browser.get("/people/" + someone + "/allocation").body()).contains("Test " + colleague.username());

        var done = browser.post("/people/" + someone + "/allocation", Map.of("worker", colleague.id().toString()));

        assertThat(WebSession.redirectsTo(done, "/people/" + someone)).isTrue();
        assertThat(browser.get("/people/" + someone).body()).contains("Test " + colleague.username());
        var theirs = caseload.of(SignedIn.as(colleague.id(), DEMO_COUNCIL, Role.CARE_MANAGER));
        assertThat(theirs).extracting(CaseloadEntry::personId).contains(someone);
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from audit_event where record_id = ? and action = 'CHANGED'
                and reason = 'allocated to another care manager'""", Integer.class, someone.toString())))
                .isEqualTo(1);
    }

    @Test
    void onlyACareManagerOfTheSameCouncilCanTakeThePersonOn() {
        var me = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        var broker = fixture.user(DEMO_COUNCIL, Role.BROKER);
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var elsewhere = fixture.user(otherCouncil, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession browser = new WebSession(port);
        browser.signIn(me.username(), PASSWORD);
        browser.get("/people/" + someone + "/allocation?lang=cy");

        var toBroker = browser.post("/people/" + someone + "/allocation", Map.of("worker", broker.id().toString()));
        var toStranger = browser.post("/people/" + someone + "/allocation",
                Map.of("worker", elsewhere.id().toString()));
        var toNobody = browser.post("/people/" + someone + "/allocation", Map.of());

        assertThat(toBroker.statusCode()).isEqualTo(200);
        assertThat(toBroker.body()).contains("Dewiswch reolwr gofal yn eich sefydliad");
        assertThat(toStranger.body()).contains("Dewiswch reolwr gofal yn eich sefydliad");
        assertThat(toNobody.body()).contains("Dewiswch reolwr gofal");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select allocated_worker from person where id = ?", UUID.class, someone))).isNull();
    }

    @Test
    void brokersCannotReallocateAndAnotherCouncilFindsNoOne() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var colleague = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession broker = new WebSession(port);
        broker.signIn(fixture.user(DEMO_COUNCIL, Role.BROKER).username(), PASSWORD);
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        WebSession stranger = new WebSession(port);
        stranger.signIn(fixture.user(otherCouncil, Role.CARE_MANAGER).username(), PASSWORD);

        assertThat(broker.get("/people/" + someone + "/allocation").statusCode()).isEqualTo(403);
        assertThat(broker.post("/people/" + someone + "/allocation",
                Map.of("worker", colleague.id().toString())).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/people/" + someone + "/allocation").statusCode()).isEqualTo(404);
        assertThat(stranger.post("/people/" + someone + "/allocation",
                Map.of("worker", colleague.id().toString())).statusCode()).isEqualTo(404);
    }
}
