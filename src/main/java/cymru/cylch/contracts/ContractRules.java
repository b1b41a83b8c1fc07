package cymru.cylch.contracts;

import cymru.cylch.contracts.Party.PartyRole;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What makes a contract's terms sound, whichever route it took: a term that ends after it starts, a maximum value
 * not below the estimate, an outcome share under payment by results and only there, lots numbered once, the
 * outcomes it is for, and the suppliers its route needs. A call-off must sit inside its framework or dynamic
 * purchasing system: the same commissioner, within its term, with a supplier already on it. Each broken rule is a
 * {@link RuleViolationException} whose code is also its message key.
 */
public final class ContractRules {

    /** The longest extension a contract may provide for, in months. */
    static final int MOST_EXTENSION_MONTHS = 120;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ContractRules() {
    }

    /** Checks terms for a contract of this route, or throws the first rule they break. */
    public static void check(ProcurementRoute route, ContractTerms terms) {
        if (terms.title().isBlank()) {
            throw new RuleViolationException("contract.title.blank");
        }
        if (terms.end().isBefore(terms.start())) {
            throw new RuleViolationException("contract.end.beforeStart");
        }
        if (terms.extensionMonths() < 0 || terms.extensionMonths() > MOST_EXTENSION_MONTHS) {
            throw new RuleViolationException("contract.extension.range");
        }
        checkValues(terms);
        checkOutcomeShare(terms);
        checkLots(terms);
        if (terms.outcomeDomains().isEmpty() && terms.outcomeStatements().isEmpty()) {
            throw new RuleViolationException("contract.outcomes.none");
        }
        checkParties(route, terms);
    }

    /** Checks a call-off against the framework or dynamic purchasing system it is made under. */
    public static void checkCallOff(ContractTerms callOff, Contract parent) {
        if (!parent.route().takesCallOffs()) {
            throw new RuleViolationException("contract.callOff.parent");
        }
        ContractTerms under = parent.terms();
        if (callOff.start().isBefore(under.start()) || callOff.start().isAfter(under.end())) {
            throw new RuleViolationException("contract.callOff.outsideParentTerm");
        }
        boolean onParent = callOff.parties().stream().filter(p -> p.role() == PartyRole.SUPPLIER)
                .map(Party::organisation).allMatch(under::suppliedBy);
        if (!onParent) {
            throw new RuleViolationException("contract.callOff.supplierNotOnParent");
        }
    }

    /** A variation may change any term but the route, and must say why. */
    public static void checkVariation(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("contract.variation.reason");
        }
    }

    private static void checkValues(ContractTerms terms) {
        if (terms.estimatedValue().isNegative() || terms.maximumValue().isNegative()
                || terms.paymentTerms().fixedElementPerYear().isNegative()) {
            throw new RuleViolationException("contract.value.negative");
        }
        if (terms.estimatedValue().isGreaterThan(terms.maximumValue())) {
            throw new RuleViolationException("contract.value.maximumBelowEstimate");
        }
    }

    private static void checkOutcomeShare(ContractTerms terms) {
        BigDecimal share = terms.paymentTerms().outcomeSharePercent();
        if (terms.model() != CommissioningModel.PAYMENT_BY_RESULTS) {
            if (share != null) {
                throw new RuleViolationException("contract.outcomeShare.notPaymentByResults");
            }
            return;
        }
        if (share == null) {
            throw new RuleViolationException("contract.outcomeShare.required");
        }
        if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
            throw new RuleViolationException("contract.outcomeShare.range");
        }
    }

    private static void checkLots(ContractTerms terms) {
        Set<Integer> numbers = new HashSet<>();
        for (Lot lot : terms.lots()) {
            if (lot.number() < 1 || !numbers.add(lot.number())) {
                throw new RuleViolationException("contract.lots.numbers", String.valueOf(lot.number()));
            }
            if (lot.title().isBlank()) {
                throw new RuleViolationException("contract.lots.title", String.valueOf(lot.number()));
            }
        }
    }

    private static void checkParties(ProcurementRoute route, ContractTerms terms) {
        Set<OrganisationId> seen = new HashSet<>();
        for (Party party : terms.parties()) {
            if (!seen.add(party.organisation())) {
                throw new RuleViolationException("contract.parties.twice");
            }
        }
        Set<OrganisationId> suppliers = terms.parties().stream().filter(p -> p.role() == PartyRole.SUPPLIER)
                .map(Party::organisation).collect(Collectors.toSet());
        boolean membersOfSupplier = terms.parties().stream().filter(p -> p.role() == PartyRole.CONSORTIUM_MEMBER)
                .allMatch(p -> p.memberOf() != null && suppliers.contains(p.memberOf()));
        if (!membersOfSupplier) {
            throw new RuleViolationException("contract.parties.memberOfNoSupplier");
        }
        if (suppliers.isEmpty() && route.needsSupplierFromStart()) {
            throw new RuleViolationException("contract.suppliers.none");
        }
        if (suppliers.size() > 1 && !route.takesCallOffs()) {
            throw new RuleViolationException("contract.suppliers.onlyOne");
        }
    }
}
