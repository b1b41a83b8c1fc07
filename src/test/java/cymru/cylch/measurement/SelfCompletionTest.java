package cymru.cylch.measurement;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Self-completion links: answered without an account in Welsh, used once, expiring, storing nothing half-done. */
@CylchIntegrationTest
class SelfCompletionTest {

    private static final Pattern LINK = Pattern.compile("/public/questionnaires/(cq_[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    SelfCompletion selfCompletion;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aCarerAnswersInWelshThroughTheLinkOnceAndOnlyOnce() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession worker = new WebSession(port);
        worker.signIn(careManager.username(), PASSWORD);
        worker.get("/people/" + someone + "/measurements");
        var issued = worker.post("/people/" + someone + "/measurements/links",
                Map.of("instrument", "swemwbs", "mode", "CARER", "language", "cy"));
        var matcher = LINK.matcher(issued.body());
        assertThat(matcher.find()).as("the issued page shows the link").isTrue();
        String path = "/public/questionnaires/" + matcher.group(1);

        WebSession carer = new WebSession(port);
        var opened = carer.get(path);
        assertThat(WebSession.redirectsTo(opened, path + "?lang=cy")).isTrue();
        var page = carer.get(path + "?lang=cy");
        assertThat(page.body()).contains("Atebwch y cwestiynau hyn am yr unigolyn").contains("Rydw i wedi bod yn meddwl yn glir")
                .doesNotContain("Test Person");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        var done = carer.post(path, answers(4));
        var again = carer.post(path, answers(1));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Diolch");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("Mae’r ddolen hon eisoes wedi’i defnyddio");
        assertThat(carer.get(path + "?lang=cy").statusCode()).isEqualTo(410);
        assertThat(SystemScope.call(() -> jdbc.queryForList(
                "select mode from measurement where person_id = ?", String.class, someone))).containsExactly("CARER");
        assertThat(worker.get("/people/" + someone + "/measurements").body()).contains("data-value=\"28\"");
    }

    @Test
    void badAnswersThroughALinkStoreNothingAndLeaveItUsable() {
        String secret = issue(peopleFixture.newPerson(DEMO_COUNCIL));
        String path = "/public/questionnaires/" + secret;
        WebSession person = new WebSession(port);
        person.get(path + "?lang=en");
        Map<String, String> bad = new HashMap<>(answers(3));
        bad.put("answers[item6]", "7");
        bad.put("answers[item7]", "lots");

        var refused = person.post(path, bad);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Choose one of the answers given").contains("Enter a number");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from self_completion_link where secret_digest = encode(sha256(?::bytea), 'hex') "
                        + "and used_at is null", Integer.class, secret))).isEqualTo(1);
        // Nothing answered at all: SWEMWBS gives no score, so nothing is kept and the link stays usable.
        var empty = person.post(path, Map.of());
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Answer more of the questions");
        assertThat(person.post(path, answers(3)).body()).contains("Thank you");
    }

    @Test
    void anExpiredOrMadeUpLinkSaysSoPlainly() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        String secret = issue(someone);
        SystemScope.run(() -> jdbc.update("update self_completion_link set expires_at = now() - interval '1 minute' "
                + "where person_id = ?", someone));
        WebSession person = new WebSession(port);

        var expired = person.get("/public/questionnaires/" + secret + "?lang=en");
        var madeUp = person.get("/public/questionnaires/cq_made-up?lang=en");

        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired");
        assertThat(madeUp.statusCode()).isEqualTo(404);
        assertThat(madeUp.body()).contains("This link does not work");
    }

    @Test
    void twoSubmissionsAtOnceStoreOneMeasurement() throws Exception {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        String secret = issue(someone);
        Map<String, BigDecimal> answers = new HashMap<>();
        for (String item : List.of("item1", "item2", "item3", "item6", "item7", "item9", "item11")) {
            answers.put(item, BigDecimal.TWO);
        }
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> submit = () -> {
            start.await();
            try {
                SystemScope.run(() -> selfCompletion.complete(secret, answers));
                return "stored";
            } catch (LinkUnusable e) {
                return e.reason().name();
            }
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(submit);
            var second = pool.submit(submit);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("stored", "USED");
        }
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from measurement where person_id = ?", Integer.class, someone))).isEqualTo(1);
    }

    @Test
    void onlyCareManagersOfTheHoldingCouncilIssueLinks() {
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession broker = new WebSession(port);
        broker.signIn(fixture.user(DEMO_COUNCIL, Role.BROKER).username(), PASSWORD);
        WebSession stranger = new WebSession(port);
        stranger.signIn(fixture.user(fixture.organisation(OrganisationKind.COUNCIL, null), Role.CARE_MANAGER)
                .username(), PASSWORD);
        Map<String, String> form = Map.of("instrument", "wemwbs", "mode", "SELF", "language", "en");

        broker.get("/people/" + someone + "/measurements");
        assertThat(broker.post("/people/" + someone + "/measurements/links", form).statusCode()).isEqualTo(403);
        stranger.get("/");
        assertThat(stranger.post("/people/" + someone + "/measurements/links", form).statusCode()).isEqualTo(404);
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from self_completion_link where person_id = ?", Integer.class, someone))).isZero();
    }

    private String issue(UUID personId) {
        CylchUser actor = SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.CARE_MANAGER);
        try {
            return selfCompletion.issue(actor, personId, "swemwbs", AdministrationMode.SELF, "en").secret();
        } finally {
            SignedIn.clear();
        }
    }

    private static Map<String, String> answers(int each) {
        Map<String, String> answers = new HashMap<>();
        for (String item : List.of("item1", "item2", "item3", "item6", "item7", "item9", "item11")) {
            answers.put("answers[" + item + "]", String.valueOf(each));
        }
        return answers;
    }
}
