package cymru.cylch.contracts;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_SECOND_PROVIDER;
import static cymru.cylch.support.OrganisationsFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.ErrorSummaries;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.WebSession;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Letting, varying and admitting from the pages: the commissioner's journeys, their errors, and the walls. */
@CylchIntegrationTest
class ContractLettingPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    private WebSession commissioner() {
        WebSession browser = new WebSession(port);
        browser.signIn(fixture.user(DEMO_COUNCIL, Role.COMMISSIONER).username(), PASSWORD);
        return browser;
    }

    private static Map<String, String> blockContract(String reference, String estimate) {
        Map<String, String> fields = new HashMap<>(Map.ofEntries(Map.entry("reference", reference),
                Map.entry("route", "BLOCK_CONTRACT"), Map.entry("parentId", ""),
                Map.entry("title", "Live-in care in Llanfedw"), Map.entry("model", "PAYMENT_BY_RESULTS"),
                Map.entry("startDay", "1"), Map.entry("startMonth", "4"), Map.entry("startYear", "2027"),
                Map.entry("endDay", "31"), Map.entry("endMonth", "3"), Map.entry("endYear", "2029"),
                Map.entry("extensionMonths", "12"), Map.entry("estimatedValue", estimate),
                Map.entry("maximumValue", "£500,000.00"), Map.entry("suppliers", DEMO_SECOND_PROVIDER.toString()),
                Map.entry("lots[0].title", "Llanfedw"), Map.entry("lots[0].services", "live-in-care"),
                Map.entry("lots[0].areas", "MYN-LLF"), Map.entry("outcomeDomains", "wales-nof/accommodation"),
                Map.entry("outcomeStatements", "People stay in their own homes\nCarers get a break"),
                Map.entry("fixedElement", "40000.00"), Map.entry("frequency", "MONTHLY"),
                Map.entry("outcomeShare", "15")));
        return fields;
    }

    private UUID contract(String reference) {
        return SystemScope.call(() -> jdbc.queryForObject("select id from contract where reference = ?", UUID.class,
                reference));
    }

    @Test
    void aCommissionerLetsAContractFromThePageAndSeesItsTerms() {
        WebSession browser = commissioner();
        browser.get("/contracts/new?lang=en");
        String reference = "PAGE-" + UUID.randomUUID().toString().substring(0, 8);

        var let = browser.post("/contracts/new", blockContract(reference, "450000"));

        UUID id = contract(reference);
        assertThat(WebSession.redirectsTo(let, "/contracts/" + id)).isTrue();
        assertThat(browser.get("/contracts/" + id).body()).contains("Live-in care in Llanfedw", "Block contract",
                "Model 2: payment by results", "15% of payment depends on outcomes achieved", "Live-in care",
                "Llanfedw and district", "People stay in their own homes", "£500,000.00");
    }

    @Test
    void mistakesAreShownBesideTheirFieldsInWelshAndNothingIsStored() {
        WebSession browser = commissioner();
        browser.get("/contracts/new?lang=cy");
        String reference = "BAD-" + UUID.randomUUID().toString().substring(0, 8);

        var typo = browser.post("/contracts/new", blockContract(reference, "45o000"));
        assertThat(ErrorSummaries.links(typo.body())).containsExactly("estimatedValue");
        assertThat(typo.body()).contains("Rhowch swm mewn punnoedd a cheiniogau");

        browser.get("/contracts/new?lang=cy");
        var tooMuch = browser.post("/contracts/new", blockContract(reference, "600000.00"));
        assertThat(ErrorSummaries.links(tooMuch.body())).containsExactly("maximumValue");
        assertThat(tooMuch.body()).contains("Ni all y gwerth uchaf fod yn llai na’r gwerth amcangyfrifedig");
        assertThat(SystemScope.call(() -> jdbc.queryForObject("select count(*) from contract where reference = ?",
                Integer.class, reference))).isZero();
    }

    @Test
    void aVariationFromThePageIsANewVersionAndAStalePageChangesNothing() {
        WebSession browser = commissioner();
        browser.get("/contracts/new?lang=en");
        String reference = "VARY-" + UUID.randomUUID().toString().substring(0, 8);
        browser.post("/contracts/new", blockContract(reference, "450000"));
        UUID id = contract(reference);

        browser.get("/contracts/" + id + "/vary");
        Map<String, String> varied = blockContract(reference, "450000");
        varied.put("maximumValue", "550000.00");
        varied.put("expectedVersion", "1");
        varied.put("reason", "Demand rose in the winter");
        assertThat(WebSession.redirectsTo(browser.post("/contracts/" + id + "/vary", varied), "/contracts/" + id))
                .isTrue();
        assertThat(browser.get("/contracts/" + id).body()).contains("Demand rose in the winter", "£550,000.00");

        browser.get("/contracts/" + id + "/vary");
        var stale = browser.post("/contracts/" + id + "/vary", varied);
        assertThat(stale.body()).contains("Someone varied this contract while you were writing");
        assertThat(SystemScope.call(() -> jdbc.queryForObject("select current_version from contract where id = ?",
                Integer.class, id))).isEqualTo(2);
    }

    @Test
    void onlyTheCommissionersOwnCommissionersLetVaryOrAdmit() {
        WebSession broker = new WebSession(port);
        broker.signIn(fixture.user(DEMO_COUNCIL, Role.BROKER).username(), PASSWORD);
        UUID framework = contract("MYN-HC-FW-2025");
        assertThat(broker.get("/contracts/new").statusCode()).isEqualTo(403);
        assertThat(broker.get("/contracts/" + framework + "/vary").statusCode()).isEqualTo(403);

        WebSession stranger = new WebSession(port);
        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        stranger.signIn(fixture.user(otherCouncil, Role.COMMISSIONER).username(), PASSWORD);
        assertThat(stranger.get("/contracts/" + framework + "/vary").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/contracts/" + contract("MYN-CS-DPS-2025") + "/admit").statusCode())
                .isEqualTo(404);
        assertThat(commissioner().get("/contracts/" + framework + "/admit").statusCode())
                .as("a framework admits no one after it is let").isEqualTo(404);
    }

    @Test
    void aProviderIsAdmittedToTheDynamicPurchasingSystemFromThePage() {
        UUID provider = fixture.organisation(OrganisationKind.PROVIDER, DEMO_COUNCIL);
        WebSession browser = commissioner();
        browser.get("/contracts/new?lang=en");
        String reference = "DPS-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> dynamic = blockContract(reference, "450000");
        dynamic.put("route", "DYNAMIC_PURCHASING_SYSTEM");
        dynamic.put("model", "OUTCOME_BASED_CARE_PLANNING");
        dynamic.remove("outcomeShare");
        dynamic.remove("suppliers");
        browser.post("/contracts/new", dynamic);
        UUID system = contract(reference);
        browser.get("/contracts/" + system + "/admit");

        var none = browser.post("/contracts/" + system + "/admit", Map.of("providerId", ""));
        assertThat(ErrorSummaries.links(none.body())).containsExactly("providerId");

        browser.get("/contracts/" + system + "/admit");
        var admitted = browser.post("/contracts/" + system + "/admit", Map.of("providerId", provider.toString()));
        assertThat(WebSession.redirectsTo(admitted, "/contracts/" + system)).isTrue();
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from contract_party where contract_id = ? and organisation_id = ?", Integer.class,
                system, provider))).isOne();
    }

    @Test
    void theRemediesTickedWhenLettingAndVaryingAreTheOnesTheContractPageShows() {
        WebSession browser = commissioner();
        String form = browser.get("/contracts/new?lang=en").body();
        assertThat(form).contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">What the "
                + "contract allows if the provider performs poorly</legend>", "id=\"remedies-hint\"",
                "can be used only if it is ticked here", "<label class=\"govuk-label govuk-checkboxes__label\" "
                + "for=\"remedies-2\">Termination of the contract</label>");
        String reference = "REM-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = blockContract(reference, "450000");
        fields.put("remedies[0]", "DEDUCTION");
        fields.put("remedies[1]", "TERMINATION");

        browser.post("/contracts/new", fields);

        UUID id = contract(reference);
        assertThat(browser.get("/contracts/" + id + "?lang=en").body()).contains("Powers over poor performance",
                "Deductions from payments", "Termination of the contract").doesNotContain("Suspension of new business");
        String variation = browser.get("/contracts/" + id + "/vary").body();
        assertThat(variation).containsPattern("value=\"DEDUCTION\"[^>]*checked")
                .containsPattern("value=\"TERMINATION\"[^>]*checked")
                .doesNotContainPattern("value=\"SUSPENSION\"[^>]*checked");

        Map<String, String> varied = blockContract(reference, "450000");
        varied.put("remedies", "SUSPENSION");
        varied.put("expectedVersion", "1");
        varied.put("reason", "Only suspension agreed at the review");
        assertThat(WebSession.redirectsTo(browser.post("/contracts/" + id + "/vary", varied), "/contracts/" + id))
                .isTrue();

        assertThat(browser.get("/contracts/" + id + "?lang=cy").body()).contains("Atal gwaith newydd")
                .doesNotContain("Didynnu o’r taliadau", "Terfynu’r contract");
        browser.get("/contracts/" + id + "/vary");
        Map<String, String> none = blockContract(reference, "450000");
        none.put("expectedVersion", "2");
        none.put("reason", "No powers after all");
        browser.post("/contracts/" + id + "/vary", none);
        assertThat(browser.get("/contracts/" + id + "?lang=en").body()).contains("None: the contract gives no power");
    }
}
