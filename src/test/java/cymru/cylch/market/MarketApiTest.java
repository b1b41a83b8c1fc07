package cymru.cylch.market;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.MarketFixture;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The market's API, its Open Referral UK export, and its walls. */
@CylchIntegrationTest
class MarketApiTest {

    private static final String COMMISSIONER = "cylch-demo-token-commissioner";
    private static final String BROKER = "cylch-demo-token-broker";
    private static final String DEMO_PROVIDER = "cylch-demo-token-provider";

    @LocalServerPort
    int port;

    @Autowired
    MarketFixture market;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    cymru.cylch.platform.security.ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private JsonNode read(String body) {
        return json.readTree(body);
    }

    @Test
    void aCouncilReadsItsStandingsAndListingsButNeverADraft() {
        var api = new ApiClient(port);
        var standings = api.get("/api/v1/market/standings?status=SUSPENDED", COMMISSIONER);
        assertThat(standings.statusCode()).isEqualTo(200);
        assertThat(read(standings.body())).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("status").asString()).isEqualTo("SUSPENDED");
            assertThat(s.get("mayTakeNewWorkToday").asBoolean()).isFalse();
        });
        var first = api.get("/api/v1/market/standings/" + DEMO_FIRST_PROVIDER, "cylch-demo-token-auditor");
        assertThat(read(first.body()).get("history")).isNotEmpty();

        var listing = api.get("/api/v1/market/listings/" + DEMO_FIRST_PROVIDER, BROKER);
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.body()).doesNotContain("night support team");
        assertThat(read(api.get("/api/v1/market/listings", "cylch-demo-token-caremanager").body()).size())
                .isGreaterThanOrEqualTo(12);
        assertThat(api.get("/api/v1/market/listing/draft", COMMISSIONER).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/market/listing/draft", DEMO_PROVIDER).body()).contains("night support team");
    }

    @Test
    void aBrokerCannotAccreditAndAnotherCouncilGetsNotFound() {
        var provider = market.applied(DEMO_COUNCIL);
        var api = new ApiClient(port);
        String accredit = "{\"step\": \"ACCREDITED\", \"evidence\": \"Seen\", \"accreditedUntil\": \""
                + LocalDate.now().plusYears(1) + "\", \"reason\": \"Meets the criteria\"}";
        assertThat(api.post("/api/v1/market/standings/" + provider.id() + "/changes", BROKER, accredit).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/market/standings/" + provider.id(), BROKER).statusCode()).isEqualTo(403);

        UUID otherCouncil = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        var theirs = fixture.user(otherCouncil, Role.COMMISSIONER);
        String token = "cylch-demo-token-test-" + UUID.randomUUID();
        tokens.issueDemoToken(theirs.id(), otherCouncil, Set.of(Role.COMMISSIONER), token);
        assertThat(api.get("/api/v1/market/standings/" + provider.id(), token).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/market/standings/" + provider.id() + "/changes", token, accredit).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/market/listings/" + DEMO_FIRST_PROVIDER, token).statusCode()).isEqualTo(404);
        assertThat(read(api.get("/api/v1/market/standings", token).body())).isEmpty();

        var backwards = api.post("/api/v1/market/standings/" + provider.id() + "/changes", COMMISSIONER,
                "{\"step\": \"SUSPENDED\", \"reason\": \"Missed visits\"}", "cy");
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("\"rule\":\"market.standing.notAccredited\"")
                .contains("Nid yw’r darparwr wedi’i achredu eto");
        assertThat(api.post("/api/v1/market/standings/" + provider.id() + "/changes", COMMISSIONER, accredit)
                .statusCode()).isEqualTo(200);
        var untilBeforeFrom = api.post("/api/v1/market/standings/" + provider.id() + "/changes", COMMISSIONER,
                "{\"step\": \"SUSPENDED\", \"reason\": \"Missed visits\", \"from\": \"" + LocalDate.now().plusDays(5)
                        + "\", \"until\": \"" + LocalDate.now().plusDays(1) + "\"}");
        assertThat(untilBeforeFrom.statusCode()).isEqualTo(422);
        assertThat(untilBeforeFrom.body()).contains("market.standing.until.beforeFrom")
                .contains("The suspension cannot end before it starts");
    }

    @Test
    void aProviderChangesOnlyItsOwnDraftWhateverIdItSends() {
        var provider = market.listed();
        var api = new ApiClient(port);
        String draftBefore = SystemScope.call(() -> jdbc.queryForObject(
                "select description from provider_listing_draft where provider_id = ?", String.class,
                DEMO_FIRST_PROVIDER));
        var saved = api.put("/api/v1/market/listing/draft", provider.token(), """
                {"providerId": "%s", "services": ["home-care", "short-breaks"], "areas": ["MYN-ABW"],
                 "pricePerHour": 28.25, "capacityHours": 300, "vacancyHours": 30, "description": "Sent by API"}"""
                .formatted(DEMO_FIRST_PROVIDER), "en");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(read(saved.body()).get("providerId").asString()).isEqualTo(provider.id().toString());
        assertThat(SystemScope.call(() -> jdbc.queryForObject(
                "select description from provider_listing_draft where provider_id = ?", String.class,
                DEMO_FIRST_PROVIDER))).isEqualTo(draftBefore);
        assertThat(api.get("/api/v1/market/listings/" + DEMO_FIRST_PROVIDER, provider.token()).statusCode())
                .as("another provider's listing").isEqualTo(404);
        assertThat(api.get("/api/v1/market/standings", provider.token()).body()).contains(DEMO_COUNCIL.toString());

        var negative = api.put("/api/v1/market/listing/draft", provider.token(), """
                {"services": ["home-care"], "areas": ["MYN-ABW"], "pricePerHour": -1, "capacityHours": 300,
                 "vacancyHours": 30}""", "cy");
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(negative.body()).contains("market.listing.price.negative").contains("Ni all pris fod yn llai na £0");
        var aboveCapacity = api.put("/api/v1/market/listing/draft", provider.token(), """
                {"services": ["home-care"], "areas": ["MYN-ABW"], "capacityHours": 30, "vacancyHours": 31}""", "en");
        assertThat(aboveCapacity.body()).contains("market.listing.vacancies.aboveCapacity");
        assertThat(read(api.get("/api/v1/market/listing/draft", provider.token()).body()).get("description")
                .asString()).as("the refused changes stored nothing").isEqualTo("Sent by API");

        assertThat(api.post("/api/v1/market/listing/publish", provider.token(), "").statusCode()).isEqualTo(200);
        assertThat(read(api.get("/api/v1/market/listings/" + provider.id(), COMMISSIONER).body()).get("version")
                .asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/market/listing/draft", provider.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenReferralUkExportHasTheStandardsFieldsWithMoneyAsNumbersInPounds() {
        var api = new ApiClient(port);
        var all = api.get("/api/v1/market/listings/hsds", COMMISSIONER);
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode page = read(all.body());
        for (String field : new String[] {"total_items", "total_pages", "page_number", "size", "first_page",
                "last_page", "empty", "contents"}) {
            assertThat(page.has(field)).as(field).isTrue();
        }
        assertThat(page.get("contents").size()).isEqualTo(page.get("total_items").asInt()).isGreaterThanOrEqualTo(12);
        for (JsonNode service : page.get("contents")) {
            for (String field : new String[] {"id", "name", "status", "url", "organization", "service_areas",
                    "cost_options", "languages"}) {
                assertThat(service.has(field)).as("service " + field).isTrue();
            }
            assertThat(UUID.fromString(service.get("id").asString())).isNotNull();
            assertThat(service.get("status").asString()).isEqualTo("active");
            JsonNode organization = service.get("organization");
            assertThat(organization.get("id").asString()).isEqualTo(service.get("organization_id").asString());
            assertThat(organization.has("name") && organization.has("description")).isTrue();
            assertThat(service.get("service_areas")).isNotEmpty().allSatisfy(area -> {
                assertThat(area.get("service_id").asString()).isEqualTo(service.get("id").asString());
                assertThat(area.get("name").asString()).isNotBlank();
            });
            assertThat(service.get("cost_options")).isNotEmpty().allSatisfy(cost -> {
                assertThat(cost.get("amount").isNumber()).as("amount is a number").isTrue();
                assertThat(cost.get("amount").decimalValue().signum()).isNotNegative();
                assertThat(cost.get("currency").asString()).isEqualTo("GBP");
                assertThat(cost.get("amount_description").asString()).isNotBlank();
            });
            assertThat(service.get("languages")).anySatisfy(l -> assertThat(l.path("code").asString()).isEqualTo("en"));
        }
        assertThat(page.get("contents")).anySatisfy(s -> assertThat(s.get("languages"))
                .anySatisfy(l -> assertThat(l.path("code").asString()).isEqualTo("cy")));

        var one = read(api.get("/api/v1/market/listings/" + DEMO_FIRST_PROVIDER + "/hsds", BROKER).body());
        assertThat(one.get("contents")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("organization_id").asString()).isEqualTo(DEMO_FIRST_PROVIDER.toString());
            assertThat(s.get("cost_options")).anySatisfy(c -> assertThat(c.get("amount").decimalValue())
                    .isBetween(new java.math.BigDecimal("24.00"), new java.math.BigDecimal("30.00")));
        });
        assertThat(one.toString()).as("the draft is not exported").doesNotContain("night support team");
        assertThat(read(api.get("/api/v1/market/listings/" + DEMO_FIRST_PROVIDER + "/hsds", COMMISSIONER, "cy")
                .body()).get("contents").get(0).get("cost_options").get(0).get("amount_description").asString())
                .startsWith("y");
        assertThat(api.get("/api/v1/market/listings/" + DEMO_FIRST_PROVIDER + "/hsds", DEMO_PROVIDER).statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/market/listings/" + UUID.randomUUID() + "/hsds", COMMISSIONER).statusCode())
                .isEqualTo(404);
    }
}
