package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.support.ContractsFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One release written without the database: roles merged, names unknown, dates at the ends of the term. */
class OcdsReleaseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OrganisationId COUNCIL = OrganisationId.of(UUID.randomUUID());
    private static final OcdsSettings SETTINGS = new OcdsSettings("ocds-abc123", null, null);

    @Test
    void aServiceLevelAgreementWithTheCouncilsOwnServiceMakesItBuyerAndSupplierInOneParty() {
        Contract agreement = contract(ProcurementRoute.SERVICE_LEVEL_AGREEMENT, List.of(Party.supplier(COUNCIL)));

        JsonNode release = written(agreement, LocalDate.of(2026, 12, 3));

        assertThat(release.path("parties")).hasSize(1);
        assertThat(release.path("parties").get(0).path("roles").valueStream().map(JsonNode::asString))
                .containsExactly("buyer", "procuringEntity", "supplier");
        assertThat(release.path("parties").get(0).path("name").asString()).isEqualTo("Cyngor Sir Enghraifft");
        assertThat(release.path("tender").path("procurementMethod").asString()).isEqualTo("direct");
        assertThat(OcdsSchemas.releasePackageErrors(pack(release))).isEmpty();
    }

    @Test
    void anOrganisationNoLongerListedIsNamedByItsIdAloneAndTheReleaseStaysValid() {
        OrganisationId gone = OrganisationId.of(UUID.randomUUID());
        Contract block = contract(ProcurementRoute.BLOCK_CONTRACT, List.of(Party.supplier(gone)));

        JsonNode release = written(block, LocalDate.of(2030, 1, 1));

        JsonNode supplier = release.path("parties").get(1);
        assertThat(supplier.path("id").asString()).isEqualTo(gone.toString());
        assertThat(supplier.has("name")).isFalse();
        assertThat(release.path("contracts").get(0).path("status").asString()).isEqualTo("terminated");
        assertThat(release.path("ocid").asString()).isEqualTo("ocds-abc123-" + block.id());
        assertThat(OcdsSchemas.releasePackageErrors(pack(release))).isEmpty();
    }

    @Test
    void aTermInWinterIsWrittenInGreenwichTimeAndTheRationaleNamesTheModelAndOutcomes() {
        ContractTerms winter = new ContractTerms("Winter", null, CommissioningModel.PAYMENT_BY_RESULTS,
                LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31), 0, Money.of("1.00"),
                Money.of("2.50"), List.of(), List.of(Party.supplier(COUNCIL)),
                List.of("wales-nof/health"), List.of("People stay warm"), List.of(),
                ContractsFixture.terms("x", List.of(), List.of()).paymentTerms(), List.of());
        Contract contract = new Contract(ContractId.of(UUID.randomUUID()), COUNCIL, "W-1",
                ProcurementRoute.SERVICE_LEVEL_AGREEMENT, null, null, 1, winter, Instant.parse("2026-10-01T09:00:00Z"));

        JsonNode release = written(contract, LocalDate.of(2026, 10, 1));

        JsonNode period = release.path("contracts").get(0).path("period");
        assertThat(period.path("startDate").asString()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(period.path("endDate").asString()).isEqualTo("2027-01-31T23:59:59Z");
        assertThat(period.path("maxExtentDate").asString()).isEqualTo(period.path("endDate").asString());
        assertThat(release.path("contracts").get(0).path("status").asString()).isEqualTo("pending");
        assertThat(release.path("contracts").get(0).path("value").path("amount").decimalValue())
                .isEqualByComparingTo("2.50");
        assertThat(release.path("planning").path("rationale").asString()).isEqualTo(
                "Outcomes-based commissioning, model 2 (payment by results). Outcomes: People stay warm. "
                        + "Outcome framework domains: wales-nof/health.");
        assertThat(release.has("tender") && !release.path("tender").has("description")).isTrue();
    }

    private static Contract contract(ProcurementRoute route, List<Party> parties) {
        return new Contract(ContractId.of(UUID.randomUUID()), COUNCIL, "R-1", route, null, null, 1,
                ContractsFixture.terms("Reablement", parties, List.of()), Instant.parse("2026-03-01T10:00:00Z"));
    }

    private static JsonNode written(Contract contract, LocalDate today) {
        Map<OrganisationId, ListedOrganisation> named = Map.of(COUNCIL, new ListedOrganisation(COUNCIL,
                OrganisationKind.COUNCIL, "Cyngor Sir Enghraifft", null, PublicIdentifiers.none(), true));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            new OcdsRelease(SETTINGS, named, today).write(out, contract, List.of(), contract.createdAt());
        }
        return JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
    }

    private static String pack(JsonNode release) {
        return """
                {"uri": "https://example.org/p", "version": "1.1", "publishedDate": "2026-12-03T09:00:00Z",
                 "publisher": {"name": "Council"}, "releases": [%s]}""".formatted(release.toString());
    }
}
