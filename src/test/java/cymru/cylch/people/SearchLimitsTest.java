package cymru.cylch.people;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditEntry;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.audit.AuditSearch;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Searches are capped (a thousand words once took 15 s and, twelve at once, starved every other search), refused
 * clearly in the user's language, and each person a search shows is recorded in the audit.
 */
@CylchIntegrationTest
class SearchLimitsTest {

    private static final String TOKEN = "cylch-demo-token-caremanager";
    private static final String THOUSAND_WORDS = IntStream.range(0, 1_000).mapToObj(i -> "jon" + i)
            .collect(Collectors.joining(" "));

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    AuditLog audit;

    @Test
    void aThousandWordSearchIsRefusedAtOnceThroughTheApi() {
        ApiClient api = new ApiClient(port);
        long start = System.nanoTime();

        var english = api.get("/api/v1/people?q=" + encode(THOUSAND_WORDS), TOKEN);
        var welsh = api.get("/api/v1/people?q=" + encode(THOUSAND_WORDS), TOKEN, "cy");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(english.body()).contains("urn:cylch:problem:search-too-long")
                .contains("A search can be up to 100 characters").doesNotContain("jon999");
        assertThat(welsh.statusCode()).isEqualTo(400);
        assertThat(welsh.body()).contains("Gall chwiliad fod hyd at 100 nod");
    }

    @Test
    void elevenShortWordsAreTooManyAndTenAreFine() {
        ApiClient api = new ApiClient(port);
        String ten = IntStream.range(0, 10).mapToObj(i -> "a").collect(Collectors.joining(" "));

        assertThat(api.get("/api/v1/people?q=" + encode(ten), TOKEN).statusCode()).isEqualTo(200);
        var eleven = api.get("/api/v1/people?q=" + encode(ten + " a"), TOKEN);
        assertThat(eleven.statusCode()).isEqualTo(400);
        assertThat(eleven.body()).contains("urn:cylch:problem:search-too-many-words")
                .contains("A search can have up to 10 words");
    }

    @Test
    void aNulOrOtherControlCharacterInASearchIsAClientError() {
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/people?q=jones%09aberwen", TOKEN).statusCode()).as("a tab is a space").isEqualTo(200);
        for (String query : List.of("jo%00nes", "jo%1Bnes", "jones%7F")) {
            var response = api.get("/api/v1/people?q=" + query, TOKEN);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("urn:cylch:problem:search-control-characters");
        }
    }

    @Test
    void thePageSaysWhatIsWrongInTheUsersLanguage() {
        WebSession browser = careManager();

        var english = browser.get("/people?q=" + encode(THOUSAND_WORDS));
        var welsh = browser.get("/people?lang=cy&q=" + encode(String.join(" ", THOUSAND_WORDS.substring(0, 80)
                .split(" "))));
        var nul = browser.get("/people?lang=en&q=jo%00nes");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("There is a problem").contains("Search with up to 100 characters")
                .contains("govuk-input--error").doesNotContain("value=\"jon0");
        assertThat(welsh.body()).contains("Mae problem").contains("Chwiliwch gyda hyd at 10 gair");
        assertThat(nul.body()).contains("Remove the invisible control character from your search");
    }

    @Test
    void aSearchRecordsWhomItShowedAndNothingOfWhatWasTyped() {
        var user = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);

        var page = browser.get("/people?q=jones");

        assertThat(page.statusCode()).isEqualTo(200);
        List<String> shown = Pattern.compile("href=\"/people/([0-9a-f-]{36})\"").matcher(page.body()).results()
                .map(m -> m.group(1)).toList();
        assertThat(shown).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        List<AuditEntry> recorded = audit.search(new AuditSearch(DEMO_COUNCIL, null, null, AuditAction.VIEWED,
                user.username(), "person", null, 0, 500)).entries();
        assertThat(recorded).extracting(AuditEntry::recordId).containsExactlyInAnyOrderElementsOf(shown);
        assertThat(recorded).allSatisfy(e -> assertThat(e.reason()).isEqualTo(PersonManagement.SEARCH_RESULT));
    }

    @Test
    void aSearchThatFindsNoOneRecordsNothing() {
        ApiClient api = new ApiClient(port);
        Instant before = Instant.now().minusSeconds(1);

        assertThat(api.get("/api/v1/people?q=zzqxnobody", TOKEN).body()).isEqualTo("[]");

        assertThat(audit.search(new AuditSearch(DEMO_COUNCIL, before, null, AuditAction.VIEWED, "caremanager",
                "person", null, 0, 500)).entries()).noneMatch(e -> PersonManagement.SEARCH_RESULT.equals(e.reason()));
    }

    private WebSession careManager() {
        var user = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
