package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_PASSWORD;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditEntry;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A review's evidence, everyone's views and their disagreement are shown on the person's page and on the outcome's
 * own review history, to exactly those who may read the record, and each reading is audited.
 */
@CylchIntegrationTest
class ReviewHistoryTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    OutcomePlanning planning;

    @Autowired
    OutcomeReviewing reviewing;

    @Autowired
    AuditLog audit;

    UUID someone;
    UUID outcomeId;
    String outcomePage;

    @BeforeEach
    void aPersonWithTwoReviewsOfOneOutcome() {
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var outcome = planning.agree(actor, someone, new OutcomeAgreement("I want to get to chapel on Sundays",
                "wales-nof/relationships", "She is at chapel most Sundays", "Has not been since her fall", null,
                "Her daughter drives her", true, true));
        outcomeId = outcome.id();
        reviewing.review(actor, someone, outcomeId, new ReviewRecord(LocalDate.now(),
                Rating.PARTLY_ACHIEVED, 4, "Went twice in March with her daughter", "I miss the singing", null,
                null, null, false, null));
        reviewing.review(actor, someone, outcomeId, new ReviewRecord(LocalDate.now(), Rating.ACHIEVED, 8,
                "The minister says she comes every week", "I go every Sunday now", "Mam is much happier",
                "The driver collects her at ten", "Ready to close this outcome", true,
                "Her daughter thinks the lifts will stop when the driver leaves"));
        SignedIn.clear();
        outcomePage = "/people/" + someone + "/outcomes/" + outcomeId;
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void thePersonsPageShowsTheEvidenceEveryonesViewsAndTheDisagreement() {
        WebSession careManager = signedIn("caremanager");

        var page = careManager.get("/people/" + someone);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Review history").contains("The minister says she comes every week")
                .contains("I go every Sunday now").contains("Mam is much happier")
                .contains("The driver collects her at ten").contains("Ready to close this outcome")
                .contains("Her daughter thinks the lifts will stop when the driver leaves")
                .contains("Went twice in March with her daughter").contains("I miss the singing")
                .contains("href=\"" + outcomePage + "\"").contains("Aberwen and district (MYN-ABW)");
    }

    @Test
    void eachOutcomeHasItsReviewHistoryNewestFirstInEitherLanguage() {
        WebSession careManager = signedIn("caremanager");

        var page = careManager.get(outcomePage);
        var welsh = careManager.get(outcomePage + "?lang=cy");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("I want to get to chapel on Sundays").contains("She is at chapel most Sundays")
                .contains("Achieved, progress 8 out of 10").contains("Partly achieved, progress 4 out of 10")
                .contains("The provider’s view").contains("Where the views differ")
                .contains("The views did not differ");
        assertThat(page.body().indexOf("The minister says")).isLessThan(page.body().indexOf("Went twice in March"));
        assertThat(welsh.body()).contains("Hanes adolygu").contains("Barn y darparwr")
                .contains("Lle mae’r safbwyntiau’n wahanol").contains("Wedi’i gyflawni, cynnydd 8 allan o 10")
                .contains("Her daughter thinks the lifts will stop");
    }

    @Test
    void brokersAndAuditorsReadItAndEachReadingIsAuditedAsAViewOfTheRecord() {
        for (String user : new String[] {"broker", "auditor"}) {
            var page = signedIn(user).get(outcomePage);
            assertThat(page.statusCode()).as(user).isEqualTo(200);
            assertThat(page.body()).as(user).contains("Her daughter thinks the lifts will stop")
                    .doesNotContain("/reviews/new");
            assertThat(signedIn(user).get("/people/" + someone).body()).as(user).contains("Mam is much happier");
        }

        assertThat(audit.historyOf(DEMO_COUNCIL, "person", someone.toString()))
                .filteredOn(e -> e.action() == AuditAction.VIEWED && e.reason() != null
                        && e.reason().equals("review history of outcome " + outcomeId))
                .extracting(AuditEntry::actorUsername).containsExactlyInAnyOrder("broker", "auditor");
    }

    @Test
    void commissionersFinanceProvidersAndAdministratorsAreRefused() {
        for (String user : new String[] {"commissioner", "finance", "provider", "admin"}) {
            WebSession browser = signedIn(user);
            assertThat(browser.get(outcomePage).statusCode()).as(user).isEqualTo(403);
            assertThat(browser.get("/people/" + someone).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void anotherCouncilGetsNotFoundAndTheAttemptIsAudited() {
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var stranger = fixture.user(otherCouncil, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(stranger.username(), PASSWORD);

        var page = browser.get(outcomePage);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Her daughter thinks").doesNotContain("chapel");
        assertThat(audit.historyOf(otherCouncil, "person", someone.toString())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ACCESS_REFUSED);
    }

    @Test
    void anOutcomeOfSomeoneElseIsNotFoundUnderThisPerson() {
        UUID somebodyElse = peopleFixture.newPerson(DEMO_COUNCIL);

        var page = signedIn("caremanager").get("/people/" + somebodyElse + "/outcomes/" + outcomeId);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Her daughter thinks");
    }

    private WebSession signedIn(String user) {
        WebSession browser = new WebSession(port);
        browser.signIn(user, DEMO_PASSWORD);
        return browser;
    }
}
