package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Call monitoring on the pages and through the API: a provider uploads a file, is told each row's problems in its
 * language, and sends it right; the council sees the month's visits by provider; a commissioner cannot send as a
 * provider, and another provider reads none of it.
 */
@CylchIntegrationTest
class VisitPagesTest {

    private static final String TEXT_CSV = "text/csv";

    @LocalServerPort
    int port;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    private final LocalDate today = LocalDate.now(Today.ZONE);
    private final YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
    private PaymentsFixture.Scene scene;
    private String agreement;

    @BeforeEach
    void aProviderSupportingAPerson() {
        scene = payments.scene(today.minusMonths(3));
        agreement = scene.supported().agreement().id().value().toString();
    }

    @Test
    void aProviderUploadsWithMistakesInWelshThenRightAndTheCouncilSeesTheMonth() {
        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get("/visits?lang=cy").body()).contains("Anfon data ymweliadau",
                "Nid oes data ymweliadau wedi’i fewnforio eto");
        var wrong = provider.upload("/visits?lang=cy", Map.of(), "file", "ymweliadau.csv", TEXT_CSV, bytes(
                "cytundeb,ymweliad,dechrau_arfaethedig,munudau_arfaethedig\n"
                        + agreement + ",P1," + lastMonth.atDay(3) + "T09:00,30\n"
                        + agreement + ",P2,ddoe,30\n"));
        assertThat(wrong.body()).contains("Ni fewnforiwyd y ffeil",
                "Rhes 3, dechrau arfaethedig: Rhowch ddyddiad ac amser yn amser y DU, fel 2026-12-05T09:00");
        provider.get("/visits?lang=en");
        var kind = provider.upload("/visits?lang=en", Map.of(), "file", "visits.xlsx", TEXT_CSV, bytes("x"));
        assertThat(kind.body()).contains("The file must be a CSV file (.csv)");

        provider.get("/visits?lang=en");
        var sent = provider.upload("/visits?lang=en", Map.of(), "file", "visits.csv", TEXT_CSV, bytes(
                "agreement,visit,planned_start,planned_minutes,actual_start,actual_end,cancelled_by\n"
                        + agreement + ",P1," + lastMonth.atDay(3) + "T09:00,30," + lastMonth.atDay(3) + "T10:00,"
                        + lastMonth.atDay(3) + "T10:30,\n"
                        + agreement + ",P2," + lastMonth.atDay(3) + "T17:00,30,,,provider\n"));
        assertThat(WebSession.redirectsTo(sent, "/visits")).as(sent.body()).isTrue();
        assertThat(provider.get("/visits?lang=en&month=" + lastMonth).body()).contains("visits.csv", "Imported",
                "Cancelled by the provider");

        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String council = commissioner.get("/visits/received?lang=cy&month=" + lastMonth).body();
        assertThat(council).contains("Ymweliadau a gynlluniwyd yn", "Yn hwyr", "visits.csv", "Outcomes Care");
        assertThat(commissioner.get("/?lang=en").body()).contains("/visits/received");
    }

    @Test
    void theApiImportsAFileWholeOrNamesEveryRowAtFaultAndHonoursTheIdempotencyKey() {
        ApiClient api = new ApiClient(port);
        String token = organisations.token(scene.provider(), Role.PROVIDER_USER);
        String bad = "agreement,visit,planned_start,planned_minutes\n" + agreement + ",A1," + lastMonth.atDay(4)
                + "T09:00,0\n" + UUID.randomUUID() + ",A2," + lastMonth.atDay(4) + "T09:00,30\n";
        var refused = api.post("/api/v1/visit-imports", token, TEXT_CSV, bad, Map.of("Accept-Language", "cy"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode errors = ApiChecks.json(refused).path("errors");
        assertThat(errors.get(0).path("row").asLong()).isEqualTo(2);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("planned_minutes");
        assertThat(errors.get(0).path("detail").asString()).isEqualTo("Rhowch nifer cyfan o funudau o 1 i 1,440");

        String good = "agreement,visit,planned_start,planned_minutes\n" + agreement + ",A1," + lastMonth.atDay(4)
                + "T09:00,30\n";
        var first = api.post("/api/v1/visit-imports?fileName=day.csv", token, TEXT_CSV, good,
                Map.of("Idempotency-Key", "visits-" + UUID.randomUUID()));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode imported = ApiChecks.json(first);
        assertThat(imported.path("rows").asLong()).isEqualTo(1);
        assertThat(imported.path("fileName").asString()).isEqualTo("day.csv");
        String key = "visits-" + UUID.randomUUID();
        var once = api.post("/api/v1/visit-imports", token, TEXT_CSV, good, Map.of("Idempotency-Key", key));
        var twice = api.post("/api/v1/visit-imports", token, TEXT_CSV, good, Map.of("Idempotency-Key", key));
        assertThat(twice.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(ApiChecks.json(twice).path("id").asString()).isEqualTo(ApiChecks.json(once).path("id").asString());
        assertThat(ApiChecks.json(once).path("replaced").asLong()).isEqualTo(1);

        JsonNode listed = ApiChecks.json(api.get("/api/v1/visit-imports", token));
        assertThat(listed.size()).isEqualTo(3);
        String councilToken = organisations.token(scene.council(), Role.COMMISSIONER);
        assertThat(ApiChecks.json(api.get("/api/v1/visit-imports", councilToken)).size()).isEqualTo(2);
        String strangerToken = organisations.token(payments.provider(scene.council()), Role.PROVIDER_USER);
        assertThat(ApiChecks.json(api.get("/api/v1/visit-imports", strangerToken)).size()).isZero();
        assertThat(api.post("/api/v1/visit-imports", councilToken, TEXT_CSV, good, Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCommissionerCannotSendAsAProviderAndAnotherProviderReadsNothing() {
        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        provider.get("/visits?lang=en");
        provider.upload("/visits?lang=en", Map.of(), "file", "ours.csv", TEXT_CSV, bytes(
                "agreement,visit,planned_start,planned_minutes\n" + agreement + ",W1," + lastMonth.atDay(5)
                        + "T09:00,30\n"));
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        assertThat(commissioner.get("/visits?lang=en").statusCode()).isEqualTo(403);
        commissioner.get("/account?lang=en");
        assertThat(commissioner.upload("/visits?lang=en", Map.of(), "file", "v.csv", TEXT_CSV, bytes("x"))
                .statusCode()).isEqualTo(403);
        WebSession stranger = signedIn(payments.provider(scene.council()), Role.PROVIDER_USER);
        assertThat(stranger.get("/visits?lang=en&month=" + lastMonth).body()).doesNotContain("ours.csv");
        assertThat(stranger.get("/visits/received?lang=en").statusCode()).isEqualTo(403);
        assertThat(commissioner.get("/visits/received?lang=en").body()).contains("ours.csv");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), OrganisationsFixture.PASSWORD);
        return browser;
    }
}
