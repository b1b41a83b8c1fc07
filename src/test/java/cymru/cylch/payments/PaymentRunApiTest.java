package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiChecks;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A council's finance system runs November through the API; a provider's reads its remittance once posted. */
@CylchIntegrationTest
class PaymentRunApiTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private UUID council;
    private UUID provider;

    @BeforeEach
    void aContractWithSomeoneSupported() {
        clock.set(LocalDate.of(2026, 12, 10), LocalTime.NOON);
        api = new ApiClient(port);
        PaymentsFixture.Scene scene = payments.scene(LocalDate.of(2026, 5, 1));
        council = scene.council();
        provider = scene.provider();
    }

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        SignedIn.clear();
    }

    @Test
    void novemberIsPreparedApprovedPostedAndExportedAndTheProviderReadsItsRemittance() {
        String finance = organisations.token(council, Role.FINANCE_OFFICER);
        String providerToken = organisations.token(provider, Role.PROVIDER_USER);

        var prepared = api.post("/api/v1/payment-runs", finance, "{\"month\": \"2026-11\"}");
        assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(201);
        JsonNode run = ApiChecks.json(prepared);
        String id = run.get("id").asString();
        // No claim is verified: the fixed element, the service and the up-front share (£1,000 + £857.14 + £2,600).
        assertThat(run.get("total").decimalValue()).isEqualByComparingTo("4457.14");
        assertThat(run.get("lines")).extracting(l -> l.get("kind").asString())
                .containsExactlyInAnyOrder("FIXED", "SERVICE", "UPFRONT");
        String remittance = "/api/v1/payment-runs/" + id + "/providers/" + provider + "/remittance";
        ApiChecks.problem(api.get(remittance, providerToken), 404);
        ApiChecks.problem(api.post("/api/v1/payment-runs/" + id + "/approval", organisations.token(council, Role.AUDITOR),
                "{\"linesDigest\": \"" + run.get("linesDigest").asString() + "\"}"), 403);

        var approved = api.post("/api/v1/payment-runs/" + id + "/approval", finance,
                "{\"linesDigest\": \"" + run.get("linesDigest").asString() + "\"}");
        var posted = api.post("/api/v1/payment-runs/" + id + "/posting", finance, "{}");
        var file = api.post("/api/v1/payment-runs/" + id + "/payment-file", finance, "{}");

        assertThat(ApiChecks.json(approved).get("stage").asString()).isEqualTo("APPROVED");
        assertThat(ApiChecks.json(posted).get("stage").asString()).isEqualTo("POSTED");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("4457.14");
        assertThat(ApiChecks.json(api.get(remittance, providerToken))).extracting(l -> l.get("amount").decimalValue())
                .usingElementComparator(BigDecimal::compareTo).containsExactlyInAnyOrder(new BigDecimal("1000.00"),
                        new BigDecimal("857.14"), new BigDecimal("2600.00"));
        ApiChecks.problem(api.get(remittance, organisations.token(payments.provider(council), Role.PROVIDER_USER)), 404);
        ApiChecks.problem(api.get("/api/v1/payment-runs/" + id, providerToken), 403);
        JsonNode reconciled = ApiChecks.json(api.get("/api/v1/payment-runs/" + id + "/reconciliation", finance));
        assertThat(reconciled.get("reconciled").asBoolean()).as(reconciled.toString()).isTrue();
        assertThat(reconciled.get("fileRows").asInt()).isEqualTo(1);
        assertThat(reconciled.get("fileTotal").decimalValue()).isEqualByComparingTo("4457.14");
        assertThat(reconciled.get("providers")).singleElement().satisfies(p -> {
            assertThat(p.get("paid").decimalValue()).isEqualByComparingTo("4457.14");
            assertThat(p.get("ledger").decimalValue()).isEqualByComparingTo("4457.14");
            assertThat(p.get("inFile").decimalValue()).isEqualByComparingTo("4457.14");
        });
        ApiChecks.problem(api.get("/api/v1/payment-runs/" + id + "/reconciliation", providerToken), 403);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        ApiChecks.problem(api.get("/api/v1/payment-runs/" + id + "/reconciliation",
                organisations.token(otherCouncil, Role.FINANCE_OFFICER)), 404);

        assertThat(jdbc.update("update organisation set name = ? where id = ?", "Renamed Care Ltd", provider))
                .isEqualTo(1);
        var again = api.post("/api/v1/payment-runs/" + id + "/payment-file", finance, "{}");
        assertThat(again.body()).as("the file kept, byte for byte, though the provider was renamed")
                .isEqualTo(file.body());
        ApiChecks.brokenRule(api.post("/api/v1/payment-runs", finance, "{\"month\": \"2026-10\"}", "cy"),
                "payments.run.monthPast", "Mae mis diweddarach wedi’i dalu eisoes: caiff rhediadau eu gwneud yn "
                        + "nhrefn y misoedd, ac mae cywiriad yn mynd yn y rhediad nesaf");
    }
}
