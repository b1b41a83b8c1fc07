package cymru.cylch.contracts;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
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
import org.springframework.security.access.AccessDeniedException;

/**
 * Terminating a provider's part in a contract for poor performance, with the database: only where the contract
 * gives the power, only by the commissioner that let it, only a supplier, and as a new version.
 */
@CylchIntegrationTest
class ContractTerminationTest {

    private static final String REASON = "Missed visits in three months running despite an improvement plan";

    @Autowired
    ContractManagement contracts;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    Today today;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    /** Live today, for another two years, in one lot, with the remedies given. */
    private ContractTerms terms(List<Party> parties, List<Remedy> remedies) {
        LocalDate day = today.date();
        return new ContractTerms("Home care in Aberwen", null, CommissioningModel.OUTCOME_BASED_CARE_PLANNING,
                day.minusMonths(6), day.plusYears(2), 12, Money.of("900000.00"), Money.of("1000000.00"),
                List.of(new Lot(1, "Aberwen", Set.of("home-care"), Set.of("MYN-ABW"))), parties,
                List.of("wales-nof/health"), List.of("People stay well at home"), List.of(),
                new PaymentTerms(Money.of("50000.00"), null, PaymentFrequency.MONTHLY, null), remedies);
    }

    private Contract let(CylchUser commissioner, ProcurementRoute route, ContractTerms terms) {
        return contracts.let(commissioner, new NewContract("TRM-" + UUID.randomUUID(), route, null, null, terms));
    }

    private static CylchUser commissioner(UUID council) {
        return SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER);
    }

    private OrganisationId provider() {
        return OrganisationId.of(organisations.organisation(OrganisationKind.PROVIDER, DEMO_COUNCIL));
    }

    @Test
    void terminatingTheSoleSupplierEndsTheContractOnItsLastDayWithNoExtensionLeft() {
        CylchUser commissioner = commissioner(DEMO_COUNCIL);
        OrganisationId supplier = provider();
        Contract block = let(commissioner, ProcurementRoute.BLOCK_CONTRACT,
                terms(List.of(Party.supplier(supplier)), List.of(Remedy.TERMINATION)));
        LocalDate lastDay = today.date().plusDays(30);

        Contract ended = contracts.terminate(commissioner, block.id(), 1, supplier, lastDay, "  " + REASON + " ");

        assertThat(ended.version()).isEqualTo(2);
        assertThat(ended.terms().end()).isEqualTo(lastDay);
        assertThat(ended.terms().extensionMonths()).isZero();
        assertThat(ended.terms().suppliedBy(supplier)).as("it worked under the contract until the end").isTrue();
        assertThat(ended.statusOn(lastDay)).isEqualTo(ContractStatus.LIVE);
        assertThat(ended.statusOn(lastDay.plusDays(1))).isEqualTo(ContractStatus.ENDED);
        List<ContractVersion> versions = contracts.versions(commissioner, block.id());
        assertThat(versions).extracting(ContractVersion::number).containsExactly(1, 2);
        assertThat(versions.getLast().reason()).isEqualTo(REASON);
        assertThat(versions.getLast().madeBy()).isEqualTo(commissioner.userId());
        assertThat(versions.getFirst().terms().end()).isEqualTo(today.date().plusYears(2));
        assertThat(contracts.contract(commissioner, block.id()).terms().end()).isEqualTo(lastDay);
    }

    @Test
    void terminatingOneOfSeveralSuppliersDropsItAndItsConsortiumMembersAndTheRestCarryOn() {
        CylchUser commissioner = commissioner(DEMO_COUNCIL);
        OrganisationId staying = provider();
        OrganisationId consortium = OrganisationId.of(organisations.organisation(OrganisationKind.CONSORTIUM,
                DEMO_COUNCIL));
        OrganisationId member = provider();
        Contract framework = let(commissioner, ProcurementRoute.FRAMEWORK_AGREEMENT,
                terms(List.of(Party.supplier(staying), Party.supplier(consortium), Party.memberOf(consortium, member)),
                        List.of(Remedy.SUSPENSION, Remedy.TERMINATION)));
        assertThat(contracts.providersCovering(framework.heldBy(), "home-care", "MYN-ABW")).contains(member);

        assertThatThrownBy(() -> contracts.terminate(commissioner, framework.id(), 1, member,
                today.date().plusDays(7), REASON))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("contracts.terminate.consortiumMember");
        // The framework goes on without the consortium from the new version: its last day can only be today.
        assertThatThrownBy(() -> contracts.terminate(commissioner, framework.id(), 1, consortium,
                today.date().plusDays(7), REASON)).hasMessageContaining("contracts.terminate.lastDay.today");
        Contract after = contracts.terminate(commissioner, framework.id(), 1, consortium, today.date(), REASON);

        assertThat(after.version()).isEqualTo(2);
        assertThat(after.terms().parties()).containsExactly(Party.supplier(staying));
        assertThat(after.terms().end()).isEqualTo(framework.terms().end());
        assertThat(after.terms().extensionMonths()).isEqualTo(12);
        assertThat(contracts.providersCovering(framework.heldBy(), "home-care", "MYN-ABW")).contains(staying)
                .doesNotContain(consortium, member);
        assertThat(contracts.contractFor(framework.heldBy(), staying, "home-care", "MYN-ABW"))
                .contains(framework.id());
        assertThat(contracts.versions(commissioner, framework.id()).getLast().reason()).isEqualTo(REASON);
    }

    @Test
    void aContractThatDoesNotGiveThePowerCannotBeTerminatedForPoorPerformance() {
        CylchUser commissioner = commissioner(DEMO_COUNCIL);
        OrganisationId supplier = provider();
        Contract block = let(commissioner, ProcurementRoute.BLOCK_CONTRACT,
                terms(List.of(Party.supplier(supplier)), List.of(Remedy.DEDUCTION, Remedy.SUSPENSION)));

        assertThatThrownBy(() -> contracts.terminate(commissioner, block.id(), 1, supplier,
                today.date().plusDays(30), REASON))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contracts.terminate.notAllowed");
        assertThat(contracts.contract(commissioner, block.id()).version()).isOne();
    }

    @Test
    void everyOtherTerminationIsRefusedAndChangesNothing() {
        CylchUser commissioner = commissioner(DEMO_COUNCIL);
        OrganisationId supplier = provider();
        Contract block = let(commissioner, ProcurementRoute.BLOCK_CONTRACT,
                terms(List.of(Party.supplier(supplier)), List.of(Remedy.TERMINATION)));
        LocalDate lastDay = today.date().plusDays(30);

        assertThatThrownBy(() -> contracts.terminate(SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.BROKER),
                block.id(), 1, supplier, lastDay, REASON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.terminate(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(),
                supplier.value(), Role.COMMISSIONER), block.id(), 1, supplier, lastDay, REASON))
                .as("a provider does not terminate its own contract").isInstanceOf(AccessDeniedException.class);
        UUID otherCouncil = organisations.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        assertThatThrownBy(() -> contracts.terminate(commissioner(otherCouncil), block.id(), 1, supplier, lastDay,
                REASON)).isInstanceOf(RecordNotFoundException.class);
        refused(commissioner, block, provider(), lastDay, REASON, "contracts.terminate.notSupplier");
        refused(commissioner, block, supplier, today.date().minusDays(1), REASON, "contracts.terminate.lastDay.past");
        refused(commissioner, block, supplier, block.terms().end().plusDays(1), REASON,
                "contracts.terminate.lastDay.afterEnd");
        refused(commissioner, block, supplier, lastDay, " \n ", "contracts.terminate.reason.blank");
        refused(commissioner, block, supplier, lastDay, "x".repeat(4001), "contracts.terminate.reason.tooLong");
        assertThatThrownBy(() -> contracts.terminate(commissioner, block.id(), 0, supplier, lastDay, REASON))
                .as("from a stale page").isInstanceOf(OptimisticLockingFailureException.class);

        Contract unchanged = contracts.contract(commissioner, block.id());
        assertThat(unchanged.version()).isOne();
        assertThat(unchanged.terms()).isEqualTo(block.terms());
        assertThat(contracts.terminate(commissioner, block.id(), 1, supplier, block.terms().end(),
                "x".repeat(4000)).terms().end()).as("the longest reason, on the contract's own last day")
                .isEqualTo(block.terms().end());
    }

    private void refused(CylchUser commissioner, Contract contract, OrganisationId provider, LocalDate lastDay,
                         String reason, String rule) {
        assertThatThrownBy(() -> contracts.terminate(commissioner, contract.id(), contract.version(), provider,
                lastDay, reason)).isInstanceOf(RuleViolationException.class).hasMessageContaining(rule);
    }
}
