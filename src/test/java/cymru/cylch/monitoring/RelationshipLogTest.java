package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The relationship log: the council records meetings and visits with what they found, the provider its own view;
 * both read the pair's log; entries are kept as written (by the database too); nobody else reads or writes it; and
 * the pages say what is wrong in the writer's language.
 */
@CylchIntegrationTest
class RelationshipLogTest {

    @LocalServerPort
    int port;

    @Autowired
    RelationshipLog log;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(Today.ZONE);
    private PaymentsFixture.Scene scene;

    @BeforeEach
    void aProviderUnderContract() {
        scene = payments.scene(today.minusMonths(2));
    }

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    @Test
    void bothSidesWriteTheirOwnEntriesAndReadThePairsLogNewestFirst() {
        log.write(commissioner(), scene.provider(), new NewRelationshipEntry(EntryKind.UNANNOUNCED_VISIT,
                today.minusDays(3), "Visit to the Aberwen office", "Looked at rotas and ten care records.",
                "Commissioner, quality officer", "Rotas leave no travel time; records are up to date."));
        log.write(commissioner(), scene.provider(), new NewRelationshipEntry(EntryKind.PLANNED_VISIT,
                today.plusDays(20), "Quarterly monitoring visit", "Booked with the registered manager.", "", ""));
        log.write(provider(), scene.council(), new NewRelationshipEntry(EntryKind.PROVIDER_VIEW, today,
                "Our view of the visit", "A fair visit; we are re-planning the rounds.", "", ""));

        var councilSide = log.entries(commissioner(), scene.provider());
        assertThat(councilSide).extracting(RelationshipEntry::subject).containsExactly("Quarterly monitoring visit",
                "Our view of the visit", "Visit to the Aberwen office");
        assertThat(councilSide.get(1).byProvider()).isTrue();
        assertThat(councilSide.getLast().findings()).isEqualTo("Rotas leave no travel time; records are up to date.");
        assertThat(log.entries(provider(), scene.council())).hasSize(3);
        assertThat(log.entries(SignedIn.as(UUID.randomUUID(), scene.council(), Role.AUDITOR), scene.provider()))
                .hasSize(3);
        assertThat(log.others(commissioner())).contains(OrganisationId.of(scene.provider()));
        assertThat(log.others(provider())).contains(OrganisationId.of(scene.council()));
    }

    @Test
    void eachSideWritesOnlyItsOwnKindAndEveryEntryIsChecked() {
        assertThatThrownBy(() -> log.write(provider(), scene.council(), entry(EntryKind.MEETING, today)))
                .hasMessageContaining("relationship.kind.notYours");
        assertThatThrownBy(() -> log.write(commissioner(), scene.provider(), entry(EntryKind.PROVIDER_VIEW, today)))
                .hasMessageContaining("relationship.kind.notYours");
        assertThatThrownBy(() -> log.write(commissioner(), scene.provider(), entry(EntryKind.MEETING,
                today.plusDays(1)))).hasMessageContaining("relationship.occurredOn.future");
        assertThatThrownBy(() -> log.write(commissioner(), scene.provider(), new NewRelationshipEntry(
                EntryKind.MEETING, today, "Meeting", "Talked", "", "Found things")))
                .hasMessageContaining("relationship.findings.notAVisit");
        assertThatThrownBy(() -> log.write(commissioner(), scene.provider(), new NewRelationshipEntry(
                EntryKind.NOTE, today, " ", "Talked", "", ""))).hasMessageContaining("relationship.subject.missing");
        assertThatThrownBy(() -> log.write(commissioner(), scene.provider(), new NewRelationshipEntry(
                EntryKind.NOTE, null, "Note", "Talked", "", ""))).hasMessageContaining("relationship.occurredOn");
        assertThat(log.entries(commissioner(), scene.provider())).isEmpty();
    }

    @Test
    void noOneElseReadsOrWritesTheLogAndEntriesAreKeptAsWritten() {
        UUID id = log.write(commissioner(), scene.provider(), entry(EntryKind.MEETING, today));
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        CylchUser theirs = SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);
        assertThatThrownBy(() -> log.entries(theirs, scene.provider())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> log.write(theirs, scene.provider(), entry(EntryKind.MEETING, today)))
                .isInstanceOf(RecordNotFoundException.class);
        UUID stranger = payments.provider(scene.council());
        CylchUser strangerMember = SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger,
                Role.PROVIDER_USER);
        assertThatThrownBy(() -> log.entries(strangerMember, scene.council()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> log.write(SignedIn.as(UUID.randomUUID(), scene.council(), Role.TEAM_MANAGER),
                scene.provider(), entry(EntryKind.NOTE, today))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemScope.run(() -> jdbc.update(
                "update relationship_entry set summary = 'changed' where id = ?", id)))
                .isInstanceOf(DataAccessException.class);
        assertThat(log.entries(commissioner(), scene.provider())).singleElement()
                .extracting(RelationshipEntry::summary).isEqualTo("Talked about rotas");
    }

    @Test
    void onThePagesTheCouncilAndTheProviderWriteAndAreToldWhatIsWrong() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String page = "/relationship-log/" + scene.provider();
        assertThat(commissioner.get("/relationship-log?lang=en").body()).contains(page);
        commissioner.get(page + "?lang=cy");
        var wrong = commissioner.post(page + "?lang=cy", Map.of("kind", "MEETING", "occurredOn",
                today.plusDays(2).toString(), "subject", "Cyfarfod contract", "summary", "Trafodwyd y rotas"));
        assertThat(wrong.body()).contains("Dim ond ymweliad wedi’i gynllunio y gellir ei ddyddio yn y dyfodol");
        var written = commissioner.post(page + "?lang=en", Map.of("kind", "MEETING", "occurredOn",
                today.toString(), "subject", "Contract meeting", "summary", "Talked about rotas",
                "attendees", "Both managers"));
        assertThat(WebSession.redirectsTo(written, page)).as(written.body()).isTrue();

        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        String theirs = "/relationship-log/" + scene.council();
        assertThat(provider.get(theirs + "?lang=en").body()).contains("Contract meeting", "Both managers");
        var view = provider.post(theirs + "?lang=en", Map.of("kind", "PROVIDER_VIEW", "occurredOn",
                today.toString(), "subject", "Our view", "summary", "A useful meeting"));
        assertThat(WebSession.redirectsTo(view, theirs)).as(view.body()).isTrue();
        assertThat(commissioner.get(page + "?lang=en").body()).contains("Our view", "The provider’s view");

        WebSession stranger = signedIn(payments.provider(scene.council()), Role.PROVIDER_USER);
        assertThat(stranger.get(theirs + "?lang=en").statusCode()).isEqualTo(404);
        WebSession teamManager = signedIn(scene.council(), Role.TEAM_MANAGER);
        assertThat(teamManager.get(page + "?lang=en").body()).contains("Contract meeting")
                .doesNotContain("Add an entry");
        assertThat(teamManager.post(page + "?lang=en", Map.of("kind", "NOTE", "occurredOn", today.toString(),
                "subject", "x", "summary", "y")).statusCode()).isEqualTo(403);
    }

    private static NewRelationshipEntry entry(EntryKind kind, LocalDate on) {
        return new NewRelationshipEntry(kind, on, "Contract meeting", "Talked about rotas", "", "");
    }

    private CylchUser commissioner() {
        return SignedIn.as(scene.commissioner().id(), scene.council(), Role.COMMISSIONER);
    }

    private CylchUser provider() {
        return SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), scene.provider(), Role.PROVIDER_USER);
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), OrganisationsFixture.PASSWORD);
        return browser;
    }
}
