package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Reviewing outcomes: appended with evidence and views, the event, the rules, the walls, the next due date. */
@CylchIntegrationTest
@RecordApplicationEvents
class OutcomeReviewsTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    cymru.cylch.support.PeopleFixture peopleFixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutcomePlanning planning;

    @Autowired
    OutcomeReviewing reviewing;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void twoReviewsAreBothKeptAndTheLatestShows() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        var actor = SignedIn.as(careManager.id(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = livingPerson();
        var outcome = planning.agree(actor, someone, agreement());
        SignedIn.clear();
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        String reviews = "/people/" + someone + "/outcomes/" + outcome.id() + "/reviews";
        browser.get(reviews + "/new");

        var first = browser.post(reviews, review("PARTLY_ACHIEVED", "4", "Went once with her daughter"));
        browser.get(reviews + "/new");
        browser.post(reviews, review("ACHIEVED", "9", "Goes every Sunday now"));

        assertThat(first.statusCode()).isEqualTo(302);
        var page = browser.get("/people/" + someone).body();
        assertThat(page).contains("Achieved").contains("progress 9 out of 10").contains("Next review due");
        var kept = SystemScope.call(() -> jdbc.queryForList(
                "select rating from outcome_review where outcome_id = ? order by progress_score", String.class,
                outcome.id()));
        assertThat(kept).containsExactly("PARTLY_ACHIEVED", "ACHIEVED");
    }

    @Test
    void reviewingPublishesOutcomeReviewedWithTheRatingAndDate() {
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = livingPerson();
        var outcome = planning.agree(actor, someone, agreement());

        var review = reviewing.review(actor, someone, outcome.id(), new ReviewRecord(LocalDate.now(),
                Rating.ACHIEVED, 10, "Seen at chapel", "I love it", null, null, null, false, null));

        assertThat(events.stream(OutcomeReviewed.class)).singleElement().isEqualTo(new OutcomeReviewed(
                ReviewId.of(review.id()), OutcomeId.of(outcome.id()), PersonId.of(someone), OrganisationId.of(DEMO_COUNCIL),
                "wales-nof/relationships", Rating.ACHIEVED, 10, LocalDate.now(), actor.userId()));
        assertThat(reviewing.nextReviewDue(actor, someone)).contains(LocalDate.now().plusMonths(12));
    }

    @Test
    void disagreementMustBeExplainedAndDatesMustMakeSense() {
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = livingPerson();
        var outcome = planning.agree(actor, someone, agreement());

        assertThatThrownBy(() -> reviewing.review(actor, someone, outcome.id(), new ReviewRecord(LocalDate.now(),
                Rating.NOT_ACHIEVED, 2, "Not been", null, null, null, null, true, " ")))
                .isInstanceOf(RuleViolationException.class).hasMessage("review.disagreement.missing");
        assertThatThrownBy(() -> reviewing.review(actor, someone, outcome.id(), new ReviewRecord(
                LocalDate.now().minusDays(3), Rating.ACHIEVED, 9, "Early", null, null, null, null, false, null)))
                .isInstanceOf(RuleViolationException.class).hasMessage("review.date.beforeAgreed");
        assertThatThrownBy(() -> reviewing.review(actor, someone, outcome.id(), new ReviewRecord(
                LocalDate.now().plusDays(1), Rating.ACHIEVED, 9, "Soon", null, null, null, null, false, null)))
                .isInstanceOf(RuleViolationException.class).hasMessage("review.date.future");
    }

    @Test
    void badFormsGetSpecificErrorsInWelsh() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        var actor = SignedIn.as(careManager.id(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = livingPerson();
        var outcome = planning.agree(actor, someone, agreement());
        SignedIn.clear();
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        String reviews = "/people/" + someone + "/outcomes/" + outcome.id() + "/reviews";
        browser.get(reviews + "/new?lang=cy");
        Map<String, String> bad = review("", "11", "");
        bad.remove("rating");

        var response = browser.post(reviews, bad);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Dewiswch i ba raddau y mae’r canlyniad wedi’i gyflawni")
                .contains("Rhaid i’r sgôr cynnydd fod yn 10 neu lai").contains("Rhowch y dystiolaeth");

        // Letters in number boxes and a made-up rating are shown back with errors, not a server error.
        Map<String, String> mistyped = review("SOMETIMES", "nine", "Goes most weeks");
        mistyped.put("reviewedDay", "first");
        var typedWrong = browser.post(reviews, mistyped);
        assertThat(typedWrong.statusCode()).isEqualTo(200);
        assertThat(typedWrong.body()).contains("Rhowch rif cyfan").contains("value=\"nine\"")
                .contains("Goes most weeks");
    }

    @Test
    void anotherCouncilCannotReviewOrSeeTheOutcome() {
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = livingPerson();
        var outcome = planning.agree(actor, someone, agreement());
        SignedIn.clear();
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var stranger = fixture.user(otherCouncil, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(stranger.username(), PASSWORD);
        String reviews = "/people/" + someone + "/outcomes/" + outcome.id() + "/reviews";

        assertThat(browser.get(reviews + "/new").statusCode()).isEqualTo(404);
        assertThat(browser.post(reviews, review("ACHIEVED", "10", "Forged")).statusCode()).isEqualTo(404);
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from outcome_review where outcome_id = ?", Integer.class, outcome.id()))).isZero();
    }

    private static OutcomeAgreement agreement() {
        return new OutcomeAgreement("I want to get to chapel on Sundays", "wales-nof/relationships", null, null,
                null, null, true, true);
    }

    private UUID livingPerson() {
        return peopleFixture.newPerson(DEMO_COUNCIL);
    }

    private static Map<String, String> review(String rating, String score, String evidence) {
        Map<String, String> form = new HashMap<>();
        LocalDate today = LocalDate.now();
        form.put("reviewedDay", String.valueOf(today.getDayOfMonth()));
        form.put("reviewedMonth", String.valueOf(today.getMonthValue()));
        form.put("reviewedYear", String.valueOf(today.getYear()));
        form.put("rating", rating);
        form.put("progressScore", score);
        form.put("evidence", evidence);
        form.put("personView", "I am glad to be back");
        return form;
    }
}
