package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Support plans: made and revised as new revisions with the budget the scheme worked out, the event, the rules,
 * the schedule running from the plan's start, the pages and PDFs in both languages, and the walls.
 */
@CylchIntegrationTest
@RecordApplicationEvents
class SupportPlansTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    SupportPlanning planning;

    @Autowired
    OutcomePlanning outcomes;

    @Autowired
    OutcomeReviewing reviewing;

    @Autowired
    PersonManagement people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aRevisionIsANewRowAndBothAreKeptWithTheirBudgets() {
        CylchUser actor = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);

        var first = planning.revise(actor, someone, draft(0, LocalDate.now(), 1, null)).plan();
        var second = planning.revise(actor, someone, draft(1, LocalDate.now().plusDays(7), 2, "More help needed"))
                .plan();

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(planning.history(actor, someone)).extracting(SupportPlan::revision).containsExactly(2, 1);
        assertThat(planning.current(actor, someone)).get().extracting(SupportPlan::id).isEqualTo(second.id());
        // Personal care at level 1 is 6 points, level 2 is 14; every other area at level 0; £6.00 a point.
        assertThat(first.indicativeWeeklyBudget()).isEqualByComparingTo("36.00");
        assertThat(second.indicativeWeeklyBudget()).isEqualByComparingTo("84.00");
        var kept = SystemScope.call(() -> jdbc.queryForList(
                "select indicative_weekly_budget from support_plan where person_id = ? order by revision",
                BigDecimal.class, someone));
        assertThat(kept).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("36.00"), new BigDecimal("84.00"));
        assertThat(planning.revision(actor, someone, 1).support()).singleElement()
                .extracting(PlannedSupport::hoursPerWeek).satisfies(h -> assertThat(h).isEqualByComparingTo("7.5"));
    }

    @Test
    void makingAndRevisingPublishSupportPlanChanged() {
        CylchUser actor = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);

        var plan = planning.revise(actor, someone, draft(0, LocalDate.now(), 1, null)).plan();

        assertThat(events.stream(SupportPlanChanged.class)).singleElement().isEqualTo(new SupportPlanChanged(
                SupportPlanId.of(plan.id()), PersonId.of(someone), OrganisationId.of(DEMO_COUNCIL), 1,
                Arrangement.INDIVIDUAL_SERVICE_FUND, LocalDate.now(), Money.of("36.00"), Money.of("27.00"),
                new BigDecimal("7.5"), null));
    }

    @Test
    void theRulesOfRevisingAPlan() {
        CylchUser actor = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        planning.revise(actor, someone, draft(0, LocalDate.now(), 1, null));

        assertRefused(() -> planning.revise(actor, someone, draft(0, LocalDate.now(), 2, "Stale")),
                "plan.changedMeanwhile");
        assertRefused(() -> planning.revise(actor, someone, draft(1, LocalDate.now(), 2, " ")), "plan.reason.missing");
        assertRefused(() -> planning.revise(actor, someone, draft(1, LocalDate.now().minusDays(1), 2, "Backdated")),
                "plan.effectiveFrom.beforePrevious");
        assertRefused(() -> planning.revise(actor, someone, draft(1, LocalDate.now().plusYears(2), 2, "Far")),
                "plan.effectiveFrom.tooLate");
        var noReview = new PlanDraft(Arrangement.DIRECT_PAYMENT, LocalDate.now(), levels(1), contributions(),
                List.of(), 1, "After a review", LocalDate.now().minusDays(3));
        assertRefused(() -> planning.revise(actor, someone, noReview), "plan.review.unknown");
        Map<String, Integer> unanswered = new HashMap<>(levels(1));
        unanswered.remove("carer");
        var missing = new PlanDraft(Arrangement.DIRECT_PAYMENT, LocalDate.now(), unanswered, contributions(),
                List.of(), 1, "Missing", null);
        assertRefused(() -> planning.revise(actor, someone, missing), "plan.need.missing", "carer");
        var tooManyHours = new PlanDraft(Arrangement.DIRECT_PAYMENT, LocalDate.now(), levels(1), contributions(),
                List.of(new PlannedSupport("Live-in care", null, new BigDecimal("169"), null)), 1, "Live-in", null);
        assertRefused(() -> planning.revise(actor, someone, tooManyHours), "plan.support.hours", "0");
        assertThat(planning.history(actor, someone)).hasSize(1);
    }

    @Test
    void aPlanTakesEffectNeitherBeforeThePersonWasBornNorYearsAgo() {
        CylchUser actor = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);

        // The fixture's person was born in 1940.
        assertRefused(() -> planning.revise(actor, someone, draft(0, LocalDate.of(1800, 1, 1), 1, null)),
                "plan.effectiveFrom.beforeBirth");
        assertRefused(() -> planning.revise(actor, someone, draft(0, LocalDate.now().minusYears(6), 1, null)),
                "plan.effectiveFrom.tooEarly");
        planning.revise(actor, someone, draft(0, LocalDate.now().minusYears(4), 1, null));
        assertThat(planning.history(actor, someone)).hasSize(1);
    }

    @Test
    void aPlanFrom1800IsRefusedBesideItsDateInWelshAndErrorsAreListedInPageOrder() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        browser.get("/people/" + someone + "/plan/edit?lang=cy");
        Map<String, String> eighteenHundred = formFields();
        eighteenHundred.put("effectiveDay", "1");
        eighteenHundred.put("effectiveMonth", "1");
        eighteenHundred.put("effectiveYear", "1800");

        var refused = browser.post("/people/" + someone + "/plan", eighteenHundred);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("href=\"#effectiveDay\"");
        assertThat(ErrorSummaries.fieldError(refused.body(), "effective"))
                .contains("Ni all y cynllun ddod i rym cyn i’r unigolyn gael ei eni");

        // Errors found by the annotations, the form's checks and the rules alike, listed as the page has them.
        browser.get("/people/" + someone + "/plan/edit?lang=en");
        Map<String, String> bad = formFields();
        bad.remove("arrangement");
        bad.put("effectiveDay", "31");
        bad.put("effectiveMonth", "2");
        bad.remove("needLevels[home]");
        bad.remove("needLevels[carer]");
        bad.put("personContribution", "x".repeat(2001));
        bad.put("support[0].description", "");
        bad.put("support[1].weeklyCost", "lots");
        bad.put("support[1].providedBy", "y".repeat(201));
        var errors = browser.post("/people/" + someone + "/plan", bad);
        assertThat(ErrorSummaries.links(errors.body())).containsExactly("arrangement", "effectiveDay",
                "needLevelshome", "needLevelscarer", "personContribution", "support0.description",
                "support1.description", "support1.providedBy", "support1.weeklyCost");
        ErrorSummaries.assertInPageOrder(errors.body());
        assertThat(errors.body()).contains("This must be 2,000 characters or fewer")
                .doesNotContain("between 0 and");
    }

    @Test
    void noPlanIsMadeAfterDeath() {
        CylchUser actor = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        people.recordDeath(actor, someone, LocalDate.now().minusDays(1));

        assertRefused(() -> planning.revise(actor, someone, draft(0, LocalDate.now(), 1, null)), "plan.personDied");
    }

    @Test
    void reviewsFallDueFromThePlanStartNotTheFirstOutcome() {
        CylchUser actor = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        outcomes.agree(actor, someone, new OutcomeAgreement("I want to get to chapel on Sundays",
                "wales-nof/relationships", null, null, null, null, true, true));
        LocalDate planStart = LocalDate.now().plusDays(10);
        assertThat(reviewing.nextReviewDue(actor, someone)).contains(LocalDate.now().plusWeeks(6));

        planning.revise(actor, someone, draft(0, planStart, 1, null));

        assertThat(reviewing.nextReviewDue(actor, someone)).contains(planStart.plusWeeks(6));
        // Nothing to review before the plan takes effect.
        UUID outcome = outcomes.outcomesOf(actor, someone).getFirst().id();
        assertRefused(() -> reviewing.review(actor, someone, outcome, new ReviewRecord(LocalDate.now(),
                Rating.PARTLY_ACHIEVED, 3, "Not started yet", null, null, null, null, false, null)),
                "review.date.beforePlan");
    }

    @Test
    void aCareManagerMakesAPlanThroughTheFormAndSeesIt() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        var form = browser.get("/people/" + someone + "/plan/edit");
        assertThat(form.body()).contains("Make a care and support plan").contains("Needs someone nearby day and night");

        var saved = browser.post("/people/" + someone + "/plan", formFields());

        assertThat(WebSession.redirectsTo(saved, "/people/" + someone + "/plan")).isTrue();
        assertThat(browser.get("/people/" + someone + "/plan").body())
                .contains("Direct payment").contains("£60.00 (10 points, Cylch example scheme 2026)")
                .contains("Personal assistant").contains("£4.50 over the indicative budget").contains("First plan");
        assertThat(browser.get("/people/" + someone).body()).contains("Revision 1, from");
    }

    @Test
    void badPlanFormsGetSpecificErrorsInWelshAndNothingIsSaved() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        browser.get("/people/" + someone + "/plan/edit?lang=cy");
        Map<String, String> bad = formFields();
        bad.remove("arrangement");
        bad.remove("needLevels[safety]");
        bad.put("support[0].description", "");
        bad.put("support[1].hoursPerWeek", "lots");
        bad.put("effectiveDay", "31");
        bad.put("effectiveMonth", "2");

        var response = browser.post("/people/" + someone + "/plan", bad);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Dewiswch sut mae’r cymorth wedi’i drefnu")
                .contains("Dewiswch lefel yr angen yn y maes hwn")
                .contains("Rhowch beth a ddarperir, neu cliriwch y llinell gyfan")
                .contains("Rhowch rif gyda hyd at ddau le degol, fel 7.5")
                .contains("Rhowch y dyddiad y daw’r cynllun i rym, fel dyddiad go iawn")
                .contains("href=\"#needLevelssafety\"").contains("id=\"needLevelssafety\"");
        Map<String, String> lettersForADay = formFields();
        lettersForADay.put("effectiveDay", "tenth");
        var typedWrong = browser.post("/people/" + someone + "/plan", lettersForADay);
        assertThat(typedWrong.statusCode()).isEqualTo(200);
        assertThat(typedWrong.body()).contains("Rhowch");
        // An empty level for an area the scheme lacks is no answer at all: ignored, not a server error.
        UUID another = peopleFixture.newPerson(DEMO_COUNCIL);
        Map<String, String> madeUpArea = formFields();
        madeUpArea.put("needLevels[pets]", "");
        assertThat(WebSession.redirectsTo(browser.post("/people/" + another + "/plan", madeUpArea),
                "/people/" + another + "/plan")).isTrue();
        browser.get("/people/" + someone + "/plan/edit");
        var empty = browser.post("/people/" + someone + "/plan", Map.of("basedOnRevision", "0"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Dewiswch lefel yr angen yn y maes hwn");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from support_plan where person_id = ?", Integer.class, someone))).isZero();
    }

    @Test
    void aReviewThatChangesThePlanLeadsToARevisionNamingIt() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        CylchUser actor = SignedIn.as(careManager.id(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        var outcome = outcomes.agree(actor, someone, new OutcomeAgreement("I want to cook my own tea",
                "wales-nof/control", null, null, null, null, true, true));
        planning.revise(actor, someone, draft(0, LocalDate.now(), 1, null));
        SignedIn.clear();
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        String reviews = "/people/" + someone + "/outcomes/" + outcome.id() + "/reviews";
        browser.get(reviews + "/new");
        LocalDate today = LocalDate.now();

        var reviewed = browser.post(reviews, Map.of("reviewedDay", "" + today.getDayOfMonth(),
                "reviewedMonth", "" + today.getMonthValue(), "reviewedYear", "" + today.getYear(),
                "rating", "NOT_ACHIEVED", "progressScore", "2", "evidence", "Still cannot manage the cooker",
                "revisesPlan", "true"));
        assertThat(WebSession.redirectsTo(reviewed, "/people/" + someone + "/plan/edit?review=" + today)).isTrue();
        var form = browser.get("/people/" + someone + "/plan/edit?review=" + today).body();
        assertThat(form).contains("Revise the plan").contains("This revision follows the review on");
        Map<String, String> revision = formFields();
        revision.put("basedOnRevision", "1");
        revision.put("revisedAtReview", today.toString());
        revision.put("reason", "Help with cooking added");
        browser.post("/people/" + someone + "/plan", revision);

        var page = browser.get("/people/" + someone + "/plan").body();
        assertThat(page).contains("Revision 2").contains("Help with cooking added").contains("Follows the review on");
        assertThat(browser.get("/people/" + someone + "/plan?revision=1").body())
                .contains("You are looking at revision 1, which has since been revised.");
    }

    @Test
    void thePlanPrintsInThePersonsLanguageWhoeverPrintsIt() {
        CylchUser actor = careManager();
        UUID welshSpeaker = peopleFixture.newPerson(DEMO_COUNCIL, Language.CY);
        planning.revise(actor, welshSpeaker, draft(0, LocalDate.now(), 1, null));
        SignedIn.clear();
        WebSession browser = new WebSession(port);
        browser.signIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER).username(), PASSWORD);

        var pdf = browser.downloadBytes("/people/" + welshSpeaker + "/plan/document");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        // PDF text breaks lines where the page wraps them.
        String text = WebSession.pdfText(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text).contains("Cynllun gofal a chymorth ar gyfer Test Person").contains("Cronfa gwasanaeth")
                .contains("£36.00").contains("Pwy sy’n cyfrannu beth").doesNotContain("Care and support plan for");
        assertThat(SystemScope.call(() -> jdbc.queryForObject("""
                select count(*) from audit_event where record_type = 'person' and record_id = ? and action = 'EXPORTED'
                """, Integer.class, welshSpeaker.toString()))).isEqualTo(1);
    }

    @Test
    void theSubjectAccessExportComesAsAPdfForAuditorsOnly() {
        CylchUser actor = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL, Language.CY);
        planning.revise(actor, someone, draft(0, LocalDate.now(), 1, null));
        SignedIn.clear();
        WebSession auditor = new WebSession(port);
        auditor.signIn(fixture.user(DEMO_COUNCIL, Role.AUDITOR).username(), PASSWORD);
        WebSession careManager = new WebSession(port);
        careManager.signIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER).username(), PASSWORD);

        var pdf = auditor.downloadBytes("/people/" + someone + "/subject-access.pdf");
        var json = auditor.download("/people/" + someone + "/subject-access.json");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(WebSession.pdfText(pdf.body())).contains("Popeth a gedwir am Test Person")
                .contains("Pwy sydd wedi edrych ar eich cofnod").contains("Cronfa gwasanaeth").contains("£36.00");
        assertThat(json.body()).contains("\"supportPlans\"").contains("INDIVIDUAL_SERVICE_FUND");
        assertThat(careManager.downloadBytes("/people/" + someone + "/subject-access.pdf").statusCode())
                .isEqualTo(403);
    }

    @Test
    void brokersReadPlansButOnlyCareManagersChangeThem() {
        CylchUser actor = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        planning.revise(actor, someone, draft(0, LocalDate.now(), 1, null));
        SignedIn.clear();
        WebSession broker = new WebSession(port);
        broker.signIn(fixture.user(DEMO_COUNCIL, Role.BROKER).username(), PASSWORD);
        WebSession commissioner = new WebSession(port);
        commissioner.signIn(fixture.user(DEMO_COUNCIL, Role.COMMISSIONER).username(), PASSWORD);

        assertThat(broker.get("/people/" + someone + "/plan").statusCode()).isEqualTo(200);
        assertThat(broker.get("/people/" + someone + "/plan/edit").statusCode()).isEqualTo(403);
        assertThat(broker.post("/people/" + someone + "/plan", formFields()).statusCode()).isEqualTo(403);
        assertThat(commissioner.get("/people/" + someone + "/plan").statusCode()).isEqualTo(403);
        assertThat(commissioner.downloadBytes("/people/" + someone + "/plan/document").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherCouncilOrAProviderWithoutAnAgreementSeesNothing() {
        CylchUser actor = careManager();
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        planning.revise(actor, someone, draft(0, LocalDate.now(), 1, null));
        SignedIn.clear();
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, null);
        WebSession stranger = new WebSession(port);
        stranger.signIn(fixture.user(otherCouncil, Role.CARE_MANAGER).username(), PASSWORD);
        WebSession provider = new WebSession(port);
        provider.signIn(fixture.user(DEMO_FIRST_PROVIDER, Role.PROVIDER_USER).username(), PASSWORD);

        assertThat(stranger.get("/people/" + someone + "/plan").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/people/" + someone + "/plan/edit").statusCode()).isEqualTo(404);
        assertThat(stranger.downloadBytes("/people/" + someone + "/plan/document").statusCode()).isEqualTo(404);
        Map<String, String> forged = formFields();
        forged.put("basedOnRevision", "1");
        forged.put("reason", "Forged");
        assertThat(stranger.post("/people/" + someone + "/plan", forged).statusCode()).isEqualTo(404);
        assertThat(provider.get("/people/" + someone + "/plan").statusCode()).isEqualTo(403);
        assertThat(provider.downloadBytes("/people/" + someone + "/plan/document").statusCode()).isEqualTo(403);
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from support_plan where person_id = ?", Integer.class, someone))).isEqualTo(1);
    }

    @Test
    void otherSystemsReadThePlanAsItStandsThroughTheApi() {
        CylchUser actor = careManager();
        UUID planned = peopleFixture.newPerson(DEMO_COUNCIL);
        UUID unplanned = peopleFixture.newPerson(DEMO_COUNCIL);
        planning.revise(actor, planned, draft(0, LocalDate.now(), 1, null));
        planning.revise(actor, planned, draft(1, LocalDate.now(), 2, "More help with personal care"));
        SignedIn.clear();
        ApiClient api = new ApiClient(port);

        var plan = api.get("/api/v1/people/" + planned + "/plan", "cylch-demo-token-broker");
        var none = api.get("/api/v1/people/" + unplanned + "/plan", "cylch-demo-token-caremanager");
        var provider = api.get("/api/v1/people/" + planned + "/plan", "cylch-demo-token-provider");

        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains("\"revision\":2").contains("\"indicativeWeeklyBudget\":84.00")
                .contains("\"arrangement\":\"INDIVIDUAL_SERVICE_FUND\"").contains("More help with personal care");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        assertThat(provider.statusCode()).isEqualTo(403);
    }

    private CylchUser careManager() {
        return SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
    }

    private static void assertRefused(Runnable change, String code) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolationException.class,
                rule -> assertThat(rule.code()).isEqualTo(code));
    }

    private static void assertRefused(Runnable change, String code, String part) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolationException.class, rule -> {
            assertThat(rule.code()).isEqualTo(code);
            assertThat(rule.part()).isEqualTo(part);
        });
    }

    private static PlanDraft draft(int basedOn, LocalDate from, int personalCare, String reason) {
        return new PlanDraft(Arrangement.INDIVIDUAL_SERVICE_FUND, from, levels(personalCare), contributions(),
                List.of(new PlannedSupport("Morning visits", "Llanfedw Home Care", new BigDecimal("7.5"),
                        new BigDecimal("27.00"))), basedOn, reason, null);
    }

    private static Map<String, Integer> levels(int personalCare) {
        Map<String, Integer> levels = new HashMap<>(Map.of("personal-care", personalCare, "eating-drinking", 0,
                "home", 0, "getting-out", 0, "relationships", 0, "safety", 0, "decisions", 0, "carer", 0));
        return levels;
    }

    private static PlanDraft.Contributions contributions() {
        return new PlanDraft.Contributions("Makes breakfast", "Son visits at weekends", "Chapel friends",
                "Morning visits");
    }

    /** A whole plan form: a direct payment, personal care level 1 (6 points) and carer level 1 (4 points). */
    private static Map<String, String> formFields() {
        Map<String, String> form = new HashMap<>();
        LocalDate today = LocalDate.now();
        form.put("basedOnRevision", "0");
        form.put("arrangement", "DIRECT_PAYMENT");
        form.put("effectiveDay", "" + today.getDayOfMonth());
        form.put("effectiveMonth", "" + today.getMonthValue());
        form.put("effectiveYear", "" + today.getYear());
        for (String area : List.of("eating-drinking", "home", "getting-out", "relationships", "safety",
                "decisions")) {
            form.put("needLevels[" + area + "]", "0");
        }
        form.put("needLevels[personal-care]", "1");
        form.put("needLevels[carer]", "1");
        form.put("personContribution", "Makes breakfast");
        form.put("support[0].description", "Personal assistant, mornings");
        form.put("support[0].providedBy", "Personal assistant");
        form.put("support[0].hoursPerWeek", "7.5");
        form.put("support[0].weeklyCost", "64.50");
        form.put("support[1].description", "");
        return form;
    }
}
