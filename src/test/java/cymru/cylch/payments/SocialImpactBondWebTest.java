package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.contracts.Contract;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.Role;
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
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A social impact bond's investors on the pages and through the API: the commissioner records commitments, with
 * errors in the reader's language; the contract's supplier reads them; another council and an unrelated provider
 * find nothing; the INDIGO project is served valid; and the OpenAPI description lists the paths.
 */
@CylchIntegrationTest
class SocialImpactBondWebTest {

    private static final String COMMITMENT = """
            {"investorName": "Cronfa Gymdeithasol Cymru", "kind": "SOCIAL_INVESTMENT_FUND", "amount": %s,
             "committedOn": "2026-04-01"}""";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    ApiTokens tokens;

    private ApiClient api;
    private UUID council;
    private UUID provider;
    private Contract contract;
    private String path;

    @BeforeEach
    void aPaymentByResultsContract() {
        api = new ApiClient(port);
        PaymentsFixture.Scene scene = payments.scene(LocalDate.of(2026, 5, 1));
        council = scene.council();
        provider = scene.provider();
        contract = scene.contract();
        path = "/api/v1/contracts/" + contract.id() + "/investors";
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private String token(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        String token = "cylch-demo-token-test-" + UUID.randomUUID();
        tokens.issueDemoToken(user.id(), organisation, Set.of(role), token);
        return token;
    }

    private WebSession signedIn(UUID organisation, Role role) {
        var user = organisations.user(organisation, role);
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), PASSWORD);
        return browser;
    }

    @Test
    void theCommissionerRecordsThroughTheApiAndTheSupplierReads() {
        String commissioner = token(council, Role.COMMISSIONER);

        var made = api.post(path, commissioner, COMMITMENT.formatted("60000.00"));
        JsonNode refused = ApiChecks.problem(api.post(path, commissioner, COMMITMENT.formatted("0.00"), "cy"), 422);

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(ApiChecks.json(made).path("investorName").asString()).isEqualTo("Cronfa Gymdeithasol Cymru");
        assertThat(refused.path("rule").asString()).isEqualTo("investors.amount.notPositive");
        assertThat(refused.path("detail").asString()).isEqualTo("Rhaid i’r swm a ymrwymwyd fod yn fwy na £0");
        JsonNode read = ApiChecks.json(api.get(path, token(provider, Role.PROVIDER_USER)));
        assertThat(read.path("investors")).hasSize(1);
        assertThat(read.path("investors").get(0).path("returns").path("committed").decimalValue())
                .isEqualByComparingTo("60000.00");
        assertThat(read.path("overall").path("multiple").decimalValue()).isEqualByComparingTo("0.00");
        JsonNode indigo = ApiChecks.json(api.get("/api/v1/contracts/" + contract.id() + "/indigo", commissioner));
        assertThat(IndigoSchemas.strictErrors(indigo)).isEmpty();
        assertThat(indigo.path("investments")).hasSize(1);
    }

    @Test
    void fromTheWrongSide() {
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        UUID stranger = payments.provider(council);
        String indigo = "/api/v1/contracts/" + contract.id() + "/indigo";

        ApiChecks.problem(api.post(path, token(provider, Role.PROVIDER_USER), COMMITMENT.formatted("1.00")), 403);
        ApiChecks.problem(api.post(path, token(otherCouncil, Role.COMMISSIONER), COMMITMENT.formatted("1.00")), 404);
        ApiChecks.problem(api.get(path, token(otherCouncil, Role.COMMISSIONER)), 404);
        ApiChecks.problem(api.get(path, token(stranger, Role.PROVIDER_USER)), 404);
        ApiChecks.problem(api.get(indigo, token(otherCouncil, Role.COMMISSIONER)), 404);
        ApiChecks.problem(api.get(indigo, token(stranger, Role.PROVIDER_USER)), 404);
        ApiChecks.problem(api.get(path, token(council, Role.BROKER)), 403);

        String page = "/contracts/" + contract.id() + "/investors?lang=en";
        assertThat(signedIn(otherCouncil, Role.COMMISSIONER).get(page).statusCode()).isEqualTo(404);
        assertThat(signedIn(stranger, Role.PROVIDER_USER).get(page).statusCode()).isEqualTo(404);
        WebSession supplier = signedIn(provider, Role.PROVIDER_USER);
        assertThat(supplier.get(page).body()).contains("Investors").doesNotContain("Record the commitment");
        var posted = supplier.post("/contracts/" + contract.id() + "/investors?lang=en", Map.of("investorName",
                "Me", "kind", "BANK", "amount", "1", "committedDay", "1", "committedMonth", "4", "committedYear",
                "2026"));
        assertThat(posted.statusCode()).isEqualTo(403);
    }

    @Test
    void theCommissionerRecordsOnThePageWithErrorsInWelsh() {
        WebSession browser = signedIn(council, Role.COMMISSIONER);
        String page = "/contracts/" + contract.id() + "/investors";
        assertThat(browser.get("/contracts/" + contract.id() + "/rate-card?lang=en").body()).contains(page);
        assertThat(browser.get(page + "?lang=cy").body()).contains("Cofnodi ymrwymiad buddsoddwr");

        String wrong = browser.post(page + "?lang=cy", Map.of("investorName", " ", "amount", "lots",
                "committedDay", "31", "committedMonth", "2", "committedYear", "2026")).body();
        assertThat(ErrorSummaries.links(wrong)).contains("investorName", "kind", "amount", "committedDay");
        assertThat(wrong).contains("Rhowch enw’r buddsoddwr", "Dewiswch y math o fuddsoddwr",
                "Rhowch ddyddiad go iawn, fel 1 4 2026");
        String future = browser.post(page + "?lang=en", Map.of("investorName", "Banc Cambria", "kind", "BANK",
                "amount", "10,000", "committedDay", "1", "committedMonth", "1", "committedYear", "2099")).body();
        assertThat(ErrorSummaries.fieldError(future, "committed")).contains("cannot be in the future");

        var made = browser.post(page + "?lang=en", Map.of("investorName", "Banc Cambria", "kind", "BANK",
                "amount", "£10,000.50", "committedDay", "1", "committedMonth", "4", "committedYear", "2026"));
        assertThat(WebSession.redirectsTo(made, page)).as(made.body()).isTrue();
        String shown = browser.get(page + "?lang=en").body();
        assertThat(shown).contains("Banc Cambria", "£10,000.50", "Bank", "0.00×");
        assertThat(browser.get(page + "?lang=cy").body()).contains("Banc", "Lluosydd arian");
    }

    @Test
    void theOpenApiDescriptionListsTheBondsPaths() {
        assertThat(ApiChecks.responseCodes(ApiChecks.operation(api, "/api/v1/contracts/{contractId}/investors",
                "get"))).contains("404");
        assertThat(ApiChecks.responseCodes(ApiChecks.operation(api, "/api/v1/contracts/{contractId}/investors",
                "post"))).contains("201", "422");
        assertThat(ApiChecks.responseCodes(ApiChecks.operation(api, "/api/v1/contracts/{contractId}/indigo",
                "get"))).contains("404");
    }
}
