package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A financial year's spend against budget, and outcome payments against what was anticipated when the contracts
 * were let: month by month (to date, for the chart), per contract and per provider. Spend is what posted payment runs
 * paid, net of recoveries, dated by the month they paid for; outcome payments are their outcome lines.
 *
 * @param lastPaid the last month a posted run paid, if any in the year; later months have no spend yet
 */
public record SpendReport(FinancialYear year, @Nullable YearMonth lastPaid, List<MonthRow> months,
                          List<ContractRow> contracts, List<ProviderRow> providers, Totals totals) {

    public SpendReport {
        months = List.copyOf(months);
        contracts = List.copyOf(contracts);
        providers = List.copyOf(providers);
    }

    /**
     * The year to the end of a month, cumulatively: the budget and anticipated outcome payments profiled evenly over
     * the year, and what was spent and paid for outcomes (none for months no posted run paid: not yet, or before
     * the council's first run in Cylch).
     */
    public record MonthRow(YearMonth month, Money budget, Money anticipated, @Nullable Money spent,
                           @Nullable Money outcomes) {
    }

    /** A contract's year; a figure not recorded is none, not nothing. */
    public record ContractRow(ContractId contract, String reference, String title, @Nullable Money budget,
                              Money spent, @Nullable Money anticipated, Money outcomes) {

        /** Budget not yet spent; negative when overspent. */
        public Optional<Money> budgetLeft() {
            return Optional.ofNullable(budget).map(b -> b.minus(spent));
        }

        /** Outcome payments over (positive) or under (negative) what was anticipated. */
        public Optional<Money> outcomesOverAnticipated() {
            return Optional.ofNullable(anticipated).map(outcomes::minus);
        }
    }

    /**
     * A provider's year across its contracts. Its anticipated outcome payments are its share of each contract's,
     * the contract's suppliers sharing equally, as they share the fixed element.
     */
    public record ProviderRow(OrganisationId provider, Money spent, @Nullable Money anticipated, Money outcomes) {

        public Optional<Money> outcomesOverAnticipated() {
            return Optional.ofNullable(anticipated).map(outcomes::minus);
        }
    }

    /** The contracts' sums: budget and anticipated over the contracts that have them. */
    public record Totals(Money budget, Money spent, Money anticipated, Money outcomes) {

        public Money budgetLeft() {
            return budget.minus(spent);
        }

        public Money outcomesOverAnticipated() {
            return outcomes.minus(anticipated);
        }
    }
}
