package cymru.cylch.payments;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.OcdsExport;
import cymru.cylch.contracts.OcdsSettings;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.ContractsFixture;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.PaymentsFixture;
import cymru.cylch.support.PaymentsFixture.Supported;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A social impact bond with its database: investors' commitments to the fixture's contract, November's posted
 * payments (£2,600.00 up front and the £700.00 entry) flowing to them, who may record and read them, and the contract
 * as an INDIGO 4.1 project valid by the published schema and a strict copy, carrying the contract's OCDS ocid.
 */
@CylchIntegrationTest
class SocialImpactBondsTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired
    SocialImpactBonds bonds;

    @Autowired
    IndigoExport indigo;

    @Autowired
    OcdsExport ocds;

    @Autowired
    OcdsSettings ocdsSettings;

    @Autowired
    PaymentRuns runs;

    @Autowired
    ClaimManagement claims;

    @Autowired
    PaymentsFixture payments;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RateCards rateCards;

    @Autowired
    OutcomeClaims storedClaims;

    @Autowired
    ServiceAgreementManagement agreements;

    @Autowired
    AuditLog audit;

    @Autowired
    Today today;

    @Autowired
    JsonMapper json;

    private UUID council;
    private UUID provider;
    private TestUser commissioner;
    private Contract contract;

    @BeforeEach
    void novemberPaidUnderABond() {
        clock.set(LocalDate.of(2026, 12, 10), LocalTime.NOON);
        council = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        provider = payments.provider(council);
        commissioner = organisations.user(council, Role.COMMISSIONER);
        contract = payments.contract(commissioner, provider);
        payments.rateCard(commissioner, contract, ContractsFixture.START, PaymentsFixture.card());
        Supported supported = payments.supported(contract, provider, LocalDate.of(2026, 5, 1), null);
        OutcomeClaim claim = claims.submit(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER), new NewClaim(supported.agreement().id(), "entry", LocalDate.of(2026, 6, 1),
                null, "Reviewed: settled at home"));
        new ClaimManagement(storedClaims, rateCards, agreements, new ClaimSettings(BigDecimal.ZERO, 1), audit, today)
                .verify(SignedIn.as(UUID.randomUUID(), council, Role.CARE_MANAGER), claim.id(), claim.version(), true,
                        null);
        PaymentRun run = runs.prepare(finance(), NOVEMBER);
        runs.approve(finance(), run.id(), run.linesDigest());
        runs.post(finance(), run.id());
        SignedIn.clear();
    }

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        SignedIn.clear();
    }

    private CylchUser finance() {
        return SignedIn.as(UUID.randomUUID(), council, Role.FINANCE_OFFICER);
    }

    private CylchUser theCommissioner() {
        return SignedIn.as(commissioner.id(), council, Role.COMMISSIONER);
    }

    private void threeInvestors() {
        bonds.commit(theCommissioner(), contract.id(), new NewInvestorCommitment("Cronfa Gymdeithasol Cymru",
                InvestorKind.SOCIAL_INVESTMENT_FUND, Money.of("60000.00"), LocalDate.of(2026, 4, 1)));
        bonds.commit(theCommissioner(), contract.id(), new NewInvestorCommitment("Mynyddwen Trust",
                InvestorKind.TRUST_OR_FOUNDATION, Money.of("30000.00"), LocalDate.of(2026, 4, 2)));
        bonds.commit(theCommissioner(), contract.id(), new NewInvestorCommitment("  Banc Cambria ",
                InvestorKind.BANK, Money.of("10000.00"), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void novembersOutcomePaymentsFlowToTheInvestorsProRata() {
        threeInvestors();

        InvestorFlows flows = bonds.flows(SignedIn.as(UUID.randomUUID(), council, Role.AUDITOR), contract.id());

        assertThat(flows.commitments()).extracting(InvestorCommitment::investorName).containsExactly(
                "Cronfa Gymdeithasol Cymru", "Mynyddwen Trust", "Banc Cambria");
        assertThat(flows.months()).hasSize(1);
        InvestorFlows.MonthFlow november = flows.months().getFirst();
        assertThat(november.month()).isEqualTo(NOVEMBER);
        assertThat(november.paid()).as("£2,600.00 up front and the £700.00 entry").isEqualTo(Money.of("3300.00"));
        assertThat(november.shares()).extracting(Money::toString).containsExactly("1980.00", "990.00", "330.00");
        assertThat(flows.returns()).extracting(r -> r.received().toString(), r -> r.net().toString(),
                r -> r.multiple().toPlainString()).containsExactly(
                tuple("1980.00", "-58020.00", "0.03"), tuple("990.00", "-29010.00", "0.03"),
                tuple("330.00", "-9670.00", "0.03"));
        assertThat(flows.overall().received()).isEqualTo(Money.of("3300.00"));
        assertThat(bonds.flows(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER),
                contract.id()).overall().received()).as("the contract's one supplier reads the same")
                .isEqualTo(Money.of("3300.00"));
    }

    @Test
    void onlyTheCommissionerThatLetTheContractRecordsAndNoOneElseReads() {
        threeInvestors();
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        UUID stranger = payments.provider(council);
        var request = new NewInvestorCommitment("Someone", InvestorKind.INDIVIDUAL, Money.of("5.00"),
                LocalDate.of(2026, 12, 1));

        assertThatThrownBy(() -> bonds.commit(SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER),
                contract.id(), request)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bonds.commit(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER, Role.COMMISSIONER), contract.id(), request))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bonds.commit(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER), contract.id(), request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bonds.commitments(SignedIn.as(UUID.randomUUID(), otherCouncil,
                Role.COMMISSIONER), contract.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bonds.commitments(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger,
                Role.PROVIDER_USER), contract.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(bonds.commitments(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider,
                Role.PROVIDER_USER), contract.id())).hasSize(3);

        // Row-level security holds whatever the service does: another council and an unrelated provider see no row,
        // and a supplier cannot write one.
        SignedIn.as(UUID.randomUUID(), otherCouncil, Role.COMMISSIONER);
        assertThat(countCommitments()).isZero();
        SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), stranger, Role.PROVIDER_USER);
        assertThat(countCommitments()).isZero();
        SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), provider, Role.PROVIDER_USER);
        assertThat(countCommitments()).isEqualTo(3);
        assertThatThrownBy(() -> jdbc.update("""
                insert into investor_commitment (id, held_by, contract_id, investor_name, investor_kind, amount,
                                                 committed_on, recorded_at)
                values (?, ?, ?, 'Me', 'BANK', 1.00, current_date, now())""", UUID.randomUUID(), council,
                contract.id().value())).rootCause().hasMessageContaining("row-level security");
    }

    private int countCommitments() {
        return jdbc.queryForObject("select count(*) from investor_commitment where contract_id = ?", Integer.class,
                contract.id().value());
    }

    @Test
    void aCommitmentIsMoreThanNothingNamedAndNotInTheFuture() {
        assertThat(rule(new NewInvestorCommitment(" ", InvestorKind.BANK, Money.of("1.00"),
                LocalDate.of(2026, 12, 1)))).isEqualTo("investors.name.blank");
        assertThat(rule(new NewInvestorCommitment("Bank", InvestorKind.BANK, Money.of("0.00"),
                LocalDate.of(2026, 12, 1)))).isEqualTo("investors.amount.notPositive");
        assertThat(rule(new NewInvestorCommitment("Bank", InvestorKind.BANK, Money.of("1.00"),
                LocalDate.of(2026, 12, 11)))).isEqualTo("investors.committedOn.future");
        assertThatThrownBy(() -> jdbc.update("update investor_commitment set amount = 2"))
                .as("append-only").isNotNull();
    }

    private String rule(NewInvestorCommitment request) {
        try {
            bonds.commit(theCommissioner(), contract.id(), request);
            throw new AssertionError("accepted " + request);
        } catch (RuleViolationException e) {
            return e.code();
        }
    }

    @Test
    void theContractAsAnIndigoProjectIsValidStrictlyAndCarriesItsOcdsOcid() {
        threeInvestors();

        ObjectNode project = indigo.project(SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER),
                contract.id());

        assertThat(IndigoSchemas.projectErrors(project)).isEmpty();
        assertThat(IndigoSchemas.strictErrors(project)).isEmpty();
        String ocid = project.path("open_contracting_datas").get(0).path("ocid").asString();
        assertThat(ocid).isEqualTo(ocdsSettings.ocid(contract.id()));
        JsonNode release = json.readTree(ocds.contract(SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER),
                contract.id(), URI.create("https://cylch.example/api/v1/contracts/" + contract.id() + "/ocds"))
                .json());
        assertThat(release.path("releases").get(0).path("ocid").asString()).isEqualTo(ocid);

        assertThat(project.path("name").path("value").asString()).isEqualTo(contract.terms().title());
        assertThat(project.path("investments")).hasSize(3);
        JsonNode fund = project.path("investments").get(0);
        assertThat(fund.path("organisation_role_category").path("value").asString()).isEqualTo("Impact Investor");
        assertThat(fund.path("investment_commitment").path("amount").path("exact").path("value").decimalValue())
                .isEqualByComparingTo("60000.00");
        assertThat(project.path("overall_project_finance").path("total_investment_commitment").path("amount")
                .path("exact").path("value").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(project.path("outcome_pricings")).extracting(p -> p.path("outcome_metric_id").path("value")
                .asString(), p -> p.path("price_per_unit").path("amount").path("value").decimalValue().toPlainString())
                .containsExactly(tuple("entry", "700.00"), tuple("sustained-6m", "1400.00"));
        assertThat(project.path("outcome_pricings").get(0).path("price_description").path("value").asString())
                .contains("20% of the plan's value paid up front", "at most GBP 11700.00 a participant");
        assertThat(project.path("outcome_payments")).extracting(p -> p.path("period").path("start_date")
                .path("value").asString(), p -> p.path("money").path("amount").path("value").decimalValue()
                .toPlainString(), p -> p.path("type").path("value").asString()).containsExactly(
                tuple("2026-11-01", "700.00", "Actual"), tuple("2026-11-01", "2600.00", "Actual"));
        assertThat(project.path("transactions")).extracting(t -> t.path("date").path("value").asString(),
                t -> t.path("money").path("amount").path("value").decimalValue().toPlainString()).containsExactly(
                tuple("2026-11", "1980.00"), tuple("2026-11", "990.00"), tuple("2026-11", "330.00"));
    }

    @Test
    void theStrictSchemaRefusesAMisspeltPropertyThePublishedOneAllows() {
        ObjectNode project = json.createObjectNode();
        project.putObject("name").put("value", "A bond");
        project.putArray("open_contracting_datas").addObject().put("ocdi", "ocds-x");

        assertThat(IndigoSchemas.projectErrors(project)).isEmpty();
        assertThat(IndigoSchemas.strictErrors(project)).singleElement().asString().contains("ocdi");
        project.putObject("dates").putObject("start_date_of_service_provision").put("value", "1 April 2026");
        assertThat(IndigoSchemas.projectErrors(project)).as("a date must be YYYY[-MM[-DD]]").isNotEmpty();
    }
}
