package cymru.cylch.platform.web;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Client mistakes that once gave a 500 and an error with a stack trace in the log (a NUL character, a number
 * like 1e999999999, a broken percent-encoding, a 10 MB JSON body) are 400 or 413, with a clear page or problem,
 * and are not logged as errors.
 */
@CylchIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

    private static final String TOKEN = "cylch-demo-token-caremanager";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBrokenPercentEncodingIsABadRequestNotAnError(CapturedOutput output) {
        for (String query : new String[] {"%E0%A4%A", "%zz", "Jones%A"}) {
            String page = raw("GET /people?q=" + query + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n");
            String api = raw("GET /api/v1/people?q=" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: application/json\r\nAuthorization: Bearer " + TOKEN + "\r\n");
            String welsh = raw("GET /api/v1/people?q=" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept-Language: cy\r\nAuthorization: Bearer " + TOKEN + "\r\n");

            assertThat(page).as(query).startsWith("HTTP/1.1 400").contains("Sorry, that address is not valid");
            assertThat(api).as(query).startsWith("HTTP/1.1 400").contains("urn:cylch:problem:bad-encoding")
                    .contains("not correctly percent-encoded");
            assertThat(welsh).as(query).contains("Cais wedi’i amgodio’n wael");
        }
        assertThat(output.getAll()).doesNotContain("Jon").doesNotContain("InvalidParameterException")
                .doesNotContain("Servlet.service()").doesNotContain("Server error");
    }

    @Test
    void aNumberBeyondAnyRangeIsABadAnswer(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        String huge = "1" + "0".repeat(400);
        for (String number : new String[] {"1e999999999", "-1e999999999", "1e-999999999", huge, "1.0e308"}) {
            var response = api.post("/api/v1/instruments/swemwbs/score", TOKEN,
                    "{\"answers\": {\"item1\": " + number + ", \"item2\": 3}}");

            assertThat(response.statusCode()).as(number).isEqualTo(400);
            assertThat(response.body()).as(number).contains("urn:cylch:problem:answers").contains("item1");
        }
        assertThat(output.getAll()).doesNotContain("NumberFormatException").doesNotContain("Server error");
    }

    @Test
    void aNumberBeyondAnyRangeTypedIntoTheMeasurementFormIsRefusedBesideTheQuestion() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID someone = peopleFixture.newPerson(DEMO_COUNCIL);
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        browser.get("/people/" + someone + "/measurements/new?instrument=swemwbs");
        Map<String, String> form = new HashMap<>();
        form.put("instrument", "swemwbs");
        form.put("administeredDay", "1");
        form.put("administeredMonth", "12");
        form.put("administeredYear", "2026");
        form.put("mode", "WITH_WORKER");
        for (String item : new String[] {"item1", "item2", "item3", "item6", "item7", "item9", "item11"}) {
            form.put("answers[" + item + "]", "3");
        }
        form.put("answers[item1]", "1e999999999");

        var response = browser.post("/people/" + someone + "/measurements", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("There is a problem").contains("Enter a number");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from measurement where person_id = ?", Integer.class, someone))).isZero();
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWithoutEchoingIt(CapturedOutput output) {
        String answers = IntStream.range(0, 120_000).mapToObj(i -> "\"item" + i + "\": 3")
                .collect(Collectors.joining(", ", "{\"answers\": {", "}}"));
        assertThat(answers.length()).isGreaterThan(1_100_000);

        var declared = send(HttpRequest.BodyPublishers.ofString(answers));
        var chunked = send(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8))));

        for (var response : java.util.List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("urn:cylch:problem:too-large").hasSizeLessThan(1_000);
        }
        assertThat(output.getAll()).doesNotContain("Server error");
    }

    @Test
    void badAnswersAreNamedWithoutEchoingTheWholeInput() {
        ApiClient api = new ApiClient(port);
        String many = IntStream.range(0, 5_000).mapToObj(i -> "\"item" + i + "\": 3")
                .collect(Collectors.joining(", ", "{\"answers\": {", "}}"));
        String longCode = "{\"answers\": {\"" + "x".repeat(40_000) + "\": 3}}";

        var tooMany = api.post("/api/v1/instruments/swemwbs/score", TOKEN, many);
        var longItem = api.post("/api/v1/instruments/swemwbs/score", TOKEN, longCode);

        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("answers").hasSizeLessThan(2_000);
        assertThat(longItem.statusCode()).isEqualTo(400);
        assertThat(longItem.body()).contains("urn:cylch:problem:answers").hasSizeLessThan(2_000);
    }

    @Test
    void aNulInJsonTextIsAnInvalidField() {
        var response = new ApiClient(port).post("/api/v1/outcome-statements/classify", TOKEN,
                "{\"text\": \"I want to see my friends\\u0000\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("urn:cylch:problem:invalid").contains("control characters");
    }

    @Test
    void controlCharactersInANameAreRefusedOnTheFormAndLineBreaksInLongTextAreFine() {
        var user = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        browser.get("/people/new");
        String family = "Nul" + UUID.randomUUID().toString().substring(0, 6);

        var nul = browser.post("/people", person("Gwen\u0000", family, null));
        var tab = browser.post("/people", person("Gwen", family + "\t", null));
        var escape = browser.post("/people", person("Gwen", family, "Reads \u001B[31mlarge print"));
        browser.get("/people/new?lang=cy");
        var welsh = browser.post("/people", person("Gwen\u0007", family, null));
        var fine = browser.post("/people", person("Gwen", family, "Uses BSL.\r\nLarge print\tplease."));

        assertThat(nul.statusCode()).isEqualTo(200);
        assertThat(nul.body()).contains("This must be one line of text");
        assertThat(tab.body()).contains("This must be one line of text");
        assertThat(escape.body()).contains("Remove the invisible control characters from this text");
        assertThat(welsh.body()).contains("Rhaid i hwn fod yn un llinell o destun");
        assertThat(fine.statusCode()).isEqualTo(302);
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from person where family_name like ?", Integer.class, "Nul%" + family.substring(3)
                        + "%"))).isEqualTo(1);
    }

    @Test
    void controlCharactersInOrganisationAndUserNamesAreRefused() {
        var admin = fixture.user(DEMO_COUNCIL, Role.ADMINISTRATOR);
        WebSession browser = new WebSession(port);
        browser.signIn(admin.username(), PASSWORD);
        browser.get("/organisations/new");

        var organisation = browser.post("/organisations", Map.of("kind", "PROVIDER",
                "name", "Gofal\u0000Glas", "welshName", "Gofal\nGlas", "version", "0"));
        browser.get("/organisations/" + DEMO_COUNCIL + "/users/new");
        var user = browser.post("/organisations/" + DEMO_COUNCIL + "/users", Map.of("username",
                "ctl" + UUID.randomUUID().toString().substring(0, 6), "displayName", "Nia\u001BNewydd",
                "roles", "BROKER", "initialPassword", "Long-enough-password-1"));

        assertThat(organisation.statusCode()).isEqualTo(200);
        assertThat(organisation.body()).contains("This must be one line of text");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("This must be one line of text");
    }

    @Test
    void aNulInTheAuditFilterIsAFormErrorNotAServerError() {
        var auditor = fixture.user(DEMO_COUNCIL, Role.AUDITOR);
        WebSession browser = new WebSession(port);
        browser.signIn(auditor.username(), PASSWORD);

        var response = browser.get("/audit?recordType=person&recordId=ab%00cd");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("This must be one line of text");
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/instruments/swemwbs/score"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                    .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request sent byte for byte, as no HTTP client here will send a malformed percent-encoding. */
    private String raw(String head) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> person(String given, String family, String communicationNeeds) {
        Map<String, String> form = new HashMap<>();
        form.put("givenName", given);
        form.put("familyName", family);
        form.put("birthDay", "21");
        form.put("birthMonth", "3");
        form.put("birthYear", "1941");
        form.put("addressLine1", "3 Heol y Bryn");
        form.put("town", "Aberwen");
        form.put("postcode", "sa981ab");
        form.put("areaCode", "MYN-ABW");
        form.put("preferredLanguage", "EN");
        if (communicationNeeds != null) {
            form.put("communicationNeeds", communicationNeeds);
        }
        form.put("version", "0");
        return form;
    }
}
