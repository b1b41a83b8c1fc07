package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, finding 6: the same form sent many times at once, or sent again later, is acted on once. Every
 * state-changing form carries a one-time token; a second submission leads to a page saying so.
 */
@CylchIntegrationTest
class RepeatedSubmissionsTest {

    private static final int AT_ONCE = 50;

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture people;

    @Autowired
    OutcomePlanning planning;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void fiftyIdenticalReviewPostsAtOnceMakeOneReview() throws Exception {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = people.newPerson(DEMO_COUNCIL);
        var outcome = planning.agree(SignedIn.as(careManager.id(), DEMO_COUNCIL, Role.CARE_MANAGER), someone,
                new OutcomeAgreement("I want to walk to the shop", "wales-nof/health", null, null, null, null, true,
                        true));
        SignedIn.clear();
        WebSession browser = signedIn(careManager.username());
        String reviews = "/people/" + someone + "/outcomes/" + outcome.id() + "/reviews";
        browser.get(reviews + "/new");

        var answers = sendAtOnce(browser, reviews, review());

        assertThat(count("select count(*) from outcome_review where outcome_id = ?", outcome.id())).isEqualTo(1);
        assertThat(answers).filteredOn(r -> WebSession.redirectsTo(r, "/people/" + someone)).hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 303
                && r.headers().firstValue("Location").orElseThrow().startsWith("/forms/already-sent")).hasSize(AT_ONCE - 1);
    }

    @Test
    void fiftyIdenticalRegistrationsWithNoNhsNumberMakeOnePerson() throws Exception {
        WebSession browser = signedIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER).username());
        browser.get("/people/new");
        String family = "Unwaith-" + UUID.randomUUID().toString().substring(0, 8);

        var answers = sendAtOnce(browser, "/people", person("Heledd", family));

        assertThat(count("select count(*) from person where family_name = ?", family)).isEqualTo(1);
        assertThat(answers).filteredOn(r -> WebSession.redirectsTo(r, "/people/")).hasSize(1);
    }

    @Test
    void anOutcomeFormSentAgainMakesOneOutcomeAndSaysSoWithALinkToTheRecord() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = people.newPerson(DEMO_COUNCIL);
        WebSession browser = signedIn(careManager.username());
        String form = "/people/" + someone + "/outcomes/new";
        browser.get(form);
        Map<String, String> outcome = Map.of("statement", "I want to get to chapel on Sundays again",
                "domain", "wales-nof/relationships", "genuine", "true", "realistic", "true");

        var first = browser.post("/people/" + someone + "/outcomes", outcome);
        var again = browser.post("/people/" + someone + "/outcomes", outcome);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(count("select count(*) from personal_outcome where person_id = ?", someone)).isEqualTo(1);
        String page = again.headers().firstValue("Location").orElseThrow();
        assertThat(page).startsWith("/forms/already-sent");
        var shown = browser.get(page + "&lang=cy");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Mae’r ffurflen hon wedi’i hanfon eisoes")
                .contains("href=\"/people/" + someone + "#outcomes\"");
        assertThat(browser.get(page + "&lang=en").body()).contains("This form was already sent")
                .contains("Go to what the form made or changed");
    }

    @Test
    void aFormShownAgainWithErrorsGetsAFreshTokenThatWorks() {
        UUID someone = people.newPerson(DEMO_COUNCIL);
        WebSession browser = signedIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER).username());
        browser.get("/people/" + someone + "/outcomes/new");
        String firstToken = browser.formToken();

        var refused = browser.post("/people/" + someone + "/outcomes", Map.of("statement", "", "domain", ""));
        String secondToken = browser.formToken();
        var agreed = browser.post("/people/" + someone + "/outcomes", Map.of("statement", "I want to cook again",
                "domain", "wales-nof/health", "genuine", "true", "realistic", "true"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(secondToken).isNotBlank().isNotEqualTo(firstToken);
        assertThat(agreed.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from personal_outcome where person_id = ?", someone)).isEqualTo(1);
    }

    @Test
    void aPostWithoutAUsableTokenChangesNothing() {
        UUID someone = people.newPerson(DEMO_COUNCIL);
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession other = signedIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER).username());
        other.get("/people/" + someone + "/outcomes/new");
        String othersToken = other.formToken();
        WebSession browser = signedIn(careManager.username());
        browser.get("/people/" + someone + "/outcomes/new");
        String token = browser.formToken();
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        Map<String, String> outcome = new HashMap<>(Map.of("statement", "I want to see my grandchildren",
                "domain", "wales-nof/relationships", "genuine", "true", "realistic", "true"));

        List<HttpResponse<String>> refused = new ArrayList<>();
        outcome.put("formToken", "");
        refused.add(browser.post("/people/" + someone + "/outcomes", outcome));
        outcome.put("formToken", forged);
        refused.add(browser.post("/people/" + someone + "/outcomes", outcome));
        outcome.put("formToken", othersToken);
        refused.add(browser.post("/people/" + someone + "/outcomes", outcome));

        assertThat(refused).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/forms/not-sent");
        });
        assertThat(count("select count(*) from personal_outcome where person_id = ?", someone)).isZero();
        assertThat(browser.get("/forms/not-sent").body()).contains("This form could not be sent");
        outcome.put("formToken", token);
        assertThat(browser.post("/people/" + someone + "/outcomes", outcome).statusCode()).isEqualTo(302);
    }

    @Test
    void theOutcomeHelperAnswersEveryPostOfTheSameForm() {
        WebSession browser = signedIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER).username());
        browser.get("/outcome-statements");
        Map<String, String> check = Map.of("text", "Provide 10 hours of home care a week");

        var first = browser.post("/outcome-statements", check);
        String token = browser.formToken();
        var second = browser.postRaw("/outcome-statements", Map.of("text", "I want to feel safe at home",
                "formToken", token, "_csrf", csrfOf(first.body())));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("I want to feel safe at home");
    }

    @Test
    void registeringSomeoneWithTheSameNameAndBirthWarnsWithLinksAndNeedsConfirming() {
        WebSession browser = signedIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER).username());
        String family = "Dyblyg-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get("/people/new");
        var first = browser.post("/people", person("Nia", family));
        String firstPath = first.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        browser.get("/people/new");

        var warned = browser.post("/people", person(" nia ", family.toUpperCase()));

        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.body()).contains("Is this someone already registered?")
                .contains("href=\"" + firstPath + "\"")
                .contains("Check the records listed, then tick the box to say this is a different person");
        assertThat(count("select count(*) from person where family_key = lower(?)", family)).isEqualTo(1);

        Map<String, String> confirmed = person("Nia", family);
        confirmed.put("confirmedNotDuplicate", "true");
        var registered = browser.post("/people", confirmed);

        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from person where family_key = lower(?)", family)).isEqualTo(2);
    }

    @Test
    void theWarningShowsOnlyTheOrganisationsOwnRecords() {
        String family = "Cyngor-" + UUID.randomUUID().toString().substring(0, 8);
        UUID otherCouncil = fixture.organisation(cymru.cylch.organisations.OrganisationKind.COUNCIL, DEMO_COUNCIL);
        WebSession elsewhere = signedIn(fixture.user(otherCouncil, Role.CARE_MANAGER).username());
        elsewhere.get("/people/new");
        assertThat(elsewhere.post("/people", person("Owain", family)).statusCode()).isEqualTo(302);

        WebSession here = signedIn(fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER).username());
        here.get("/people/new");
        var registered = here.post("/people", person("Owain", family));

        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from person where family_name = ?", family)).isEqualTo(2);
    }

    private List<HttpResponse<String>> sendAtOnce(WebSession browser, String path, Map<String, String> fields)
            throws Exception {
        // One form, as the page showed it, sent fifty times.
        Map<String, String> withTokens = new HashMap<>(fields);
        assertThat(browser.formToken()).isNotBlank();
        withTokens.put("formToken", browser.formToken());
        withTokens.put("_csrf", browser.csrf());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                Callable<HttpResponse<String>> post = () -> {
                    start.await();
                    return browser.postRaw(path, withTokens);
                };
                sent.add(pool.submit(post));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (var answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private WebSession signedIn(String username) {
        WebSession browser = new WebSession(port);
        assertThat(WebSession.redirectsTo(browser.signIn(username, PASSWORD), "/")).isTrue();
        return browser;
    }

    private static String csrfOf(String page) {
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private int count(String sql, Object argument) {
        return SystemScope.call(() -> jdbc.queryForObject(sql, Integer.class, argument));
    }

    private static Map<String, String> review() {
        LocalDate today = LocalDate.now();
        Map<String, String> form = new HashMap<>();
        form.put("reviewedDay", String.valueOf(today.getDayOfMonth()));
        form.put("reviewedMonth", String.valueOf(today.getMonthValue()));
        form.put("reviewedYear", String.valueOf(today.getYear()));
        form.put("rating", "PARTLY_ACHIEVED");
        form.put("progressScore", "5");
        form.put("evidence", "Walked there twice with her son");
        form.put("personView", "I liked it");
        return form;
    }

    private static Map<String, String> person(String given, String family) {
        Map<String, String> form = new HashMap<>();
        form.put("givenName", given);
        form.put("familyName", family);
        form.put("birthDay", "2");
        form.put("birthMonth", "7");
        form.put("birthYear", "1938");
        form.put("addressLine1", "5 Stryd Fawr");
        form.put("town", "Aberwen");
        form.put("postcode", "SA98 1AB");
        form.put("areaCode", "MYN-ABW");
        form.put("preferredLanguage", "EN");
        form.put("version", "0");
        return form;
    }
}
