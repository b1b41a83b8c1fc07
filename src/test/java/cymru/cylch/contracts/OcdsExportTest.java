package cymru.cylch.contracts;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditEntry;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.ApiClient;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.MarketFixture;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.PeopleFixture;
import cymru.cylch.support.SignedIn;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contracts of every route exported in OCDS 1.1 through the API, each package valid against the official 1.1.5
 * release package and release schemas, with the council as buyer, its providers as suppliers, values in pounds,
 * and no personal data.
 */
@CylchIntegrationTest
class OcdsExportTest {

    static final String COMMISSIONER_TOKEN = "cylch-demo-token-commissioner";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ContractsFixture fixture;

    @Autowired
    PeopleFixture people;

    @Autowired
    OutcomePlanning planning;

    @Autowired
    ServiceAgreementManagement agreements;

    @Autowired
    MarketFixture market;

    @Autowired
    ContractManagement management;

    @Autowired
    AuditLog audit;

    @Autowired
    OcdsSettings settings;

    TestUser commissioner;
    ApiClient api;

    @BeforeEach
    void commissioner() {
        commissioner = fixture.commissioner(DEMO_COUNCIL);
        api = new ApiClient(port);
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void aBlockContractIsOneReleaseWithTheCouncilAsBuyerAndTheProviderAsSupplier() {
        UUID provider = fixture.provider(DEMO_COUNCIL, "Gofal Da Ltd",
                new PublicIdentifiers("01234567", "1100001", "CIW-12345", null));
        Contract block = fixture.blockContract(commissioner, provider);

        JsonNode release = onlyRelease(exportOf(block));

        String ocid = settings.ocid(block.id());
        assertThat(ocid).isEqualTo(OcdsSettings.UNREGISTERED_PREFIX + "-" + block.id());
        assertThat(release.path("ocid").asString()).isEqualTo(ocid);
        assertThat(release.path("id").asString()).isEqualTo(ocid + "-1");
        assertThat(texts(release.path("tag"))).containsExactly("contract");
        assertThat(release.path("initiationType").asString()).isEqualTo("tender");
        assertThat(release.path("language").asString()).isEqualTo("en");
        assertThat(release.path("buyer").path("id").asString()).isEqualTo(DEMO_COUNCIL.toString());
        JsonNode council = party(release, DEMO_COUNCIL);
        assertThat(texts(council.path("roles"))).containsExactly("buyer", "procuringEntity");
        JsonNode supplier = party(release, provider);
        assertThat(texts(supplier.path("roles"))).containsExactly("supplier");
        assertThat(supplier.path("name").asString()).startsWith("Gofal Da Ltd");
        assertThat(supplier.path("identifier").path("scheme").asString()).isEqualTo("GB-COH");
        assertThat(supplier.path("identifier").path("id").asString()).isEqualTo("01234567");
        assertThat(supplier.path("additionalIdentifiers").get(0).path("scheme").asString()).isEqualTo("GB-CHC");
        assertThat(supplier.path("additionalIdentifiers").get(0).path("id").asString()).isEqualTo("1100001");
        assertThat(supplier.path("additionalIdentifiers")).hasSize(1);
        JsonNode tender = release.path("tender");
        assertThat(tender.path("title").asString()).isEqualTo(block.terms().title());
        assertThat(tender.path("procurementMethod").asString()).isEqualTo("open");
        assertThat(tender.path("procurementMethodDetails").asString()).isEqualTo("Block contract");
        assertThat(tender.path("status").asString()).isEqualTo("complete");
        assertThat(tender.path("items")).hasSize(1);
        assertThat(release.path("planning").path("rationale").asString())
                .contains("model 1").contains("People stay well and safe in their own homes");
        assertThat(release.path("planning").path("budget").path("amount").path("amount").decimalValue())
                .isEqualByComparingTo("100000.00");
        JsonNode award = release.path("awards").get(0);
        assertThat(release.path("awards")).hasSize(1);
        assertThat(ids(award.path("suppliers"))).containsExactly(provider.toString());
        JsonNode contract = release.path("contracts").get(0);
        assertThat(release.path("contracts")).hasSize(1);
        assertThat(contract.path("awardID").asString()).isEqualTo(award.path("id").asString());
        assertThat(contract.path("status").asString()).isEqualTo("active");
        assertThat(contract.path("value").path("amount").decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(contract.path("value").path("currency").asString()).isEqualTo("GBP");
        assertThat(contract.path("period").path("startDate").asString()).isEqualTo("2026-04-01T00:00:00+01:00");
        assertThat(contract.path("period").path("endDate").asString()).isEqualTo("2029-03-31T23:59:59+01:00");
        assertThat(contract.path("period").path("maxExtentDate").asString()).isEqualTo("2030-03-31T23:59:59+01:00");
        assertThat(contract.has("amendments")).isFalse();
        assertThat(release.has("relatedProcesses")).isFalse();
        assertThat(audit.historyOf(DEMO_COUNCIL, "contract", block.id().toString()))
                .filteredOn(e -> e.action() == AuditAction.EXPORTED).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("OCDS release package"))
                .extracting(AuditEntry::actorUsername).isEqualTo("commissioner");
    }

    @Test
    void aFrameworkWithSeveralSuppliersAndLotsHasAnAwardAndAContractForEachSupplierAndItsLotsAsItems() {
        UUID first = fixture.provider(DEMO_COUNCIL, "First", PublicIdentifiers.none());
        UUID second = fixture.provider(DEMO_COUNCIL, "Second", PublicIdentifiers.none());
        UUID third = fixture.provider(DEMO_COUNCIL, "Third", new PublicIdentifiers(null, null, null, "RX1"));
        Contract framework = fixture.framework(commissioner, List.of(
                new Lot(1, "Home care in the north", Set.of("home-care"), Set.of("MYN-ABW")),
                new Lot(2, "Reablement everywhere", Set.of("reablement"), Set.of())), first, second, third);

        JsonNode release = onlyRelease(exportOf(framework));

        assertThat(release.path("tender").path("procurementMethodDetails").asString()).isEqualTo("Framework agreement");
        assertThat(release.path("tender").path("items").valueStream().map(i -> i.path("description").asString()))
                .containsExactly("Lot 1: Home care in the north (services: home-care; areas: MYN-ABW)",
                        "Lot 2: Reablement everywhere (services: reablement; areas: all)");
        assertThat(release.path("awards").valueStream().map(a -> ids(a.path("suppliers"))))
                .containsExactly(List.of(first.toString()), List.of(second.toString()), List.of(third.toString()));
        assertThat(release.path("awards").get(0).path("description").asString()).contains("One of 3 suppliers");
        assertThat(release.path("contracts").valueStream().map(c -> c.path("awardID").asString()))
                .containsExactlyElementsOf(release.path("awards").valueStream().map(a -> a.path("id").asString())
                        .toList());
        assertThat(release.path("contracts").valueStream().map(c -> c.path("id").asString()).distinct()).hasSize(3);
        assertThat(party(release, third).path("identifier").path("scheme").asString()).isEqualTo("GB-NHS");
        assertThat(party(release, first).has("identifier")).isFalse();
    }

    @Test
    void aDynamicPurchasingSystemIsATenderUntilSomeoneIsAdmittedAndThenAnAmendedContract() {
        UUID admitted = fixture.provider(DEMO_COUNCIL, "Admitted", PublicIdentifiers.none());
        Contract system = fixture.dynamicPurchasingSystem(commissioner);

        JsonNode before = onlyRelease(exportOf(system));
        Contract after = fixture.admit(commissioner, system, admitted);
        JsonNode release = onlyRelease(exportOf(after));

        assertThat(texts(before.path("tag"))).containsExactly("tender");
        assertThat(before.has("awards")).isFalse();
        assertThat(before.has("contracts")).isFalse();
        assertThat(before.path("tender").path("status").asString()).isEqualTo("active");
        assertThat(texts(release.path("tag"))).containsExactly("contractAmendment");
        assertThat(release.path("id").asString()).isEqualTo(settings.ocid(system.id()) + "-2");
        assertThat(ids(release.path("awards").get(0).path("suppliers"))).containsExactly(admitted.toString());
        JsonNode amendment = release.path("contracts").get(0).path("amendments").get(0);
        assertThat(amendment.path("rationale").asString()).startsWith("Admitted Admitted");
        assertThat(amendment.path("amendsReleaseID").asString()).isEqualTo(before.path("id").asString());
        assertThat(amendment.path("releaseID").asString()).isEqualTo(release.path("id").asString());
        assertThat(release.path("tender").path("procurementMethodDetails").asString())
                .isEqualTo("Dynamic purchasing system");
    }

    @Test
    void aCallOffNamesItsFrameworkAsARelatedProcessAndHowItsSupplierWasChosen() {
        UUID provider = fixture.provider(DEMO_COUNCIL, "On the framework", PublicIdentifiers.none());
        Contract framework = fixture.framework(commissioner, List.of(), provider);
        Contract direct = fixture.callOff(commissioner, framework, provider, CallOffMethod.DIRECT_AWARD);
        Contract competed = fixture.callOff(commissioner, framework, provider, CallOffMethod.MINI_COMPETITION);

        JsonNode directRelease = onlyRelease(exportOf(direct));
        JsonNode competedRelease = onlyRelease(exportOf(competed));

        assertThat(directRelease.path("tender").path("procurementMethod").asString()).isEqualTo("direct");
        assertThat(directRelease.path("tender").path("procurementMethodDetails").asString())
                .isEqualTo("Call-off by direct award");
        assertThat(competedRelease.path("tender").path("procurementMethod").asString()).isEqualTo("selective");
        JsonNode related = directRelease.path("relatedProcesses").get(0);
        assertThat(texts(related.path("relationship"))).containsExactly("framework");
        assertThat(related.path("scheme").asString()).isEqualTo("ocid");
        assertThat(related.path("identifier").asString()).isEqualTo(settings.ocid(framework.id()));
        assertThat(directRelease.path("contracts").get(0).path("value").path("amount").decimalValue())
                .isEqualByComparingTo("25000.00");
        assertThat(directRelease.path("contracts").get(0).path("period").path("startDate").asString())
                .isEqualTo("2026-05-01T00:00:00+01:00");
    }

    @Test
    void aVariedContractListsEachVariationAsAnAmendmentWithItsReasonAndDate() {
        UUID provider = fixture.provider(DEMO_COUNCIL, "Varied", PublicIdentifiers.none());
        Contract block = fixture.blockContract(commissioner, provider);
        ContractTerms longer = ContractsFixture.terms(block.terms().title(), block.terms().parties(), List.of());
        Contract second = fixture.vary(commissioner, block, withMaximum(longer, "150000.00"),
                "Demand rose in the winter");
        Contract third = fixture.vary(commissioner, second, withMaximum(longer, "180000.00"), "Extended to a new area");

        JsonNode release = onlyRelease(exportOf(third));

        assertThat(texts(release.path("tag"))).containsExactly("contractAmendment");
        assertThat(release.path("id").asString()).isEqualTo(settings.ocid(block.id()) + "-3");
        JsonNode contract = release.path("contracts").get(0);
        assertThat(contract.path("value").path("amount").decimalValue()).isEqualByComparingTo("180000.00");
        assertThat(contract.path("amendments").valueStream().map(a -> a.path("rationale").asString()))
                .containsExactly("Demand rose in the winter", "Extended to a new area");
        assertThat(contract.path("amendments").valueStream().map(a -> a.path("id").asString()))
                .containsExactly("2", "3");
        List<ContractVersion> versions = management.versions(SignedIn.as(commissioner.id(), DEMO_COUNCIL,
                Role.COMMISSIONER), block.id());
        assertThat(contract.path("amendments").get(1).path("date").asString())
                .isEqualTo(OcdsRelease.instant(versions.get(2).madeAt()));
        assertThat(release.path("date").asString()).isEqualTo(OcdsRelease.instant(versions.get(2).madeAt()));
    }

    @Test
    void aConsortiumIsOneAwardNamingTheConsortiumThenItsMembersAllAsSuppliers() {
        UUID consortium = fixture.consortium(DEMO_COUNCIL, "Cwmni Cydweithredol",
                new PublicIdentifiers("SC765432", null, null, null));
        UUID memberOne = fixture.provider(DEMO_COUNCIL, "Member one", new PublicIdentifiers(null, "7654321", null, null));
        UUID memberTwo = fixture.provider(DEMO_COUNCIL, "Member two", PublicIdentifiers.none());
        ContractTerms terms = ContractsFixture.terms("Community support by a consortium", List.of(
                Party.supplier(OrganisationId.of(consortium)),
                Party.memberOf(OrganisationId.of(consortium), OrganisationId.of(memberOne)),
                Party.memberOf(OrganisationId.of(consortium), OrganisationId.of(memberTwo))), List.of());
        Contract contract = fixture.let(commissioner, ProcurementRoute.BLOCK_CONTRACT, terms);

        JsonNode release = onlyRelease(exportOf(contract));

        assertThat(release.path("awards")).hasSize(1);
        JsonNode award = release.path("awards").get(0);
        assertThat(ids(award.path("suppliers")))
                .containsExactly(consortium.toString(), memberOne.toString(), memberTwo.toString());
        assertThat(award.path("description").asString()).startsWith("Awarded to the consortium Cwmni Cydweithredol");
        assertThat(release.path("contracts")).hasSize(1);
        for (UUID each : List.of(consortium, memberOne, memberTwo)) {
            assertThat(texts(party(release, each).path("roles"))).containsExactly("supplier");
        }
        assertThat(party(release, consortium).path("identifier").path("id").asString()).isEqualTo("SC765432");
        assertThat(party(release, memberOne).path("identifier").path("scheme").asString()).isEqualTo("GB-CHC");
    }

    @Test
    void theDemoCouncilsPackageOfAllContractsIsValidAndHoldsEachOnce() {
        UUID provider = fixture.provider(DEMO_COUNCIL, "Everywhere", PublicIdentifiers.none());
        Contract block = fixture.blockContract(commissioner, provider);
        Contract framework = fixture.framework(commissioner, List.of(new Lot(1, "All", Set.of(), Set.of())), provider);
        Contract callOff = fixture.callOff(commissioner, framework, provider, CallOffMethod.MINI_COMPETITION);
        Contract system = fixture.dynamicPurchasingSystem(commissioner);
        Contract varied = fixture.vary(commissioner, block, block.terms(), "Nothing but the reason changed");

        HttpResponse<String> response = api.get("/api/v1/contracts/ocds", COMMISSIONER_TOKEN);

        OcdsSchemas.assertServedValid(response);
        JsonNode pack = JSON.readTree(response.body());
        assertThat(pack.path("version").asString()).isEqualTo("1.1");
        assertThat(pack.path("uri").asString()).endsWith("/api/v1/contracts/ocds");
        assertThat(pack.path("publisher").path("name").asString()).isNotBlank();
        List<String> ocids = pack.path("releases").valueStream().map(r -> r.path("ocid").asString()).toList();
        CylchUser reader = SignedIn.as(commissioner.id(), DEMO_COUNCIL, Role.COMMISSIONER);
        List<String> all = management.contracts(reader).stream().map(c -> settings.ocid(c.id())).toList();
        SignedIn.clear();
        assertThat(ocids).containsExactlyInAnyOrderElementsOf(all).doesNotHaveDuplicates()
                .contains(settings.ocid(block.id()), settings.ocid(callOff.id()), settings.ocid(system.id()));
        JsonNode variedRelease = pack.path("releases").valueStream()
                .filter(r -> r.path("ocid").asString().equals(settings.ocid(varied.id()))).findFirst().orElseThrow();
        assertThat(variedRelease.path("contracts").get(0).path("amendments").get(0).path("rationale").asString())
                .isEqualTo("Nothing but the reason changed");
        assertThat(pack.path("publishedDate").asString()).isEqualTo(pack.path("releases").valueStream()
                .map(r -> r.path("date").asString()).max(String::compareTo).orElseThrow());
        assertThat(audit.historyOf(DEMO_COUNCIL, "contracts", DEMO_COUNCIL.toString()))
                .filteredOn(e -> e.action() == AuditAction.EXPORTED).isNotEmpty()
                .allSatisfy(e -> assertThat(e.reason()).isEqualTo("OCDS release package of all contracts"));
    }

    @Test
    void noPersonalDataGoesOutNeitherThePersonSupportedUnderTheContractNorWhoLetOrVariedIt() {
        UUID provider = fixture.provider(DEMO_COUNCIL, "Supporting someone", PublicIdentifiers.none());
        Contract block = fixture.blockContract(commissioner, provider);
        Contract varied = fixture.vary(commissioner, block, block.terms(), "Price review");
        UUID person = people.newPerson(DEMO_COUNCIL);
        market.accredited(DEMO_COUNCIL, provider);
        UUID careManager = UUID.randomUUID();
        CylchUser worker = SignedIn.as(careManager, DEMO_COUNCIL, Role.CARE_MANAGER);
        OutcomeId outcome = OutcomeId.of(planning.agree(worker, person, new OutcomeAgreement("I want to walk to the shop again",
                "wales-nof/health", null, null, null, null, true, true), true).id());
        ServiceAgreement agreement = agreements.start(worker, new NewServiceAgreement(PersonId.of(person),
                OrganisationId.of(provider), block.id(), "home-care", null, ContractsFixture.START.plusMonths(2), null,
                Money.of("350.00"), new BigDecimal("10"), List.of(outcome), "test-" + UUID.randomUUID()));
        SignedIn.clear();

        String one = exportOf(varied);
        String all = api.get("/api/v1/contracts/ocds", COMMISSIONER_TOKEN).body();

        for (String json : List.of(one, all)) {
            assertThat(json).doesNotContain(person.toString()).doesNotContain("Person " + person.toString()
                            .substring(0, 8)).doesNotContain("Heol y Test").doesNotContain("I want to walk")
                    .doesNotContain(agreement.id().toString()).doesNotContain(outcome.value().toString())
                    .doesNotContain(careManager.toString()).doesNotContain(commissioner.id().toString())
                    .doesNotContain(commissioner.username()).doesNotContain("Test " + commissioner.username());
        }
        assertThat(one).contains("Price review");
    }

    /** One contract's package from the API, checked against the schemas. */
    private String exportOf(Contract contract) {
        HttpResponse<String> response = api.get("/api/v1/contracts/" + contract.id() + "/ocds", COMMISSIONER_TOKEN);
        OcdsSchemas.assertServedValid(response);
        return response.body();
    }

    private static JsonNode onlyRelease(String json) {
        JsonNode pack = JSON.readTree(json);
        assertThat(pack.path("releases")).hasSize(1);
        assertThat(pack.path("publishedDate").asString()).isEqualTo(pack.path("releases").get(0).path("date").asString());
        return pack.path("releases").get(0);
    }

    private static JsonNode party(JsonNode release, UUID organisation) {
        return release.path("parties").valueStream().filter(p -> p.path("id").asString().equals(organisation.toString()))
                .collect(Collectors.collectingAndThen(Collectors.toList(), found -> {
                    assertThat(found).as("party " + organisation).hasSize(1);
                    return found.getFirst();
                }));
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> ids(JsonNode references) {
        return references.valueStream().map(r -> r.path("id").asString()).toList();
    }

    private static ContractTerms withMaximum(ContractTerms terms, String maximum) {
        return new ContractTerms(terms.title(), terms.description(), terms.model(), terms.start(), terms.end(),
                terms.extensionMonths(), terms.estimatedValue(), Money.of(maximum), terms.lots(), terms.parties(),
                terms.outcomeDomains(), terms.outcomeStatements(), terms.qualityRequirements(), terms.paymentTerms(),
                terms.remedies());
    }
}
