package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.contracts.OcdsSchemas;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Contract performance assessments on the pages and the API, as their users work: a commissioner starts one in Welsh
 * and is told plainly what is wrong with the period, rates the KPI beside the suggestion, is told in Welsh that
 * "other" needs an explanation, and publishes; the provider then reads it and its OCDS file, valid by the schemas
 * with the extensions; and no one else reads or changes it, nor the provider a draft.
 */
@CylchIntegrationTest
class ContractAssessmentPagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    Measures measures;

    @Autowired
    MeasureValues values;

    /** The last two months that have ended: the KPI is red in the first and green in the second. */
    private final YearMonth lastMonth = YearMonth.now(Today.ZONE).minusMonths(1);
    private final YearMonth monthBefore = lastMonth.minusMonths(1);
    /** The period assessed: from the contract's start, or eleven months before the last month, to its end. */
    private final LocalDate from = later(ContractsFixture.START, monthBefore.minusMonths(10).atDay(1));
    private final LocalDate to = lastMonth.atEndOfMonth();
    private PaymentsFixture.Scene scene;
    private Measure visitsOnTime;

    @BeforeEach
    void aProviderUnderAContractWithAKpiRedAndThenGreen() {
        scene = payments.scene(monthBefore.atDay(1));
        CylchUser commissioner = SignedIn.as(scene.commissioner().id(), scene.council(), Role.COMMISSIONER);
        visitsOnTime = measures.define(commissioner, new NewMeasure(
                new MeasureText("Visits on time", "Ymweliadau ar amser"), Quadrant.HOW_WELL, Shape.PERCENTAGE, null,
                1, new MeasureText("On time", "Ar amser"), new MeasureText("Planned", "Wedi’u cynllunio"),
                new MeasureText("%", "%"), Frequency.MONTHLY, Polarity.HIGHER_IS_BETTER, MeasureSource.RETURNED,
                null, false, Attachment.PROVIDER, null, null));
        measures.setTarget(commissioner, visitsOnTime.id(), MeasureTarget.EVERY_SUBJECT, ContractsFixture.START,
                new BigDecimal("90"), "Agreed at letting");
        for (var value : Map.of(monthBefore.atDay(1), "80", lastMonth.atDay(1), "95").entrySet()) {
            values.record(commissioner, visitsOnTime.id(), new MeasureValues.Recorded(scene.provider().toString(),
                    value.getKey(), new BigDecimal(value.getValue()), new BigDecimal("100"), null));
        }
        SignedIn.clear();
    }

    @AfterEach
    void reset() {
        SignedIn.clear();
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private Map<String, String> period(LocalDate start, LocalDate end) {
        return new HashMap<>(Map.of("contract", scene.contract().id().value().toString(),
                "startDay", String.valueOf(start.getDayOfMonth()), "startMonth", String.valueOf(start.getMonthValue()),
                "startYear", String.valueOf(start.getYear()), "endDay", String.valueOf(end.getDayOfMonth()),
                "endMonth", String.valueOf(end.getMonthValue()), "endYear", String.valueOf(end.getYear())));
    }

    @Test
    void aCommissionerRatesAndPublishesAndTheProviderReadsItAndItsOcds() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        assertThat(commissioner.get("/contract-assessments?lang=cy").body())
                .contains("Asesiadau perfformiad contract", "Heb ei asesu eto", "Ebrill 2027");
        String contract = scene.contract().id().value().toString();
        assertThat(commissioner.get("/contract-assessments/new?contract=" + contract + "&lang=cy").body())
                .contains("Asesu perfformiad o dan gontract");

        assertThat(commissioner.post("/contract-assessments?lang=cy", period(from, from.minusDays(1))).body()).contains("Rhaid i’r diwrnod olaf fod ar y diwrnod cyntaf neu ar ei ôl");
        assertThat(commissioner.post("/contract-assessments?lang=en", period(from, from.plusMonths(12))).body())
                .contains("The period must be 12 months or shorter");
        Map<String, String> unreal = period(from, to);
        unreal.put("endMonth", "13");
        assertThat(commissioner.post("/contract-assessments?lang=cy", unreal).body())
                .contains("Rhowch ddiwrnod olaf y cyfnod fel dyddiad go iawn");
        HttpResponse<String> started = commissioner.post("/contract-assessments?lang=en", period(from, to));
        assertThat(WebSession.redirectsTo(started, "/contract-assessments/")).as(started.body()).isTrue();
        String assessment = started.headers().firstValue("Location").orElseThrow()
                .replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");

        String page = commissioner.get(assessment + "?lang=en").body();
        assertThat(page).contains("Visits on time", "Cylch suggests: Requires improvement");
        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get(assessment + "?lang=en").statusCode()).as("a draft").isEqualTo(404);

        HttpResponse<String> unrated = commissioner.post(assessment + "/ratings?lang=en", Map.of("version",
                version(page), "ratings[0].measure", visitsOnTime.id().toString(), "ratings[0].rating", "",
                "publish", "true"));
        assertThat(WebSession.redirectsTo(unrated, assessment)).as(unrated.body()).isTrue();
        page = commissioner.get(assessment + "?lang=en").body();
        assertThat(page).contains("Choose a rating for every key performance indicator before publishing");
        Map<String, String> ratings = new HashMap<>(Map.of("version", version(page),
                "ratings[0].measure", visitsOnTime.id().toString(), "ratings[0].rating", "OTHER",
                "publish", "true"));
        assertThat(commissioner.post(assessment + "/ratings?lang=cy", ratings).body())
                .contains("<a href=\"#ratings0.explanation\">Esboniwch y radd Arall</a>",
                        "id=\"ratings0.explanation\"");
        ratings.putAll(Map.of("ratings[0].rating", "REQUIRES_IMPROVEMENT", "ratings[0].note",
                "Late visits in October"));
        HttpResponse<String> published = commissioner.post(assessment + "/ratings?lang=en", ratings);
        assertThat(WebSession.redirectsTo(published, assessment)).as(published.body()).isTrue();
        assertThat(commissioner.get(assessment + "?lang=en").body()).contains("Published", "Requires improvement",
                "Correct this assessment", "Download as open contracting data");
        assertThat(WebSession.redirectsTo(commissioner.post(assessment + "/ratings?lang=en", ratings), assessment))
                .isTrue();
        assertThat(commissioner.get(assessment + "?lang=en").body())
                .contains("This assessment is published and cannot be changed: correct it instead");

        assertThat(provider.get("/contract-assessments?lang=cy").body()).contains("Wedi’i gyhoeddi");
        assertThat(provider.get(assessment + "?lang=cy").body()).contains("Angen gwella", "Late visits in October")
                .doesNotContain("Cywiro’r asesiad hwn");
        HttpResponse<String> file = provider.download(assessment + "/ocds.json");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(OcdsSchemas.extendedReleasePackageErrors(file.body())).isEmpty();
        String id = assessment.substring(assessment.lastIndexOf('/') + 1);
        ApiClient api = new ApiClient(port);
        HttpResponse<String> served = api.get("/api/v1/contract-assessments/" + id + "/ocds",
                organisations.token(scene.council(), Role.AUDITOR));
        OcdsSchemas.assertServedValid(served);
        assertThat(OcdsSchemas.extendedReleasePackageErrors(served.body())).isEmpty();
        assertThat(served.body()).contains("\"id\":\"below\"");
    }

    @Test
    void noOneElseReadsOrChangesAnAssessmentNorTheProviderADraft() {
        WebSession commissioner = signedIn(scene.council(), Role.COMMISSIONER);
        commissioner.get("/contract-assessments/new?contract=" + scene.contract().id().value() + "&lang=en");
        HttpResponse<String> started = commissioner.post("/contract-assessments?lang=en", period(from, to));
        String assessment = started.headers().firstValue("Location").orElseThrow()
                .replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        String id = assessment.substring(assessment.lastIndexOf('/') + 1);
        String page = commissioner.get(assessment + "?lang=en").body();
        Map<String, String> good = Map.of("version", version(page), "ratings[0].measure",
                visitsOnTime.id().toString(), "ratings[0].rating", "GOOD");

        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        WebSession theirs = signedIn(otherCouncil, Role.COMMISSIONER);
        assertThat(theirs.get(assessment + "?lang=en").statusCode()).isEqualTo(404);
        assertThat(theirs.get("/contract-assessments/new?contract=" + scene.contract().id().value() + "&lang=en")
                .statusCode()).isEqualTo(404);
        assertThat(theirs.get("/contract-assessments?lang=en").body()).doesNotContain(id);
        theirs.get("/performance-issues/new?lang=en");
        assertThat(theirs.post(assessment + "/ratings?lang=en", good).statusCode()).isEqualTo(404);

        WebSession provider = signedIn(scene.provider(), Role.PROVIDER_USER);
        assertThat(provider.get(assessment + "?lang=en").statusCode()).isEqualTo(404);
        assertThat(provider.get("/contract-assessments?lang=en").body()).doesNotContain(id);
        provider.get("/account");
        assertThat(provider.post(assessment + "/ratings?lang=en", good).statusCode()).isEqualTo(403);
        ApiClient api = new ApiClient(port);
        String providerToken = organisations.token(scene.provider(), Role.PROVIDER_USER);
        assertThat(api.get("/api/v1/contract-assessments/" + id + "/ocds", providerToken).statusCode())
                .as("a draft").isEqualTo(404);

        WebSession auditor = signedIn(scene.council(), Role.AUDITOR);
        assertThat(auditor.get(assessment + "?lang=en").body()).contains("Visits on time")
                .doesNotContain("Save the ratings");
        auditor.get("/account");
        assertThat(auditor.post(assessment + "/ratings?lang=en", good).statusCode()).isEqualTo(403);

        commissioner.get(assessment + "?lang=en");
        commissioner.post(assessment + "/ratings?lang=en", new HashMap<>(Map.of("version", version(page),
                "ratings[0].measure", visitsOnTime.id().toString(), "ratings[0].rating", "GOOD", "publish", "true")));
        assertThat(api.get("/api/v1/contract-assessments/" + id + "/ocds", providerToken).statusCode())
                .isEqualTo(200);
        String stranger = organisations.token(payments.provider(scene.council()), Role.PROVIDER_USER);
        assertThat(api.get("/api/v1/contract-assessments/" + id + "/ocds", stranger).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/contract-assessments/" + id + "/ocds", organisations.token(otherCouncil,
                Role.COMMISSIONER)).statusCode()).isEqualTo(404);
        WebSession strangerPages = signedIn(payments.provider(scene.council()), Role.PROVIDER_USER);
        assertThat(strangerPages.get(assessment + "?lang=en").statusCode()).isEqualTo(404);
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), OrganisationsFixture.PASSWORD);
        return browser;
    }

    private static String version(String page) {
        Matcher found = VERSION.matcher(page);
        assertThat(found.find()).as("the page has a form with the assessment's version").isTrue();
        return found.group(1);
    }
}
