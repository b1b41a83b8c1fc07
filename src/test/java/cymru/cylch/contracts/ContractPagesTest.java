package cymru.cylch.contracts;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.DEMO_SECOND_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.WebSession;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Contracts and service agreements through the pages and the API, in both languages, from the wrong side too. */
@CylchIntegrationTest
class ContractPagesTest {

    private static final String COMMISSIONER_TOKEN = "cylch-demo-token-commissioner";
    private static final String PROVIDER_TOKEN = "cylch-demo-token-provider";
    private static final String BROKER_TOKEN = "cylch-demo-token-broker";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    PeopleFixture peopleFixture;

    @Autowired
    OutcomePlanning outcomes;

    @Autowired
    ServiceAgreementManagement agreements;

    @Autowired
    Today today;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private UUID contract(String reference) {
        return SystemScope.call(() -> jdbc.queryForObject("select id from contract where reference = ?", UUID.class,
                reference));
    }

    @Test
    void theCommissionerSeesEveryContractAndAProviderOnlyThoseItSuppliesUnder() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/contracts", COMMISSIONER_TOKEN).body()).contains("MYN-HC-FW-2025",
                "MYN-CS-DPS-2025", "MYN-REAB-2026", "MYN-HC-CO-001");
        String providers = api.get("/api/v1/contracts", PROVIDER_TOKEN).body();
        assertThat(providers).contains("MYN-HC-FW-2025", "MYN-REAB-2026").doesNotContain("MYN-CS-DPS-2025",
                "MYN-HC-CO-001");
        assertThat(api.get("/api/v1/contracts/" + contract("MYN-CS-DPS-2025"), PROVIDER_TOKEN).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/contracts/" + contract("MYN-CS-DPS-2025") + "/versions", COMMISSIONER_TOKEN)
                .body()).contains("\"number\":4", "Admitted to the system after evaluation");

        var commissioner = fixture.user(DEMO_COUNCIL, Role.COMMISSIONER);
        WebSession browser = new WebSession(port);
        browser.signIn(commissioner.username(), PASSWORD);
        assertThat(browser.get("/contracts?lang=cy").body()).contains("Cytundeb fframwaith", "Contract galw i ffwrdd",
                "System brynu ddeinamig");
        assertThat(browser.get("/contracts/" + contract("MYN-HC-FW-2025") + "?lang=en").body())
                .contains("Home care framework agreement", "North: Aberwen, Bryn Hafod and Cwm Eithin",
                        "MYN-HC-CO-002", "service agreements have been made under it", "Deductions from payments",
                        "Suspension of new business", "Termination of the contract");
    }

    @Test
    void anotherCouncilIsToldTheContractsDoNotExist() {
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        var stranger = fixture.user(otherCouncil, Role.COMMISSIONER, Role.BROKER);
        WebSession browser = new WebSession(port);
        browser.signIn(stranger.username(), PASSWORD);
        assertThat(browser.get("/contracts/" + contract("MYN-HC-FW-2025")).statusCode()).isEqualTo(404);
        assertThat(browser.get("/contracts").body()).doesNotContain("MYN-HC-FW-2025");
        UUID demoAgreement = SystemScope.call(() -> jdbc.queryForObject(
                "select id from service_agreement where held_by = ? limit 1", UUID.class, DEMO_COUNCIL));
        assertThat(browser.get("/service-agreements/" + demoAgreement).statusCode()).isEqualTo(404);
        assertThat(browser.get("/service-agreements").body()).contains("There are no service agreements");
    }

    @Test
    void aProviderSeesItsOwnAgreementsAndNeverAnotherProvidersOne() {
        ApiClient api = new ApiClient(port);
        String own = api.get("/api/v1/service-agreements", PROVIDER_TOKEN).body();
        assertThat(own).contains(DEMO_FIRST_PROVIDER.toString()).doesNotContain(DEMO_SECOND_PROVIDER.toString());
        UUID theirs = SystemScope.call(() -> jdbc.queryForObject(
                "select id from service_agreement where provider_id = ? limit 1", UUID.class, DEMO_SECOND_PROVIDER));
        assertThat(api.get("/api/v1/service-agreements/" + theirs, PROVIDER_TOKEN).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/service-agreements/" + theirs + "/end", PROVIDER_TOKEN,
                "{\"lastDay\": \"2027-01-01\", \"reason\": \"Not ours to end\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void lettingThroughTheApiKeepsTheRulesAndAnswersInTheCallersLanguage() {
        ApiClient api = new ApiClient(port);
        String body = """
                {"reference": "API-%s", "route": "BLOCK_CONTRACT", "terms": {"title": "Extra care in Rhosfawr",
                 "model": "OUTCOME_BASED_CARE_PLANNING", "start": "2027-04-01", "end": "2030-03-31",
                 "extensionMonths": 12, "estimatedValue": %s, "maximumValue": 900000.00,
                 "suppliers": ["%s"], "outcomeDomains": ["wales-nof/accommodation"],
                 "payment": {"fixedElementPerYear": 0, "frequency": "MONTHLY"},
                 "remedies": ["TERMINATION", "DEDUCTION"]}}""";
        var tooMuch = api.post("/api/v1/contracts", COMMISSIONER_TOKEN,
                body.formatted(UUID.randomUUID(), "950000.00", DEMO_SECOND_PROVIDER), "cy");
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("contract.value.maximumBelowEstimate",
                "Ni all y gwerth uchaf fod yn llai na’r gwerth amcangyfrifedig");
        String reference = UUID.randomUUID().toString();
        assertThat(api.post("/api/v1/contracts", BROKER_TOKEN, body.formatted(reference, "800000.00",
                DEMO_SECOND_PROVIDER)).statusCode()).isEqualTo(403);
        var let = api.post("/api/v1/contracts", COMMISSIONER_TOKEN, body.formatted(reference, "800000.00",
                DEMO_SECOND_PROVIDER));
        assertThat(let.statusCode()).isEqualTo(201);
        assertThat(let.body()).contains("\"route\":\"BLOCK_CONTRACT\"", "\"maximumValue\":900000.00",
                "\"remedies\":[\"DEDUCTION\",\"TERMINATION\"]");
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from contract where reference = ?", Integer.class, "API-" + reference))).isOne();
    }

    @Test
    void endingAnAgreementOnThePageSaysWhatIsWrongInWelshAndThenEndsIt() {
        var careManager = fixture.user(DEMO_COUNCIL, Role.CARE_MANAGER);
        var actor = SignedIn.as(careManager.id(), DEMO_COUNCIL, Role.CARE_MANAGER);
        UUID person = peopleFixture.newPerson(DEMO_COUNCIL);
        var outcome = outcomes.agree(actor, person, new OutcomeAgreement("I want to cook my own tea",
                "wales-nof/control", null, null, null, null, true, true));
        var agreement = agreements.start(actor, new NewServiceAgreement(PersonId.of(person),
                OrganisationId.of(DEMO_SECOND_PROVIDER), ContractId.of(contract("MYN-HC-FW-2025")), "home-care", null,
                today.date(), null, Money.of("210.00"), new BigDecimal("8"), List.of(OutcomeId.of(outcome.id())),
                "direct/" + UUID.randomUUID()));
        SignedIn.clear();
        String page = "/service-agreements/" + agreement.id();
        WebSession browser = new WebSession(port);
        browser.signIn(careManager.username(), PASSWORD);
        browser.get(page + "?lang=cy");

        var wrong = browser.post(page + "/end", Map.of("lastDay", "31", "lastMonth", "2", "lastYear", "2027",
                "reason", ""));
        assertThat(ErrorSummaries.links(wrong.body())).containsExactly("lastDay", "reason");
        assertThat(wrong.body()).contains("Rhowch ddiwrnod olaf y cymorth fel dyddiad go iawn",
                "Dywedwch pam mae’r cytundeb yn dod i ben");

        var ended = browser.post(page + "/end", Map.of("lastDay", String.valueOf(today.date().getDayOfMonth()),
                "lastMonth", String.valueOf(today.date().getMonthValue()),
                "lastYear", String.valueOf(today.date().getYear()), "reason", "Moved to live with family"));
        assertThat(WebSession.redirectsTo(ended, page)).isTrue();
        assertThat(browser.get(page + "?lang=en").body()).contains("Moved to live with family", "Ended")
                .doesNotContain("End this agreement");
    }
}
