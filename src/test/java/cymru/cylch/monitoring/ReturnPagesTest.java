package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Returns on the pages and through the API: a provider uploads a file with mistakes, reads every problem by its row
 * in Welsh, and sends it right; its own system sends one and gets each row's problem; the council sees it on time and
 * chases a missing one; and no one else sends or reads them.
 */
@CylchIntegrationTest
class ReturnPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    MonitoringSetup setup;

    @Autowired
    JdbcTemplate jdbc;

    /** Last month and the month before, on the real clock (sessions and second factors use it). */
    private final LocalDate last = LocalDate.now(Today.ZONE).withDayOfMonth(1).minusMonths(1);
    private final LocalDate before = last.minusMonths(1);
    private PaymentsFixture.Scene scene;
    private String page;

    @BeforeEach
    void aCouncilThatHasCollectedReturnsForHalfAYear() {
        scene = payments.scene(before.minusMonths(4));
        SystemScope.run(() -> setup.adoptLibrary(OrganisationId.of(scene.council()),
                before.minusMonths(5).atStartOfDay(Today.ZONE).toInstant(), UUID.randomUUID()));
        page = "/returns/" + scene.council() + "/MONTHLY/" + last;
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

    private static HttpResponse<String> upload(WebSession browser, String path, String content) {
        return browser.upload(path, Map.of(), "file", "return.csv", "text/csv",
                content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aProviderUploadsAFileWithMistakesReadsEachByItsRowAndSendsItRight() {
        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get("/returns?lang=cy").body()).contains("Ffurflenni", "Dyledus");
        var template = provider.download(page + "/template.csv?lang=cy");
        assertThat(template.body()).startsWith("mesur,rhifiadur,enwadur").contains("continuity-of-care",
                "hours-delivered");

        provider.get(page + "?lang=cy");
        var wrong = upload(provider, page + "/upload?lang=cy",
                "mesur,rhifiadur,enwadur\ncontinuity-of-care,1200,1000\ncake,1,2\n");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Ni dderbyniwyd y ffurflen",
                "Rhes 2 (continuity-of-care): Ni all y rhifiadur fod yn fwy na’r enwadur mewn canran",
                "Rhes 3 (cake): Nid yw’r ffurflen hon yn cynnwys y mesur hwnnw",
                "Nid oes ffigurau yn y ffurflen ar gyfer “Oriau o ofal a chymorth a ddarparwyd”");
        assertThat(count()).as("nothing of a refused return is recorded").isZero();

        provider.get(page + "?lang=en");
        var right = upload(provider, page + "/upload?lang=en",
                "measure,numerator,denominator\ncontinuity-of-care,930,1000\nhours-delivered,2400,\n");
        assertThat(WebSession.redirectsTo(right, "/returns")).as(right.body()).isTrue();
        assertThat(count()).isEqualTo(2);

        provider.get(page + "?lang=en");
        var again = provider.post(page + "?lang=en", Map.of("rows[0].measure", "hours-delivered",
                "rows[0].numerator", "2500", "rows[1].measure", "continuity-of-care", "rows[1].numerator", "935",
                "rows[1].denominator", "1000"));
        assertThat(again.body()).contains("You sent this return before: say why you are sending it again");
        provider.get(page + "?lang=en");
        var corrected = provider.post(page + "?lang=en", Map.of("rows[0].measure", "hours-delivered",
                "rows[0].numerator", "2500", "rows[1].measure", "continuity-of-care", "rows[1].numerator", "935",
                "rows[1].denominator", "1000", "reason", "Two late visits were recounted"));
        assertThat(WebSession.redirectsTo(corrected, "/returns")).as(corrected.body()).isTrue();
        assertThat(provider.get(page + "?lang=en").body()).contains("Sent before: 935 out of 1000");

        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        String received = commissioner.get("/measures/returns?lang=en").body();
        assertThat(received).contains("Monthly returns", "On time");
    }

    @Test
    void aProvidersSystemSendsAReturnAndGetsEveryRowsProblemInItsLanguage() {
        ApiClient api = new ApiClient(port);
        String token = organisations.token(scene.provider(), Role.PROVIDER_USER);
        var refused = api.post("/api/v1/returns", token, """
                {"council": "%s", "frequency": "MONTHLY", "periodStart": "%s", "rows": [
                  {"measure": "continuity-of-care", "numerator": 50},
                  {"measure": "hours-delivered", "numerator": 10, "denominator": 3}]}"""
                .formatted(scene.council(), last), "cy");
        JsonNode problem = ApiChecks.problem(refused, 422);
        assertThat(problem.path("errors").valueStream().map(e -> e.path("row").asInt() + " " + e.path("rule")
                .asString() + " " + e.path("detail").asString()).toList()).containsExactly(
                "1 measure.value.denominatorMissing Rhowch allan o beth y mae",
                "2 measure.value.denominatorNotUsed Nid yw’r mesur hwn allan o ddim byd");
        var sent = api.post("/api/v1/returns", token, """
                {"council": "%s", "frequency": "MONTHLY", "periodStart": "%s", "rows": [
                  {"measure": "continuity-of-care", "numerator": 50, "denominator": 100},
                  {"measure": "hours-delivered", "numerator": 10}]}""".formatted(scene.council(), last), "en");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(ApiChecks.json(sent).path("late").asBoolean()).isFalse();
        JsonNode mine = ApiChecks.json(api.get("/api/v1/returns", token));
        assertThat(mine.valueStream().filter(e -> e.path("periodStart").asString().equals(last.toString()))
                .findFirst().orElseThrow().path("status").asString()).isEqualTo("ON_TIME");
        JsonNode received = ApiChecks.json(api.get("/api/v1/returns/received",
                organisations.token(scene.council(), Role.COMMISSIONER)));
        assertThat(received.valueStream().filter(e -> e.path("periodStart").asString().equals(before.toString()))
                .findFirst().orElseThrow().path("status").asString()).isEqualTo("OVERDUE");
    }

    @Test
    void theCouncilChasesAMissingReturnAndNoOneElseSendsOrReadsThem() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        commissioner.get("/measures/returns?lang=en");
        var chased = commissioner.post("/measures/returns/chase?lang=en", Map.of("provider",
                scene.provider().toString(), "frequency", "MONTHLY", "period", before.toString(), "note",
                "Please send it by Friday"));
        assertThat(WebSession.redirectsTo(chased, "/measures/returns")).as(chased.body()).isTrue();
        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get("/returns?lang=en").body()).contains("Please send it by Friday");

        assertThat(provider.get("/measures/returns?lang=en").statusCode()).isEqualTo(403);
        assertThat(commissioner.get("/returns?lang=en").statusCode()).isEqualTo(403);
        assertThat(commissioner.get(page + "?lang=en").statusCode()).isEqualTo(403);
        UUID otherProvider = payments.provider(scene.council());
        WebSession stranger = signedIn(otherProvider, Role.PROVIDER_USER);
        assertThat(stranger.get(page + "?lang=en").statusCode()).as("it supplies the council under no contract")
                .isEqualTo(404);
        assertThat(stranger.download(page + "/template.csv?lang=en").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/returns?lang=en").body()).doesNotContain("Please send it by Friday");
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/returns/received", organisations.token(scene.provider(), Role.PROVIDER_USER))
                .statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/returns", organisations.token(scene.council(), Role.COMMISSIONER), """
                {"council": "%s", "frequency": "MONTHLY", "periodStart": "%s", "rows": [
                  {"measure": "hours-delivered", "numerator": 10}]}""".formatted(scene.council(), last))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aProviderSeesItsOwnMeasuresAgainstTheirTargetsAndNoOneElsesFigures() {
        ApiClient api = new ApiClient(port);
        api.post("/api/v1/returns", organisations.token(scene.provider(), Role.PROVIDER_USER), """
                {"council": "%s", "frequency": "MONTHLY", "periodStart": "%s", "rows": [
                  {"measure": "continuity-of-care", "numerator": 873, "denominator": 1000},
                  {"measure": "hours-delivered", "numerator": 1234}]}""".formatted(scene.council(), last), "en");
        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        String mine = provider.get("/my-measures?lang=en").body();
        assertThat(mine).contains("% of visits made by the person’s regular care workers", "87.3", "1234");
        String visits = SystemScope.call(() -> jdbc.queryForObject(
                "select id::text from measure where held_by = ? and code = 'continuity-of-care'", String.class,
                scene.council()));
        assertThat(provider.get("/my-measures/" + visits + "?lang=cy").body()).contains("87.3", "Cyfnod wrth gyfnod");

        UUID otherProvider = payments.provider(scene.council());
        WebSession stranger = signedIn(otherProvider, Role.PROVIDER_USER);
        assertThat(stranger.get("/my-measures?lang=en").body()).doesNotContain("87.3", "1234");
        assertThat(stranger.get("/my-measures/" + visits + "?lang=en").statusCode())
                .as("it supplies the council under no contract").isEqualTo(404);
        assertThat(signedIn(scene.council(), Role.COMMISSIONER).get("/my-measures?lang=en").statusCode())
                .isEqualTo(403);
    }

    private int count() {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from measure_value where held_by = ?",
                Integer.class, scene.council()));
    }
}
