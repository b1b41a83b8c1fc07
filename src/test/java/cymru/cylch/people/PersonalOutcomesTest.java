package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.outcomes.StatementKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
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

/** Agreeing personal outcomes: the pages, the helper's reading kept with each outcome, the event, the walls. */
@CylchIntegrationTest
@RecordApplicationEvents
class PersonalOutcomesTest {

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
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aCareManagerAgreesOutcomesAndTheHelperFlagsAnOutput() {
        UUID someone = livingPerson();
        WebSession browser = careManager();
        browser.get("/people/" + someone + "/outcomes/new");

        var agreed = browser.post("/people/" + someone + "/outcomes", outcome(
                "I want to get to chapel on Sundays again", "wales-nof/relationships"));
        browser.get("/people/" + someone + "/outcomes/new");
        Map<String, String> output = outcome("Provide 10 hours of home care a week", "wales-nof/health");
        var unconfirmed = browser.post("/people/" + someone + "/outcomes", output);
        output.put("confirmedAsOutcome", "true");
        var confirmed = browser.post("/people/" + someone + "/outcomes", output);

        assertThat(agreed.statusCode()).isEqualTo(302);
        // The helper reads it as an output: the worker must confirm the words before they are agreed.
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(ErrorSummaries.links(unconfirmed.body())).containsExactly("confirmedAsOutcome");
        assertThat(ErrorSummaries.fieldError(unconfirmed.body(), "confirmedAsOutcome"))
                .contains("Cylch reads this as an output, not an outcome");
        assertThat(unconfirmed.body()).contains("This is what the person wants to achieve, in their words")
                .contains("id=\"verdict\"");
        assertThat(confirmed.statusCode()).isEqualTo(302);
        var page = browser.get("/people/" + someone).body();
        assertThat(page).contains("I want to get to chapel on Sundays again")
                .contains("Domestic, family and personal relationships")
                .contains("Reads as: Output").contains("How we will know: She tells us she has been");
        var kinds = SystemScope.call(() -> jdbc.queryForList(
                "select statement_kind from personal_outcome where person_id = ? order by statement_kind",
                String.class, someone));
        assertThat(kinds).containsExactly("OUTCOME", "OUTPUT");
    }

    @Test
    void anOutputIsAgreedAsAnOutcomeOnlyWhenTheWorkerConfirmsItThroughTheApiToo() {
        UUID someone = livingPerson();
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        var visits = new OutcomeAgreement("2 visits a day", "wales-nof/health", null, null, null, null, true, true);

        assertThatThrownBy(() -> planning.agree(actor, someone, visits)).isInstanceOfSatisfying(
                RuleViolationException.class, rule -> {
                                        assertThat(rule.code()).isEqualTo("outcome.confirm.OUTPUT");
                });

        var agreed = planning.agree(actor, someone, visits, true);

        assertThat(agreed.statementKind()).isEqualTo(StatementKind.OUTPUT);
    }

    @Test
    void theConfirmationComesAndGoesWithTheHelpersVerdictAsTheWordsAreTyped() {
        UUID someone = livingPerson();
        WebSession browser = careManager();
        String verdict = "/people/" + someone + "/outcomes/verdict?lang=cy&statement=";

        var output = browser.get(verdict + "Darparu+10+awr+o+ofal+yr+wythnos&confirmedAsOutcome=true");
        var outcome = browser.get(verdict + "Rydw+i+eisiau+mynd+i%E2%80%99r+capel+ar+ddydd+Sul+eto");

        assertThat(output.statusCode()).isEqualTo(200);
        assertThat(output.body()).startsWith("<div id=\"outcome-helper\"").contains("Allbwn")
                .contains("Dyma beth mae’r unigolyn yn dymuno ei gyflawni, yn eu geiriau eu hunain")
                .contains("name=\"confirmedAsOutcome\" value=\"true\" checked").doesNotContain("<html");
        assertThat(outcome.body()).contains("Canlyniad").doesNotContain("confirmedAsOutcome");
    }

    @Test
    void missingWordsOrDomainGetSpecificErrorsInWelsh() {
        UUID someone = livingPerson();
        WebSession browser = careManager();
        browser.get("/people/" + someone + "/outcomes/new?lang=cy");

        var response = browser.post("/people/" + someone + "/outcomes", outcome("", ""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Rhowch y canlyniad yng ngeiriau’r unigolyn")
                .contains("Dewiswch y maes llesiant");
    }

    @Test
    void agreeingPublishesPersonalOutcomeAgreedWithWhatListenersNeed() {
        UUID someone = livingPerson();
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);

        var outcome = planning.agree(actor, someone, new OutcomeAgreement("Fewer falls at home", "wales-nof/health",
                "No falls reported in a month", "Two falls since June", LocalDate.now().plusMonths(3), null, true,
                true));

        assertThat(events.stream(PersonalOutcomeAgreed.class)).singleElement().satisfies(e -> {
            assertThat(e.outcomeId()).isEqualTo(OutcomeId.of(outcome.id()));
            assertThat(e.personId()).isEqualTo(PersonId.of(someone));
            assertThat(e.heldBy()).isEqualTo(OrganisationId.of(DEMO_COUNCIL));
            assertThat(e.organisation()).isEqualTo(OrganisationId.of(DEMO_COUNCIL));
            assertThat(e.key()).isEqualTo("outcome-agreed/" + outcome.id());
            assertThat(e.domain()).isEqualTo("wales-nof/health");
            assertThat(e.statementKind()).isEqualTo(StatementKind.OUTCOME);
        });
    }

    @Test
    void noOutcomeForSomeoneWhoHasDiedOrForAnUnknownDomainOrAPastDate() {
        var actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID died = SystemScope.call(() -> jdbc.queryForObject(
                "select id from person where held_by = ? and date_of_death is not null limit 1", UUID.class,
                DEMO_COUNCIL));
        UUID living = livingPerson();

        assertThatThrownBy(() -> planning.agree(actor, died, agreement("wales-nof/health", null)))
                .isInstanceOf(RuleViolationException.class).hasMessage("outcome.personDied");
        assertThatThrownBy(() -> planning.agree(actor, living, agreement("nowhere/nothing", null)))
                .isInstanceOf(RuleViolationException.class).hasMessage("outcome.domain.unknown");
        assertThatThrownBy(() -> planning.agree(actor, living, agreement("wales-nof/health",
                LocalDate.now().minusDays(1)))).isInstanceOf(RuleViolationException.class)
                .hasMessage("outcome.targetDate.past");
    }

    @Test
    void anotherCouncilCannotSeeOrAgreeOutcomes() {
        UUID someone = livingPerson();
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        var stranger = fixture.user(otherCouncil, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(stranger.username(), PASSWORD);
        browser.get("/people");

        assertThat(browser.get("/people/" + someone + "/outcomes/new").statusCode()).isEqualTo(404);
        assertThat(browser.post("/people/" + someone + "/outcomes", outcome("Sneaky", "wales-nof/health"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theHelperAnswersBesideTheFormAsAFragment() {
        WebSession browser = careManager();

        var fragment = browser.get("/outcome-statements/verdict?statement=There+is+a+written+policy&lang=cy");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<div id=\"verdict\"").contains("Proses")
                .doesNotContain("<html");
    }

    private static OutcomeAgreement agreement(String domain, LocalDate target) {
        return new OutcomeAgreement("I can see my friends every week", domain, null, null, target, null, true, true);
    }

    private WebSession careManager() {
        var user = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    private UUID livingPerson() {
        return peopleFixture.newPerson(DEMO_COUNCIL);
    }

    private static Map<String, String> outcome(String statement, String domain) {
        Map<String, String> form = new HashMap<>();
        form.put("statement", statement);
        form.put("domain", domain);
        form.put("indicator", "She tells us she has been, and the minister sees her there");
        form.put("baseline", "Has not been since her fall in June");
        form.put("targetDay", "1");
        form.put("targetMonth", "3");
        form.put("targetYear", String.valueOf(LocalDate.now().getYear() + 1));
        form.put("contributors", "Her daughter drives her; the chapel’s lift; the care worker helps her get ready");
        form.put("genuine", "true");
        form.put("realistic", "true");
        return form;
    }
}
