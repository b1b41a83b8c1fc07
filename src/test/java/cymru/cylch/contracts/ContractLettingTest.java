package cymru.cylch.contracts;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Letting, varying and reading contracts with the database, from the right side and the wrong one. */
@CylchIntegrationTest
class ContractLettingTest {

    @Autowired
    ContractManagement contracts;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    static ContractTerms terms(List<Party> parties, List<Lot> lots) {
        return new ContractTerms("Home care in the north", "Outcome-focused home care",
                CommissioningModel.OUTCOME_BASED_CARE_PLANNING, LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31),
                24, Money.of("3000000.00"), Money.of("4000000.00"), lots, parties,
                List.of("wales-nof/health"), List.of("People stay well at home"), List.of("Visits logged"),
                new PaymentTerms(Money.of("100000.00"), null, PaymentFrequency.FOUR_WEEKLY, null), List.of());
    }

    static ContractTerms withRemedies(ContractTerms terms, List<Remedy> remedies) {
        return new ContractTerms(terms.title(), terms.description(), terms.model(), terms.start(), terms.end(),
                terms.extensionMonths(), terms.estimatedValue(), terms.maximumValue(), terms.lots(), terms.parties(),
                terms.outcomeDomains(), terms.outcomeStatements(), terms.qualityRequirements(), terms.paymentTerms(),
                remedies);
    }

    private CylchUser commissioner(UUID council) {
        return SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER);
    }

    private OrganisationId provider() {
        return OrganisationId.of(organisations.organisation(OrganisationKind.PROVIDER, DEMO_COUNCIL));
    }

    @Test
    void aCommissionerLetsABlockContractThatItsSupplierMayReadAndNoOtherProviderMay() {
        OrganisationId supplier = provider();
        OrganisationId other = provider();
        Contract let = contracts.let(commissioner(DEMO_COUNCIL), new NewContract("BLK-" + UUID.randomUUID(),
                ProcurementRoute.BLOCK_CONTRACT, null, null, terms(List.of(Party.supplier(supplier)), List.of())));

        assertThat(contracts.contract(SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.BROKER), let.id()).terms()
                .title()).isEqualTo("Home care in the north");
        assertThat(contracts.contract(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), supplier.value(), Role.PROVIDER_USER), let.id())
                .reference()).isEqualTo(let.reference());
        assertThat(contracts.contracts(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), supplier.value(), Role.PROVIDER_USER)))
                .extracting(Contract::id).containsExactly(let.id());
        assertThatThrownBy(() -> contracts.contract(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(), other.value(), Role.PROVIDER_USER),
                let.id())).isInstanceOf(RecordNotFoundException.class);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        assertThatThrownBy(() -> contracts.contract(commissioner(otherCouncil), let.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(contracts.contracts(commissioner(otherCouncil))).isEmpty();
    }

    @Test
    void onlyCommissionersLetAndReferencesAreUniqueWithinTheCouncil() {
        var request = new NewContract("UNIQUE-" + UUID.randomUUID(), ProcurementRoute.SPOT_PURCHASE, null, null,
                terms(List.of(Party.supplier(provider())), List.of()));
        assertThatThrownBy(() -> contracts.let(SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.BROKER), request))
                .isInstanceOf(AccessDeniedException.class);
        contracts.let(commissioner(DEMO_COUNCIL), request);
        assertThatThrownBy(() -> contracts.let(commissioner(DEMO_COUNCIL), request))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contract.reference.taken");
    }

    @Test
    void aVariationIsANewVersionWithItsReasonAndTheFirstIsKept() {
        CylchUser commissioner = commissioner(DEMO_COUNCIL);
        Contract let = contracts.let(commissioner, new NewContract("VAR-" + UUID.randomUUID(),
                ProcurementRoute.BLOCK_CONTRACT, null, null, terms(List.of(Party.supplier(provider())), List.of())));
        ContractTerms longer = new ContractTerms(let.terms().title(), let.terms().description(), let.terms().model(),
                let.terms().start(), LocalDate.of(2030, 3, 31), 12, let.terms().estimatedValue(),
                Money.of("5000000.00"), let.terms().lots(), let.terms().parties(), let.terms().outcomeDomains(),
                let.terms().outcomeStatements(), let.terms().qualityRequirements(), let.terms().paymentTerms(),
                let.terms().remedies());

        Contract varied = contracts.vary(commissioner, let.id(), 1, longer, "Extended by a year");

        assertThat(varied.version()).isEqualTo(2);
        assertThat(varied.terms().end()).isEqualTo(LocalDate.of(2030, 3, 31));
        List<ContractVersion> versions = contracts.versions(commissioner, let.id());
        assertThat(versions).extracting(ContractVersion::number).containsExactly(1, 2);
        assertThat(versions.getFirst().terms().end()).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(versions.get(1).reason()).isEqualTo("Extended by a year");
        assertThatThrownBy(() -> contracts.vary(commissioner, let.id(), 1, longer, "Again from a stale page"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> contracts.vary(commissioner, let.id(), 2, longer, " "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contract.variation.reason");
    }

    @Test
    void aProviderAdmittedToADynamicPurchasingSystemIsOnItAndMayBeCalledOff() {
        CylchUser commissioner = commissioner(DEMO_COUNCIL);
        OrganisationId admitted = provider();
        OrganisationId notAdmitted = provider();
        Lot north = new Lot(1, "North", Set.of("home-care"), Set.of("MYN-ABW"));
        Contract system = contracts.let(commissioner, new NewContract("DPS-" + UUID.randomUUID(),
                ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM, null, null, terms(List.of(), List.of(north))));

        Contract after = contracts.admit(commissioner, system.id(), admitted);

        assertThat(after.terms().suppliedBy(admitted)).isTrue();
        assertThat(contracts.versions(commissioner, system.id()).getLast().reason()).startsWith("Admitted ");
        assertThat(contracts.providersCovering(system.heldBy(), "home-care", "MYN-ABW")).contains(admitted);
        assertThat(contracts.providersCovering(system.heldBy(), "home-care", "MYN-DOL")).doesNotContain(admitted);
        assertThatThrownBy(() -> contracts.admit(commissioner, system.id(), admitted))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contract.admit.already");

        assertThatThrownBy(() -> contracts.let(commissioner, new NewContract("CO-" + UUID.randomUUID(),
                ProcurementRoute.CALL_OFF, system.id(), CallOffMethod.DIRECT_AWARD,
                terms(List.of(Party.supplier(notAdmitted)), List.of()))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("contract.callOff.supplierNotOnParent");
        Contract callOff = contracts.let(commissioner, new NewContract("CO-" + UUID.randomUUID(),
                ProcurementRoute.CALL_OFF, system.id(), CallOffMethod.MINI_COMPETITION,
                terms(List.of(Party.supplier(admitted)), List.of())));
        assertThat(contracts.callOffs(commissioner, system.id())).extracting(Contract::id).contains(callOff.id());
    }

    @Test
    void aSupplierMustBeAProviderOrConsortiumThatExists() {
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        assertThatThrownBy(() -> contracts.let(commissioner(DEMO_COUNCIL), new NewContract("K-" + UUID.randomUUID(),
                ProcurementRoute.BLOCK_CONTRACT, null, null,
                terms(List.of(Party.supplier(OrganisationId.of(otherCouncil))), List.of()))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contract.parties.kind");
        assertThatThrownBy(() -> contracts.let(commissioner(DEMO_COUNCIL), new NewContract("U-" + UUID.randomUUID(),
                ProcurementRoute.BLOCK_CONTRACT, null, null,
                terms(List.of(Party.supplier(OrganisationId.of(UUID.randomUUID()))), List.of()))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contract.parties.unknown");
    }

    @Test
    void consortiumMembersBelongToAConsortiumNotToAProvider() {
        var commissioner = commissioner(DEMO_COUNCIL);
        OrganisationId lead = provider();
        OrganisationId member = provider();

        assertThatThrownBy(() -> contracts.let(commissioner, new NewContract("M-" + UUID.randomUUID(),
                ProcurementRoute.BLOCK_CONTRACT, null, null,
                terms(List.of(Party.supplier(lead), Party.memberOf(lead, member)), List.of()))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("contract.parties.memberOfNotConsortium");

        OrganisationId consortium = OrganisationId.of(organisations.organisation(OrganisationKind.CONSORTIUM,
                DEMO_COUNCIL));
        Contract withConsortium = contracts.let(commissioner, new NewContract("C-" + UUID.randomUUID(),
                ProcurementRoute.BLOCK_CONTRACT, null, null,
                terms(List.of(Party.supplier(consortium), Party.memberOf(consortium, member)), List.of())));
        assertThat(withConsortium.terms().suppliedBy(member)).isTrue();
    }

    @Test
    void theRemediesAContractGivesAreKeptWhenItIsLetAndChangedOnlyByAVariation() {
        CylchUser commissioner = commissioner(DEMO_COUNCIL);
        ContractTerms terms = withRemedies(terms(List.of(Party.supplier(provider())), List.of()),
                List.of(Remedy.TERMINATION, Remedy.DEDUCTION, Remedy.TERMINATION));
        Contract let = contracts.let(commissioner, new NewContract("REM-" + UUID.randomUUID(),
                ProcurementRoute.BLOCK_CONTRACT, null, null, terms));

        Contract read = contracts.contract(commissioner, let.id());
        assertThat(read.terms().remedies()).containsExactly(Remedy.DEDUCTION, Remedy.TERMINATION);
        assertThat(read.terms().allows(Remedy.TERMINATION)).isTrue();
        assertThat(read.terms().allows(Remedy.SUSPENSION)).isFalse();

        contracts.vary(commissioner, let.id(), 1, withRemedies(read.terms(), List.of(Remedy.SUSPENSION)),
                "Deductions and termination dropped at the annual review");

        assertThat(contracts.contract(commissioner, let.id()).terms().remedies()).containsExactly(Remedy.SUSPENSION);
        assertThat(contracts.versions(commissioner, let.id())).extracting(v -> v.terms().remedies())
                .containsExactly(List.of(Remedy.DEDUCTION, Remedy.TERMINATION), List.of(Remedy.SUSPENSION));
    }

    @Test
    void aVersionStoredBeforeContractsHadRemediesReadsAsGivingNone() {
        CylchUser commissioner = commissioner(DEMO_COUNCIL);
        Contract let = contracts.let(commissioner, new NewContract("OLD-" + UUID.randomUUID(),
                ProcurementRoute.BLOCK_CONTRACT, null, null, withRemedies(terms(List.of(Party.supplier(provider())),
                List.of()), List.of(Remedy.TERMINATION))));
        // A second version written as versions were before remedies: the same terms without the field.
        SystemScope.run(() -> {
            jdbc.update("""
                    insert into contract_version (contract_id, number, held_by, terms, reason, made_at, made_by)
                    select contract_id, 2, held_by, terms - 'remedies', 'Stored before remedies', made_at, made_by
                    from contract_version where contract_id = ? and number = 1""", let.id().value());
            jdbc.update("update contract set current_version = 2 where id = ?", let.id().value());
        });
        assertThat(SystemScope.call(() -> jdbc.queryForObject("select jsonb_exists(terms, 'remedies') "
                + "from contract_version where contract_id = ? and number = 2", Boolean.class, let.id().value())))
                .isFalse();

        Contract old = contracts.contract(commissioner, let.id());

        assertThat(old.version()).isEqualTo(2);
        assertThat(old.terms().remedies()).isEmpty();
        assertThat(old.terms().allows(Remedy.TERMINATION)).isFalse();
        assertThat(old.terms().title()).isEqualTo("Home care in the north");
        assertThat(contracts.versions(commissioner, let.id()).getFirst().terms().remedies())
                .containsExactly(Remedy.TERMINATION);
    }
}
