package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The trial balance for finance systems, and its walls. */
@CylchIntegrationTest
class LedgerApiTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    Ledger ledger;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aFinanceOfficerReadsEachAccountAndTotalsThatBalance() {
        UUID council = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        OrganisationId provider = OrganisationId.of(fixture.organisation(OrganisationKind.PROVIDER, council));
        ledger.post(SignedIn.as(UUID.randomUUID(), council, Role.FINANCE_OFFICER), new LedgerPosting(
                "payment-run/1/provider/1", LocalDate.of(2026, 11, 30), "November's payments", List.of(
                LedgerLine.debit(LedgerAccount.OUTCOME_PAYMENTS, null, Money.of("1400.00")),
                LedgerLine.debit(LedgerAccount.UPFRONT_PAYMENTS, null, Money.of("1000.00")),
                LedgerLine.credit(LedgerAccount.PROVIDERS_PAYABLE, provider, Money.of("2400.00")))));
        var api = new ApiClient(port);

        var answer = api.get("/api/v1/ledger/trial-balance?asOf=2026-11-30", fixture.token(council, Role.FINANCE_OFFICER));
        var before = api.get("/api/v1/ledger/trial-balance?asOf=2026-11-29", fixture.token(council, Role.AUDITOR));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode balance = json.readTree(answer.body());
        assertThat(balance.get("currency").asString()).isEqualTo("GBP");
        assertThat(balance.get("asOf").asString()).isEqualTo("2026-11-30");
        assertThat(balance.get("accounts")).hasSize(3);
        assertThat(balance.get("accounts")).extracting(a -> a.get("account").asString())
                .containsExactly("outcome-payments", "providers-payable", "upfront-payments");
        JsonNode payable = balance.get("accounts").get(1);
        assertThat(payable.get("providerId").asString()).isEqualTo(provider.toString());
        assertThat(payable.get("credits").decimalValue()).isEqualByComparingTo("2400.00");
        assertThat(payable.get("balance").decimalValue()).isEqualByComparingTo("-2400.00");
        assertThat(balance.get("debits").decimalValue()).isEqualByComparingTo("2400.00");
        assertThat(balance.get("credits").decimalValue()).isEqualByComparingTo("2400.00");
        assertThat(balance.get("balances").asBoolean()).isTrue();
        assertThat(json.readTree(before.body()).get("accounts")).isEmpty();
    }

    @Test
    void onlyFinanceOfficersAndAuditorsOfTheCouncilReadIt() {
        var api = new ApiClient(port);
        for (String token : List.of("cylch-demo-token-commissioner", "cylch-demo-token-caremanager",
                "cylch-demo-token-admin", "cylch-demo-token-provider")) {
            assertThat(api.get("/api/v1/ledger/trial-balance", token).statusCode()).as(token).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/ledger/trial-balance", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/ledger/trial-balance?asOf=yesterday", "cylch-demo-token-finance").statusCode())
                .isEqualTo(400);
    }
}
