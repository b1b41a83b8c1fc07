package cymru.cylch.platform.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, finding 6, on the API: a POST with an Idempotency-Key is done once however often it is sent; the same
 * key with another request is refused. Registering a person through the API warns of possible duplicates.
 */
@CylchIntegrationTest
class IdempotencyKeyTest {

    private static final String CARE_MANAGER = "cylch-demo-token-caremanager";
    private static final String BROKER = "cylch-demo-token-broker";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdempotentRequests requests;

    @Test
    void theSameRequestWithTheSameKeyGetsTheFirstAnswerAgainAndMakesOneRecord() {
        var api = new ApiClient(port);
        String family = family();
        String key = UUID.randomUUID().toString();

        var first = api.post("/api/v1/people", CARE_MANAGER, person(family, false), Map.of("Idempotency-Key", key));
        var again = api.post("/api/v1/people", CARE_MANAGER, person(family, false), Map.of("Idempotency-Key", key));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body()).contains(family);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/people/"));
        assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(people(family)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedWith422() {
        var api = new ApiClient(port);
        String key = UUID.randomUUID().toString();
        String family = family();
        api.post("/api/v1/people", CARE_MANAGER, person(family, false), Map.of("Idempotency-Key", key));

        var other = api.post("/api/v1/people", CARE_MANAGER, person(family() , false),
                Map.of("Idempotency-Key", key, "Accept-Language", "cy"));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(other.body()).contains("urn:cylch:problem:idempotency-key-reused")
                .contains("Defnyddiwyd yr allwedd Idempotency-Key hon eisoes");
        assertThat(people(family)).isEqualTo(1);
    }

    @Test
    void manyRequestsAtOnceWithOneKeyMakeOneRecord() throws Exception {
        var api = new ApiClient(port);
        String family = family();
        String key = UUID.randomUUID().toString();

        var answers = atOnce(20, () -> api.post("/api/v1/people", CARE_MANAGER, person(family, false),
                Map.of("Idempotency-Key", key)));

        assertThat(people(family)).isEqualTo(1);
        // 409 only for those that came while the first was running: on a fast machine there may be none.
        assertThat(answers).extracting(HttpResponse::statusCode).isSubsetOf(201, 409).contains(201);
        assertThat(answers).filteredOn(a -> a.statusCode() == 201)
                .extracting(a -> a.headers().firstValue("Location").orElseThrow()).containsOnly(
                        answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow()
                                .headers().firstValue("Location").orElseThrow());
        assertThat(answers).filteredOn(a -> a.statusCode() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains("idempotency-key-in-progress"));
    }

    @Test
    void aKeyThatIsTooLongOrHasOtherCharactersIsRefusedWith400() {
        var api = new ApiClient(port);
        String family = family();

        for (String bad : new String[] {"x".repeat(256), "two words", "", "k\u00e9y"}) {
            var answer = api.post("/api/v1/people", CARE_MANAGER, person(family, false), Map.of("Idempotency-Key", bad));
            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            assertThat(answer.body()).contains("idempotency-key-invalid");
        }
        assertThat(people(family)).isZero();
        var quoted = api.post("/api/v1/people", CARE_MANAGER, person(family, false),
                Map.of("Idempotency-Key", "\"" + "k".repeat(255) + "\""));
        assertThat(quoted.statusCode()).isEqualTo(201);
    }

    @Test
    void keysBelongToTheirCaller() {
        var api = new ApiClient(port);
        String key = UUID.randomUUID().toString();
        String statement = "{\"text\": \"Provide 10 hours of home care a week\"}";

        var mine = api.post("/api/v1/outcome-statements/classify", CARE_MANAGER, statement, Map.of("Idempotency-Key", key));
        var theirs = api.post("/api/v1/outcome-statements/classify", BROKER,
                "{\"text\": \"I want to feel safe at home\"}", Map.of("Idempotency-Key", key));

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(theirs.body()).isNotEqualTo(mine.body());
    }

    @Test
    void storedAnswersGoWhenTheirTimeIsUp() {
        var api = new ApiClient(port);
        String key = UUID.randomUUID().toString();
        api.post("/api/v1/outcome-statements/classify", CARE_MANAGER, "{\"text\": \"Fewer falls\"}",
                Map.of("Idempotency-Key", key));
        assertThat(stored(key)).isEqualTo(1);
        SystemScope.run(() -> jdbc.update(
                "update idempotent_request set expires_at = now() - interval '1 minute' where idempotency_key = ?", key));

        requests.removeExpired();

        assertThat(stored(key)).isZero();
    }

    @Test
    void registeringThroughTheApiListsPossibleDuplicatesUnlessConfirmed() {
        var api = new ApiClient(port);
        String family = family();
        var first = api.post("/api/v1/people", CARE_MANAGER, person(family, false));
        String firstId = first.headers().firstValue("Location").orElseThrow().replace("/api/v1/people/", "");

        var warned = api.post("/api/v1/people", CARE_MANAGER, person(family, false));
        var confirmed = api.post("/api/v1/people", CARE_MANAGER, person(family, true));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(warned.statusCode()).isEqualTo(409);
        assertThat(warned.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(warned.body()).contains("urn:cylch:problem:possible-duplicates").contains("possibleDuplicates")
                .contains("\"id\":\"" + firstId + "\"").contains("/api/v1/people/" + firstId);
        assertThat(confirmed.statusCode()).isEqualTo(201);
        assertThat(people(family)).isEqualTo(2);
    }

    @Test
    void fiftyRegistrationsOfOneNameAtOnceWithoutKeysMakeOnePerson() throws Exception {
        var api = new ApiClient(port);
        String family = family();

        var answers = atOnce(50, () -> api.post("/api/v1/people", CARE_MANAGER, person(family, false)));

        assertThat(people(family)).isEqualTo(1);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409)
                .filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void registrationsAreCheckedAsOnThePage() {
        var api = new ApiClient(port);
        String family = family();

        var bad = api.post("/api/v1/people", CARE_MANAGER, """
                {"givenName": "Mair", "familyName": "%s", "dateOfBirth": "2999-01-01", "nhsNumber": "1234567890",
                 "preferredLanguage": "CY"}""".formatted(family));
        var notAllowed = api.post("/api/v1/people", BROKER, person(family, false));

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("dateOfBirth").contains("nhsNumber");
        assertThat(notAllowed.statusCode()).isEqualTo(403);
        assertThat(people(family)).isZero();
    }

    private static List<HttpResponse<String>> atOnce(int count, Callable<HttpResponse<String>> request)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
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

    private static String family() {
        return "Api-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String person(String family, boolean confirmed) {
        return """
                {"givenName": "Mair", "familyName": "%s", "dateOfBirth": "1939-04-12", "addressLine1": "2 Heol y Bryn",
                 "town": "Aberwen", "postcode": "SA98 1AB", "areaCode": "MYN-ABW", "preferredLanguage": "CY",
                 "welshOfferMade": true, "consentToShare": true, "confirmedNotDuplicate": %s}"""
                .formatted(family, confirmed);
    }

    private int people(String family) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from person where family_name = ?",
                Integer.class, family));
    }

    private int stored(String key) {
        return SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from idempotent_request where idempotency_key = ?", Integer.class, key));
    }
}
