package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.contracts.Contract;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture.Supported;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
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

/** Claims and rate cards through the API: a retried claim answered once, rules in words, and the walls. */
@CylchIntegrationTest
class ClaimApiTest {

    private static final LocalDate START = LocalDate.of(2026, 5, 1);

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Today today;

    private ApiClient api;
    private UUID council;
    private UUID provider;
    private Contract contract;
    private Supported supported;

    @BeforeEach
    void aPersonSupportedUnderAPaymentByResultsContract() {
        api = new ApiClient(port);
        PaymentsFixture.Scene scene = payments.scene(START);
        council = scene.council();
        provider = scene.provider();
        contract = scene.contract();
        supported = scene.supported();
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private String claim(String achievedOn) {
        return """
                {"agreementId": "%s", "outcome": "entry", "achievedOn": "%s",
                 "evidence": "Review: settled at home"}""".formatted(supported.agreement().id(), achievedOn);
    }

    @Test
    void aClaimRetriedWithItsKeyIsAnsweredOnceAndASecondClaimIsRefusedInWords() {
        String providerToken = organisations.token(provider, Role.PROVIDER_USER);
        String key = "claim-" + UUID.randomUUID();

        var first = api.post("/api/v1/claims", providerToken, claim("2026-05-20"), Map.of("Idempotency-Key", key));
        var again = api.post("/api/v1/claims", providerToken, claim("2026-05-20"), Map.of("Idempotency-Key", key));
        var second = api.post("/api/v1/claims", providerToken, claim("2026-05-21"), "cy");

        ApiChecks.replayed(first, again);
        JsonNode made = ApiChecks.json(first);
        assertThat(made.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(made.get("cardVersion").asInt()).isEqualTo(1);
        ApiChecks.brokenRule(second, "claim.alreadyMade", "Mae’r canlyniad hwn eisoes wedi’i hawlio o dan y "
                + "cytundeb hwn: caiff pob un ei hawlio, a’i dalu, unwaith");
        SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER);
        assertThat(jdbc.queryForObject("select count(*) from outcome_claim where agreement_id = ?", Integer.class,
                supported.agreement().id().value())).isEqualTo(1);
    }

    @Test
    void theCareManagerVerifiesAndTheProviderFollowsItsClaim() {
        String providerToken = organisations.token(provider, Role.PROVIDER_USER);
        JsonNode made = ApiChecks.json(api.post("/api/v1/claims", providerToken, claim("2026-05-20")));
        String id = made.get("id").asString();

        var decided = api.post("/api/v1/claims/" + id + "/verification", organisations.token(council, Role.CARE_MANAGER),
                "{\"version\": 0, \"accepted\": false, \"note\": \"The review rated it partly achieved\"}");
        var read = api.get("/api/v1/claims/" + id, providerToken);

        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode claim = ApiChecks.json(read);
        assertThat(claim.get("status").asString()).isEqualTo("REJECTED");
        assertThat(claim.get("verification").get("note").asString()).isEqualTo("The review rated it partly achieved");
        assertThat(claim.get("history")).extracting(e -> e.get("action").asString())
                .containsExactly("SUBMITTED", "REJECTED");
        assertThat(claim.get("evidence").asString()).isEqualTo("Review: settled at home");
        JsonNode financeSees = ApiChecks.json(api.get("/api/v1/claims?status=REJECTED",
                organisations.token(council, Role.FINANCE_OFFICER)));
        assertThat(financeSees).extracting(c -> c.get("id").asString()).containsExactly(id);
        assertThat(financeSees.get(0).get("evidence").isNull())
                .as("the evidence describes the person's life: not for finance").isTrue();
        assertThat(ApiChecks.json(api.get("/api/v1/claims/" + id, organisations.token(council, Role.COMMISSIONER)))
                .get("evidence").isNull()).isTrue();
        assertThat(ApiChecks.json(api.get("/api/v1/claims/" + id, organisations.token(council, Role.AUDITOR)))
                .get("evidence").asString()).isEqualTo("Review: settled at home");
    }

    @Test
    void aVerificationIsWithdrawnWithAReasonInTheCallersLanguageAndOnlyByTheCouncil() {
        String providerToken = organisations.token(provider, Role.PROVIDER_USER);
        String id = ApiChecks.json(api.post("/api/v1/claims", providerToken, claim("2026-05-20"))).get("id")
                .asString();
        JsonNode verified = ApiChecks.json(api.post("/api/v1/claims/" + id + "/verification",
                organisations.token(council, Role.CARE_MANAGER), "{\"version\": 0, \"accepted\": true}"));
        if (verified.get("status").asString().equals("SECOND_CHECK")) {
            verified = ApiChecks.json(api.post("/api/v1/claims/" + id + "/second-check",
                    organisations.token(council, Role.TEAM_MANAGER),
                    "{\"version\": " + verified.get("version").asLong() + ", \"accepted\": true}"));
        }
        String withdrawal = "{\"version\": " + verified.get("version").asLong()
                + ", \"reason\": \"Back in hospital the next week\"}";

        ApiChecks.problem(api.post("/api/v1/claims/" + id + "/withdrawal", providerToken, withdrawal), 403);
        ApiChecks.problem(api.post("/api/v1/claims/" + id + "/withdrawal",
                organisations.token(council, Role.FINANCE_OFFICER), withdrawal), 403);
        JsonNode noReason = ApiChecks.problem(api.post("/api/v1/claims/" + id + "/withdrawal",
                organisations.token(council, Role.CARE_MANAGER), "{\"version\": "
                        + verified.get("version").asLong() + "}", "cy"), 422);
        var withdrawn = api.post("/api/v1/claims/" + id + "/withdrawal", organisations.token(council,
                Role.CARE_MANAGER), withdrawal);

        assertThat(noReason.get("rule").asString()).isEqualTo("claim.withdraw.reasonNeeded");
        assertThat(noReason.get("detail").asString()).startsWith("Dywedwch pam mae’r gwiriad");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        JsonNode read = ApiChecks.json(api.get("/api/v1/claims/" + id, providerToken));
        assertThat(read.get("status").asString()).isEqualTo("REJECTED");
        assertThat(read.get("history").get(read.get("history").size() - 1).get("note").asString())
                .isEqualTo("Back in hospital the next week");
    }

    @Test
    void fromTheWrongSide() {
        String providerToken = organisations.token(provider, Role.PROVIDER_USER);
        String id = ApiChecks.json(api.post("/api/v1/claims", providerToken, claim("2026-05-20"))).get("id")
                .asString();
        UUID stranger = payments.provider(council);
        String strangerToken = organisations.token(stranger, Role.PROVIDER_USER);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);

        ApiChecks.problem(api.get("/api/v1/claims/" + id, strangerToken), 404);
        assertThat(ApiChecks.json(api.get("/api/v1/claims", strangerToken))).isEmpty();
        ApiChecks.problem(api.post("/api/v1/claims", strangerToken, claim("2026-05-22")), 404);
        ApiChecks.problem(api.post("/api/v1/claims", organisations.token(council, Role.CARE_MANAGER), claim("2026-05-22")), 403);
        ApiChecks.problem(api.post("/api/v1/claims/" + id + "/verification", providerToken,
                "{\"version\": 0, \"accepted\": true}"), 403);
        ApiChecks.problem(api.post("/api/v1/claims/" + id + "/verification", organisations.token(otherCouncil, Role.CARE_MANAGER),
                "{\"version\": 0, \"accepted\": true}"), 404);
        ApiChecks.problem(api.get("/api/v1/claims/" + id, organisations.token(council, Role.BROKER)), 403);
        ApiChecks.problem(api.get("/api/v1/contracts/" + contract.id() + "/rate-cards", strangerToken), 404);
        ApiChecks.problem(api.post("/api/v1/contracts/" + contract.id() + "/rate-cards", providerToken,
                "{\"effectiveFrom\": \"2027-01-01\", \"reason\": \"Higher\", \"rateCard\": {\"currency\": \"GBP\", "
                        + "\"outcomes\": []}}"), 403);
        assertThat(ApiChecks.json(api.get("/api/v1/contracts/" + contract.id() + "/rate-cards", providerToken)))
                .hasSize(1);
    }

    @Test
    void aCommissionerMakesAVersionAndACardAtFaultIsOneProblemNamingEachFault() {
        String commissioner = organisations.token(council, Role.COMMISSIONER);
        String path = "/api/v1/contracts/" + contract.id() + "/rate-cards";
        LocalDate nextMonth = today.date().plusMonths(1);

        var faulty = api.post(path, commissioner, """
                {"effectiveFrom": "%s", "reason": "New prices", "rateCard": {"currency": "GBP",
                 "upfrontShare": 1.5, "outcomes": [{"code": "a", "price": 10.00, "requires": "b"},
                 {"code": "b", "price": -1.00, "requires": "a"}]}}""".formatted(nextMonth));
        var made = api.post(path, commissioner, """
                {"effectiveFrom": "%s", "reason": "New prices", "rateCard": {"currency": "GBP",
                 "participantCap": 9000.00, "providerMonthlyCap": 50000.00,
                 "outcomes": [{"code": "entry", "price": 800.00, "name": {"en": "Settled", "cy": "Wedi setlo"},
                  "basis": {"kind": "REVIEW_RATING", "key": "ACHIEVED", "raisesClaim": true}}]}}"""
                .formatted(nextMonth));

        JsonNode problem = ApiChecks.problem(faulty, 422);
        assertThat(problem.get("errors")).extracting(e -> e.get("rule").asString()).containsExactly(
                "payments.rateCard.upfrontShare.range", "payments.rateCard.outcome.price.negative",
                "payments.rateCard.outcome.requires.circular");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode versions = ApiChecks.json(api.get(path, organisations.token(council, Role.AUDITOR)));
        assertThat(versions).hasSize(2);
        JsonNode card = versions.get(1).get("rateCard");
        assertThat(card.get("providerMonthlyCap").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(card.get("outcomes").get(0).get("name").get("cy").asString()).isEqualTo("Wedi setlo");
        assertThat(card.get("outcomes").get(0).get("basis").get("raisesClaim").asBoolean()).isTrue();
    }
}
