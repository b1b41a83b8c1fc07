package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.payments.SpendReport.ContractRow;
import cymru.cylch.payments.SpendReport.MonthRow;
import cymru.cylch.payments.SpendReport.ProviderRow;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** A year's spend report worked out from its inputs alone (no database), so it is tested as plain rules. */
public final class SpendFigures {

    private SpendFigures() {
    }

    /** A contract as the report names it, with the suppliers who share its anticipated outcome payments. */
    public record ContractNamed(ContractId id, String reference, String title, List<OrganisationId> suppliers) {

        public ContractNamed {
            suppliers = List.copyOf(suppliers);
        }
    }

    /** What posted runs paid a provider under a contract for a month, net, and the outcome part of it. */
    public record Paid(YearMonth month, ContractId contract, OrganisationId provider, Money paid, Money outcomes) {
    }

    public static SpendReport of(FinancialYear year, List<ContractNamed> contracts, List<SpendPlan> plans,
                                 List<Paid> paid) {
        Map<ContractId, Money> budgets = latest(plans, SpendPlan.Kind.BUDGET);
        Map<ContractId, Money> anticipated = latest(plans, SpendPlan.Kind.ANTICIPATED);
        List<Paid> inYear = paid.stream().filter(p -> !p.month().isBefore(year.first())
                && !p.month().isAfter(year.last())).toList();
        @Nullable YearMonth firstPaid = inYear.stream().map(Paid::month).min(Comparator.naturalOrder()).orElse(null);
        @Nullable YearMonth lastPaid = inYear.stream().map(Paid::month).max(Comparator.naturalOrder()).orElse(null);

        List<ContractRow> contractRows = contracts.stream().sorted(Comparator.comparing(ContractNamed::reference))
                .map(c -> new ContractRow(c.id(), c.reference(), c.title(), budgets.get(c.id()),
                        sum(inYear, p -> p.contract().equals(c.id()), Paid::paid), anticipated.get(c.id()),
                        sum(inYear, p -> p.contract().equals(c.id()), Paid::outcomes)))
                .toList();
        Money budget = total(budgets.values());
        Money expected = total(anticipated.values());
        List<Money> budgetByMonth = monthly(budget);
        List<Money> expectedByMonth = monthly(expected);
        List<MonthRow> months = new ArrayList<>();
        Money budgetSoFar = Money.ZERO;
        Money expectedSoFar = Money.ZERO;
        Money spentSoFar = Money.ZERO;
        Money outcomesSoFar = Money.ZERO;
        for (int i = 0; i < 12; i++) {
            YearMonth month = year.months().get(i);
            budgetSoFar = budgetSoFar.plus(budgetByMonth.get(i));
            expectedSoFar = expectedSoFar.plus(expectedByMonth.get(i));
            spentSoFar = spentSoFar.plus(sum(inYear, p -> p.month().equals(month), Paid::paid));
            outcomesSoFar = outcomesSoFar.plus(sum(inYear, p -> p.month().equals(month), Paid::outcomes));
            // Runs pay months in order, so the months from the first paid to the last are the ones with a run.
            boolean paidYet = firstPaid != null && lastPaid != null && !month.isBefore(firstPaid)
                    && !month.isAfter(lastPaid);
            months.add(new MonthRow(month, budgetSoFar, expectedSoFar, paidYet ? spentSoFar : null,
                    paidYet ? outcomesSoFar : null));
        }
        return new SpendReport(year, lastPaid, months, contractRows, providers(contracts, anticipated, inYear),
                new SpendReport.Totals(budget, sum(inYear, p -> true, Paid::paid), expected,
                        sum(inYear, p -> true, Paid::outcomes)));
    }

    /**
     * An annual amount spread evenly over twelve months to the penny, the odd pennies to the first months, so the
     * months add up to the year exactly.
     */
    static List<Money> monthly(Money year) {
        long pennies = year.amount().movePointRight(2).longValueExact();
        List<Money> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long share = pennies / 12 + (i < Math.floorMod(pennies, 12) ? 1 : 0);
            months.add(Money.of(BigDecimal.valueOf(share, 2)));
        }
        return months;
    }

    private static List<ProviderRow> providers(List<ContractNamed> contracts, Map<ContractId, Money> anticipated,
                                               List<Paid> inYear) {
        Map<OrganisationId, Money> expected = new LinkedHashMap<>();
        for (ContractNamed contract : contracts) {
            Money whole = anticipated.get(contract.id());
            if (whole == null || contract.suppliers().isEmpty()) {
                continue;
            }
            long pennies = whole.amount().movePointRight(2).longValueExact();
            int suppliers = contract.suppliers().size();
            for (int i = 0; i < suppliers; i++) {
                long share = pennies / suppliers + (i < pennies % suppliers ? 1 : 0);
                expected.merge(contract.suppliers().get(i), Money.of(BigDecimal.valueOf(share, 2)), Money::plus);
            }
        }
        Map<OrganisationId, Money> spent = new HashMap<>();
        Map<OrganisationId, Money> outcomes = new HashMap<>();
        for (Paid p : inYear) {
            spent.merge(p.provider(), p.paid(), Money::plus);
            outcomes.merge(p.provider(), p.outcomes(), Money::plus);
        }
        Map<OrganisationId, Boolean> providers = new LinkedHashMap<>();
        expected.keySet().forEach(p -> providers.put(p, true));
        inYear.stream().map(Paid::provider).sorted(Comparator.comparing(OrganisationId::value))
                .forEach(p -> providers.putIfAbsent(p, true));
        return providers.keySet().stream().map(p -> new ProviderRow(p, spent.getOrDefault(p, Money.ZERO),
                expected.get(p), outcomes.getOrDefault(p, Money.ZERO))).toList();
    }

    /** The latest figure of the kind for each contract (plans come oldest first). */
    private static Map<ContractId, Money> latest(List<SpendPlan> plans, SpendPlan.Kind kind) {
        Map<ContractId, Money> latest = new HashMap<>();
        plans.stream().filter(p -> p.kind() == kind).forEach(p -> latest.put(p.contract(), p.amount()));
        return latest;
    }

    private static Money sum(List<Paid> paid, Predicate<Paid> which, Function<Paid, Money> part) {
        return paid.stream().filter(which).map(part).reduce(Money.ZERO, Money::plus);
    }

    private static Money total(Collection<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
