package cymru.cylch.platform.events;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cymru.cylch.CylchApplication;
import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.SelfCompletion;
import cymru.cylch.people.PersonDied;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.database.DatabaseMode;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events survive a restart and are acted on once. Two deaths are recorded and handled; then the database is put
 * back as a node that died would have left it: for the first, the publication incomplete and the listener's
 * work undone, as if the node died before the listener ran; for the second, the publication incomplete but the
 * work done, as if it died after the listener committed and before the registry marked the publication
 * complete (the link is opened again, so that running the listener a second time would show). A second Cylch
 * started on the same database republishes both: the first is handled, the second is not handled again, and
 * both publications end complete.
 */
@CylchIntegrationTest
class RedeliveryAfterRestartTest {

    private static final String LISTENER = "cymru.cylch.measurement.LinksEndOnDeath.on";

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    PersonManagement people;

    @Autowired
    SelfCompletion selfCompletion;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseMode mode;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void anIncompleteEventIsDeliveredOnceWhenCylchStartsAgain() throws Exception {
        CylchUser careManager = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID neverHandled = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID handledNotMarked = peopleFixture.newPerson(DEMO_COUNCIL);
        for (UUID person : List.of(neverHandled, handledNotMarked)) {
            selfCompletion.issue(careManager, person, "swemwbs", AdministrationMode.SELF, "en");
            people.recordDeath(careManager, person, LocalDate.now().minusDays(1));
        }
        SignedIn.clear();
        // Behind the demo county's own events (every service agreement's grant) when the suite has just started.
        await().atMost(Duration.ofSeconds(90)).until(() -> complete(neverHandled) && complete(handledNotMarked));

        SystemScope.run(() -> {
            for (UUID person : List.of(neverHandled, handledNotMarked)) {
                jdbc.update("update event_publication set completion_date = null where serialized_event like ?",
                        "%" + person + "%");
                jdbc.update("update self_completion_link set expires_at = now() + interval '1 day' where person_id = ?",
                        person);
            }
            jdbc.update("delete from event_handled where listener = ? and event_key = ?", LISTENER,
                    "person-died/" + neverHandled);
        });
        assertThat(openLinks(neverHandled)).isEqualTo(1);

        try (ConfigurableApplicationContext restarted = startAgain()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> complete(neverHandled) && complete(handledNotMarked));
            assertThat(restarted.isActive()).isTrue();
        }

        assertThat(openLinks(neverHandled)).as("handled after the restart").isZero();
        assertThat(openLinks(handledNotMarked)).as("not handled a second time").isEqualTo(1);
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from event_handled where listener = ? and event_key in (?, ?)", Integer.class,
                LISTENER, "person-died/" + neverHandled, "person-died/" + handledNotMarked))).isEqualTo(2);
    }

    private boolean complete(UUID person) {
        return SystemScope.call(() -> jdbc.queryForObject("""
                        select count(*) = 1 and bool_and(completion_date is not null) from event_publication
                        where event_type = ? and serialized_event like ? and listener_id like '%LinksEndOnDeath%'""",
                Boolean.class, PersonDied.class.getName(), "%" + person + "%"));
    }

    private int openLinks(UUID person) {
        return SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from self_completion_link where person_id = ? and expires_at > now()",
                Integer.class, person));
    }

    /** A second Cylch on the same database, as a node starting again after the first died. */
    private ConfigurableApplicationContext startAgain() throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--cylch.demo.enabled=false",
                "--cylch.security.second-factor-key=Y3lsY2gtdGVzdC1rZXktMzItYnl0ZXMtZXhhY3RseSE=",
                "--logging.level.root=WARN",
                "--logging.structured.format.console="));
        if (mode.embedded()) {
            // The running embedded server, reached as an external database with the password it keeps on disk.
            Map<String, Object> server = jdbc.queryForMap("select current_database() as name, inet_server_port() as port");
            String password = Files.readString(Path.of("target/test-postgres/cylch-password")).strip();
            arguments.addAll(List.of(
                    "--cylch.database.url=jdbc:postgresql://127.0.0.1:" + server.get("port") + "/" + server.get("name"),
                    "--cylch.database.username=cylch_app",
                    "--cylch.database.password=" + password,
                    "--cylch.database.migration-username=postgres",
                    "--cylch.database.migration-password=" + password));
        }
        return new SpringApplicationBuilder(CylchApplication.class).run(arguments.toArray(String[]::new));
    }
}
