package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A care manager's caseload: their own people only, with review dates from the schedule and outcomes at risk. */
@CylchIntegrationTest
class CaseloadTest {

    private static final UUID DEMO_CARE_MANAGER =
            UUID.nameUUIDFromBytes("cylch-demo/user-caremanager".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    Caseload caseload;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    OutcomePlanning planning;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void theDemoCareManagerHasARealisticCaseloadSoonestReviewFirst() {
        var worker = SignedIn.as(DEMO_CARE_MANAGER, DEMO_COUNCIL, Role.CARE_MANAGER);

        var entries = caseload.of(worker);
        // Other tests register people as this user too; those have no outcomes yet and come last.
        var withPlans = entries.stream().filter(e -> e.nextReviewDue() != null).toList();

        assertThat(withPlans).hasSizeBetween(30, 45);
        assertThat(withPlans).allSatisfy(e -> assertThat(e.outcomes()).isGreaterThanOrEqualTo(2L));
        assertThat(withPlans.stream().map(CaseloadEntry::nextReviewDue).toList()).isSorted();
        assertThat(entries.subList(0, withPlans.size())).isEqualTo(withPlans);
        assertThat(entries).anySatisfy(e -> assertThat(e.overdue()).isTrue());
    }

    @Test
    void someoneIRegisterJoinsMyCaseloadAndTheFirstReviewFallsDueSixWeeksAfterTheirFirstOutcome() {
        var me = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(me.username(), PASSWORD);
        browser.get("/people/new");
        var created = browser.post("/people", person());
        UUID personId = UUID.fromString(created.headers().firstValue("Location").orElseThrow()
                .replaceFirst(".*/people/", ""));

        assertThat(browser.get("/caseload").body()).contains("Caseload Newcomer").contains("No care and support plan or outcomes yet");

        var actor = SignedIn.as(me.id(), DEMO_COUNCIL, Role.CARE_MANAGER);
        planning.agree(actor, personId, new OutcomeAgreement("I want to feel less lonely", "wales-nof/health", null,
                null, null, null, true, true));
        assertThat(caseload.of(actor)).singleElement().satisfies(e -> {
            assertThat(e.nextReviewDue()).isEqualTo(LocalDate.now().plusWeeks(6));
            assertThat(e.overdue()).isFalse();
        });

        var colleague = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        assertThat(caseload.of(colleague)).isEmpty();
    }

    @Test
    void onlyCareManagersHaveACaseloadPage() {
        for (String user : new String[] {"broker", "commissioner", "provider"}) {
            WebSession browser = new WebSession(port);
            browser.signIn(user, DEMO_PASSWORD);
            assertThat(browser.get("/caseload").statusCode()).as(user).isEqualTo(403);
        }
        WebSession demo = new WebSession(port);
        demo.signIn("caremanager", DEMO_PASSWORD);
        assertThat(demo.get("/caseload?lang=cy").body()).contains("Eich llwyth achosion").contains("Adolygiadau hwyr");
    }

    private static Map<String, String> person() {
        Map<String, String> form = new HashMap<>();
        form.put("givenName", "Caseload");
        form.put("familyName", "Newcomer");
        form.put("birthDay", "2");
        form.put("birthMonth", "2");
        form.put("birthYear", "1944");
        form.put("preferredLanguage", "EN");
        return form;
    }
}
