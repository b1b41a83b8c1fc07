package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules of a contract's terms, whatever route it took, without Spring. */
class ContractRulesTest {

    private static final OrganisationId SUPPLIER = OrganisationId.of(UUID.randomUUID());
    private static final OrganisationId ANOTHER = OrganisationId.of(UUID.randomUUID());

    private static ContractTerms terms(CommissioningModel model, @Nullable String share, String estimate,
                                       String maximum, List<Party> parties, List<Lot> lots) {
        return new ContractTerms("Home care", null, model, LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), 0,
                Money.of(estimate), Money.of(maximum), lots, parties, List.of(), List.of("People stay at home"),
                List.of(), new PaymentTerms(Money.ZERO, share == null ? null : new BigDecimal(share),
                PaymentFrequency.MONTHLY, null), List.of());
    }

    private static ContractTerms sound(List<Party> parties) {
        return terms(CommissioningModel.OUTCOME_BASED_CARE_PLANNING, null, "100.00", "200.00", parties, List.of());
    }

    private static void breaks(ProcurementRoute route, ContractTerms terms, String code) {
        assertThatThrownBy(() -> ContractRules.check(route, terms)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo(code));
    }

    @Test
    void soundTermsPass() {
        assertThatCode(() -> ContractRules.check(ProcurementRoute.BLOCK_CONTRACT, sound(List.of(
                Party.supplier(SUPPLIER))))).doesNotThrowAnyException();
    }

    @Test
    void theMaximumValueMayNotBeBelowTheEstimateNorAnyValueBelowNothing() {
        breaks(ProcurementRoute.BLOCK_CONTRACT, terms(CommissioningModel.OUTCOME_BASED_CARE_PLANNING, null, "300.00",
                "200.00", List.of(Party.supplier(SUPPLIER)), List.of()), "contract.value.maximumBelowEstimate");
        breaks(ProcurementRoute.BLOCK_CONTRACT, terms(CommissioningModel.OUTCOME_BASED_CARE_PLANNING, null, "-1.00",
                "200.00", List.of(Party.supplier(SUPPLIER)), List.of()), "contract.value.negative");
    }

    @Test
    void paymentByResultsNeedsAnOutcomeShareAndOnlyItMayHaveOne() {
        List<Party> one = List.of(Party.supplier(SUPPLIER));
        breaks(ProcurementRoute.BLOCK_CONTRACT, terms(CommissioningModel.PAYMENT_BY_RESULTS, null, "1.00", "2.00", one,
                List.of()), "contract.outcomeShare.required");
        breaks(ProcurementRoute.BLOCK_CONTRACT, terms(CommissioningModel.PAYMENT_BY_RESULTS, "100.01", "1.00", "2.00",
                one, List.of()), "contract.outcomeShare.range");
        breaks(ProcurementRoute.BLOCK_CONTRACT, terms(CommissioningModel.POPULATION_ACCOUNTABILITY, "20", "1.00",
                "2.00", one, List.of()), "contract.outcomeShare.notPaymentByResults");
        assertThatCode(() -> ContractRules.check(ProcurementRoute.BLOCK_CONTRACT, terms(
                CommissioningModel.PAYMENT_BY_RESULTS, "20", "1.00", "2.00", one, List.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void aBlockContractHasOneSupplierAFrameworkMayHaveManyAndADynamicSystemMayStartWithNone() {
        breaks(ProcurementRoute.BLOCK_CONTRACT, sound(List.of()), "contract.suppliers.none");
        breaks(ProcurementRoute.BLOCK_CONTRACT, sound(List.of(Party.supplier(SUPPLIER), Party.supplier(ANOTHER))),
                "contract.suppliers.onlyOne");
        assertThatCode(() -> ContractRules.check(ProcurementRoute.FRAMEWORK_AGREEMENT, sound(List.of(
                Party.supplier(SUPPLIER), Party.supplier(ANOTHER))))).doesNotThrowAnyException();
        assertThatCode(() -> ContractRules.check(ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM, sound(List.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void aConsortiumsMembersBelongToASupplierOnTheContract() {
        OrganisationId consortium = OrganisationId.of(UUID.randomUUID());
        assertThatCode(() -> ContractRules.check(ProcurementRoute.BLOCK_CONTRACT, sound(List.of(
                Party.supplier(consortium), Party.memberOf(consortium, SUPPLIER))))).doesNotThrowAnyException();
        breaks(ProcurementRoute.BLOCK_CONTRACT, sound(List.of(Party.supplier(ANOTHER),
                Party.memberOf(consortium, SUPPLIER))), "contract.parties.memberOfNoSupplier");
        breaks(ProcurementRoute.BLOCK_CONTRACT, sound(List.of(Party.supplier(SUPPLIER), Party.supplier(SUPPLIER))),
                "contract.parties.twice");
    }

    @Test
    void lotsAreNumberedOnceAndTheContractSaysWhatOutcomesItIsFor() {
        List<Party> one = List.of(Party.supplier(SUPPLIER));
        breaks(ProcurementRoute.FRAMEWORK_AGREEMENT, terms(CommissioningModel.OUTCOME_BASED_CARE_PLANNING, null,
                "1.00", "2.00", one, List.of(new Lot(1, "North", Set.of(), Set.of()), new Lot(1, "South", Set.of(),
                        Set.of()))), "contract.lots.numbers");
        ContractTerms noOutcomes = new ContractTerms("Home care", null, CommissioningModel.OUTCOME_BASED_CARE_PLANNING,
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 0, Money.ZERO, Money.ZERO, List.of(), one,
                List.of(), List.of(), List.of(), new PaymentTerms(Money.ZERO, null, PaymentFrequency.MONTHLY, null),
                List.of());
        breaks(ProcurementRoute.BLOCK_CONTRACT, noOutcomes, "contract.outcomes.none");
    }

    @Test
    void aCallOffStartsWithinItsFrameworkWithASupplierAlreadyOnIt() {
        Contract framework = new Contract(ContractId.of(UUID.randomUUID()), ANOTHER, "FW-1",
                ProcurementRoute.FRAMEWORK_AGREEMENT, null, null, 1, sound(List.of(Party.supplier(SUPPLIER))),
                Instant.EPOCH);
        assertThatCode(() -> ContractRules.checkCallOff(sound(List.of(Party.supplier(SUPPLIER))), framework))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ContractRules.checkCallOff(sound(List.of(Party.supplier(ANOTHER))), framework))
                .hasMessage("contract.callOff.supplierNotOnParent");
        Contract block = new Contract(ContractId.of(UUID.randomUUID()), ANOTHER, "B-1",
                ProcurementRoute.BLOCK_CONTRACT, null, null, 1, sound(List.of(Party.supplier(SUPPLIER))), Instant.EPOCH);
        assertThatThrownBy(() -> ContractRules.checkCallOff(sound(List.of(Party.supplier(SUPPLIER))), block))
                .hasMessage("contract.callOff.parent");
    }

    @Test
    void aContractCoversAServiceThroughALotForItOrForEveryServiceAndWithoutLotsCoversEvery() {
        var parties = List.of(Party.supplier(SUPPLIER));
        var homeCareOnly = terms(CommissioningModel.OUTCOME_BASED_CARE_PLANNING, null, "100.00", "200.00", parties,
                List.of(new Lot(1, "North", Set.of("home-care"), Set.of("NORTH"))));
        var anyInOneLot = terms(CommissioningModel.OUTCOME_BASED_CARE_PLANNING, null, "100.00", "200.00", parties,
                List.of(new Lot(1, "North", Set.of("home-care"), Set.of()),
                        new Lot(2, "South", Set.of(), Set.of("SOUTH"))));

        assertThat(homeCareOnly.coversService("home-care")).isTrue();
        assertThat(homeCareOnly.coversService("reablement")).isFalse();
        assertThat(anyInOneLot.coversService("reablement")).isTrue();
        assertThat(sound(parties).coversService("reablement")).isTrue();
    }
}
