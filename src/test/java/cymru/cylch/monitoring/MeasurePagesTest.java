package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Performance measures on the pages and through the API: a commissioner takes a measure from the library, records a
 * provider's period with mistakes first, corrects it, and downloads the table; other systems read the measures and
 * their values; providers, other councils and roles that only read are turned away.
 */
@CylchIntegrationTest
class MeasurePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    private PaymentsFixture.Scene scene;

    /** The month before last, last month and this month, on the real clock (sessions and second factors use it). */
    private final LocalDate before = LocalDate.now(Today.ZONE).withDayOfMonth(1).minusMonths(2);
    private final LocalDate last = before.plusMonths(1);
    private final LocalDate current = last.plusMonths(1);

    @BeforeEach
    void aCouncilWithAProvider() {
        scene = payments.scene(before);
    }

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), OrganisationsFixture.PASSWORD);
        return browser;
    }

    private String adopt(WebSession commissioner, String code) {
        commissioner.get("/measures/library?lang=en");
        var adopted = commissioner.post("/measures/library/" + code + "?lang=en", Map.of());
        assertThat(WebSession.redirectsTo(adopted, "/measures/")).as(adopted.body()).isTrue();
        return adopted.headers().firstValue("Location").orElseThrow().replaceAll(".*/measures/", "")
                .replaceAll("[?;].*", "");
    }

    @Test
    void aCommissionerRecordsAProvidersPeriodWithMistakesFirstThenCorrectsIt() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String id = adopt(commissioner, "continuity-of-care");
        String series = "/measures/" + id + "/subjects/" + scene.provider();
        commissioner.get(series + "?lang=cy");
        var wrong = commissioner.post(series + "/values?lang=cy", Map.of("period", before.toString(), "numerator",
                "eleven", "denominator", ""));
        assertThat(ErrorSummaries.links(wrong.body())).containsExactly("numerator", "denominator");
        assertThat(wrong.body()).contains("Rhowch rif, fel 12 neu 85.5");
        commissioner.get(series + "?lang=cy");
        var over = commissioner.post(series + "/values?lang=cy", Map.of("period", before.toString(), "numerator",
                "120", "denominator", "100"));
        assertThat(ErrorSummaries.links(over.body())).containsExactly("numerator");
        assertThat(over.body()).contains("Ni all y rhifiadur fod yn fwy na’r enwadur mewn canran");

        commissioner.get(series + "?lang=en");
        var first = commissioner.post(series + "/values?lang=en", Map.of("period", before.toString(), "numerator", "80",
                "denominator", "100"));
        assertThat(WebSession.redirectsTo(first, series)).as(first.body()).isTrue();
        commissioner.get(series + "?lang=en");
        var again = commissioner.post(series + "/values?lang=en", Map.of("period", before.toString(), "numerator", "85",
                "denominator", "100"));
        assertThat(ErrorSummaries.links(again.body())).containsExactly("reason");
        commissioner.get(series + "?lang=en");
        commissioner.post(series + "/values?lang=en", Map.of("period", before.toString(), "numerator", "85",
                "denominator", "100", "reason", "Visits cancelled by the person were counted by mistake"));
        String page = commissioner.get(series + "?lang=en").body();
        assertThat(page).contains("85.0", "80.0", "Visits cancelled by the person were counted by mistake",
                "Corrected", "Not reported");

        var csv = commissioner.download(series + "/values.csv?lang=cy");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Cyfnod", "85.0", "Heb ei adrodd");
        assertThat(commissioner.downloadBytes(series + "/values.xlsx?lang=en").body()).startsWith(0x50, 0x4B);
        assertThat(commissioner.get("/measures?lang=cy").body()).contains("Pa mor dda wnaethon ni?",
                "% o’r ymweliadau a wnaed gan weithwyr gofal rheolaidd yr unigolyn");
    }

    @Test
    void otherSystemsReadTheMeasuresAndTheirValuesAndRecordWithProblemsInTheirLanguage() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String id = adopt(commissioner, "continuity-of-care");
        ApiClient api = new ApiClient(port);
        String token = organisations.token(scene.council(), Role.COMMISSIONER);
        String path = "/api/v1/measures/" + id + "/values";
        ApiChecks.brokenRule(api.post(path, token, """
                {"subject": "%s", "periodStart": "%s", "numerator": 5, "denominator": 10}"""
                .formatted(scene.provider(), current), "cy"), "measure.period.notEnded",
                "Nid yw’r cyfnod hwnnw wedi dod i ben eto: caiff gwerthoedd eu cofnodi ar ôl iddo orffen");
        var recorded = api.post(path, token, """
                {"subject": "%s", "periodStart": "%s", "numerator": 45, "denominator": 50}"""
                .formatted(scene.provider(), last), "en");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        JsonNode listed = ApiChecks.json(api.get("/api/v1/measures", token));
        assertThat(listed.valueStream().filter(m -> m.path("id").asString().equals(id)).findFirst().orElseThrow()
                .path("quadrant").asString()).isEqualTo("HOW_WELL");
        JsonNode series = ApiChecks.json(api.get(path + "?subject=" + scene.provider(), token)).get(0);
        JsonNode lastMonth = series.path("periods").valueStream()
                .filter(p -> p.path("periodStart").asString().equals(last.toString())).findFirst().orElseThrow();
        assertThat(lastMonth.path("value").decimalValue()).isEqualByComparingTo("90.0");
        assertThat(lastMonth.path("denominator").decimalValue()).isEqualByComparingTo("50");
        assertThat(lastMonth.path("rag").asString()).isEqualTo("NO_TARGET");
        JsonNode monthBefore = series.path("periods").valueStream()
                .filter(p -> p.path("periodStart").asString().equals(before.toString())).findFirst().orElseThrow();
        assertThat(monthBefore.path("rag").asString()).isEqualTo("NOT_REPORTED");
        assertThat(monthBefore.path("value").isNull()).as("not reported is not zero").isTrue();
    }

    @Test
    void providersOtherCouncilsAndReadersCannotManageOrSeeThem() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String id = adopt(commissioner, "continuity-of-care");
        String series = "/measures/" + id + "/subjects/" + scene.provider();
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);

        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get("/measures?lang=en").statusCode()).isEqualTo(403);
        assertThat(provider.get(series + "?lang=en").statusCode()).isEqualTo(403);
        WebSession other = signedIn(otherCouncil, Role.COMMISSIONER);
        assertThat(other.get("/measures/" + id + "?lang=en").statusCode()).isEqualTo(404);
        assertThat(other.download(series + "/values.csv?lang=en").statusCode()).isEqualTo(404);
        other.get("/measures?lang=en");
        assertThat(other.post(series + "/values?lang=en", Map.of("period", before.toString(), "numerator", "1",
                "denominator", "2")).statusCode()).isEqualTo(404);
        assertThat(signedIn(scene.council(), Role.CARE_MANAGER).get("/measures?lang=en").statusCode())
                .isEqualTo(403);
        WebSession auditor = signedIn(scene.council(), Role.AUDITOR);
        assertThat(auditor.get(series + "?lang=en").body()).contains("Period by period")
                .doesNotContain("Record a period");
        // A page with a form of the auditor's own, so the post carries a valid form token and meets the role's wall.
        auditor.get("/account?lang=en");
        assertThat(auditor.formToken()).isNotEmpty();
        assertThat(auditor.post(series + "/values?lang=en", Map.of("period", before.toString(), "numerator", "1",
                "denominator", "2")).statusCode()).isEqualTo(403);

        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/measures", organisations.token(scene.provider(), Role.PROVIDER_USER))
                .statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/measures/" + id + "/values",
                organisations.token(otherCouncil, Role.COMMISSIONER)).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/measures/" + id + "/values", organisations.token(scene.council(),
                Role.AUDITOR), "{\"subject\": \"" + scene.provider() + "\", \"periodStart\": \"" + before + "\", "
                + "\"numerator\": 1, \"denominator\": 2}").statusCode()).isEqualTo(403);
    }
}
