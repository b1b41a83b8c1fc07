package cymru.cylch.measurement;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.people.PersonDied;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The first listener between modules: people publishes {@link PersonDied}, measurement ends the person's open
 * self-completion links. It runs on another thread with no one signed in, so it only sees the person's links
 * because it runs in the scope of the organisation that holds the record.
 */
@CylchIntegrationTest
@EnableScenarios
class LinksEndOnDeathTest {

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    PersonManagement people;

    @Autowired
    SelfCompletion selfCompletion;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void recordingADeathEndsThePersonsOpenLinksInTheirOrganisationsScope(Scenario scenario) {
        CylchUser careManager = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID someoneElse = peopleFixture.newPerson(DEMO_COUNCIL);
        selfCompletion.issue(careManager, someone, "swemwbs", AdministrationMode.SELF, "en");
        selfCompletion.issue(careManager, someone, "swemwbs", AdministrationMode.CARER, "en");
        selfCompletion.issue(careManager, someoneElse, "swemwbs", AdministrationMode.SELF, "en");
        LocalDate died = LocalDate.now().minusDays(1);

        scenario.stimulate(() -> people.recordDeath(careManager, someone, died))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> openLinks(someone), open -> open == 0)
                .andVerify(open -> {
                    assertThat(open).isZero();
                    assertThat(openLinks(someoneElse)).isEqualTo(1);
                    assertThat(SystemScope.call(() -> jdbc.queryForList("""
                            select organisation_id from audit_event
                            where record_type = 'self-completion-link' and reason = 'ended: the person died'
                              and channel = 'SYSTEM' and record_id in (
                                select id::text from self_completion_link where person_id = ?)""",
                            UUID.class, someone))).containsExactly(DEMO_COUNCIL, DEMO_COUNCIL);
                    assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                            select count(*) from event_publication
                            where event_type = ? and serialized_event like ? and completion_date is not null
                              and listener_id like '%LinksEndOnDeath%'""",
                            Integer.class, PersonDied.class.getName(), "%" + someone + "%"))).isEqualTo(1);
                });
    }

    @Test
    void theEventCarriesWhatListenersNeed(Scenario scenario) {
        CylchUser careManager = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        LocalDate died = LocalDate.now().minusDays(2);

        scenario.stimulate(() -> people.recordDeath(careManager, someone, died))
                .andWaitForEventOfType(PersonDied.class)
                .matching(event -> event.personId().value().equals(someone))
                .toArriveAndVerify(event -> {
                    assertThat(event.organisation().value()).isEqualTo(DEMO_COUNCIL);
                    assertThat(event.dateOfDeath()).isEqualTo(died);
                    assertThat(event.key()).isEqualTo("person-died/" + someone);
                });
    }

    private int openLinks(UUID personId) {
        return SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from self_completion_link where person_id = ? and expires_at > now()",
                Integer.class, personId));
    }
}
