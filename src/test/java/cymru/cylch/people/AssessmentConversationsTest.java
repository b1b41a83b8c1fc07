package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Recording an assessment as a conversation: co-production recorded, history kept, views audited, walls held. */
@CylchIntegrationTest
class AssessmentConversationsTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void aCareManagerRecordsTwoConversationsAndBothAreKept() {
        UUID someone = person();
        WebSession browser = careManager();
        browser.get("/people/" + someone + "/assessments/new");

        var first = browser.post("/people/" + someone + "/assessments", conversation("Getting to chapel", "1"));
        browser.get("/people/" + someone + "/assessments/new");
        browser.post("/people/" + someone + "/assessments", conversation("Seeing my grandchildren", "2"));

        assertThat(first.statusCode()).isEqualTo(302);
        String path = first.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(browser.get(path).body()).contains("Getting to chapel").contains("The person")
                .contains("A carer or family member").contains("The chapel’s Tuesday club");
        var person = browser.get("/people/" + someone).body();
        assertThat(person).contains("Conversation on 1 ").contains("Conversation on 2 ");
        String assessmentId = path.substring(path.lastIndexOf('/') + 1);
        assertThat(audit.historyOf(DEMO_COUNCIL, "assessment", assessmentId)).extracting(e -> e.action())
                .contains(AuditAction.CREATED, AuditAction.VIEWED);
    }

    @Test
    void aConversationWithNoOneTakingPartOrInTheFutureIsRefusedInWelsh() {
        UUID someone = person();
        WebSession browser = careManager();
        browser.get("/people/" + someone + "/assessments/new?lang=cy");
        Map<String, String> form = conversation("", "1");
        form.remove("personTookPart");
        form.remove("carerTookPart");
        form.put("heldYear", String.valueOf(LocalDate.now().getYear() + 1));

        var response = browser.post("/people/" + someone + "/assessments", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Rhowch beth sy’n bwysig i’r unigolyn")
                .contains("Dywedwch pwy gymerodd ran yn y sgwrs");
    }

    @Test
    void anotherCouncilAndAProviderCannotReadAConversation() {
        UUID someone = person();
        WebSession browser = careManager();
        browser.get("/people/" + someone + "/assessments/new");
        var created = browser.post("/people/" + someone + "/assessments", conversation("Private matters", "3"));
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var stranger = fixture.user(otherCouncil, Role.CARE_MANAGER);
        WebSession theirs = new WebSession(port);
        theirs.signIn(stranger.username(), PASSWORD);
        WebSession provider = new WebSession(port);
        provider.signIn("provider", DEMO_PASSWORD);

        assertThat(theirs.get(path).statusCode()).isEqualTo(404);
        assertThat(theirs.get(path).body()).doesNotContain("Private matters");
        assertThat(provider.get(path).statusCode()).isEqualTo(403);
    }

    private WebSession careManager() {
        var user = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    private UUID person() {
        return SystemScope.call(() -> jdbc.queryForObject("""
                select id from person p where held_by = ? and date_of_death is null
                and not exists (select 1 from assessment a where a.person_id = p.id)
                order by reference desc limit 1""", UUID.class, DEMO_COUNCIL));
    }

    private static Map<String, String> conversation(String whatMatters, String day) {
        Map<String, String> form = new HashMap<>();
        form.put("heldDay", day);
        form.put("heldMonth", "11");
        form.put("heldYear", "2026");
        form.put("whatMatters", whatMatters);
        form.put("working", "Her daughter visits on Sundays");
        form.put("communityStrengths", "The chapel’s Tuesday club");
        form.put("personTookPart", "true");
        form.put("carerTookPart", "true");
        return form;
    }
}
