package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.payments.SpendFigures.ContractNamed;
import cymru.cylch.payments.SpendFigures.Paid;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A year's spend against budget and outcome payments against what was anticipated, as plain rules. */
class SpendFiguresTest {

    private static final FinancialYear YEAR = new FinancialYear(2026);
    private static final ContractId SHARED = ContractId.of(new UUID(1, 1));
    private static final ContractId ALONE = ContractId.of(new UUID(1, 2));
    private static final OrganisationId FIRST = OrganisationId.of(new UUID(2, 1));
    private static final OrganisationId SECOND = OrganisationId.of(new UUID(2, 2));

    private static SpendPlan plan(ContractId contract, SpendPlan.Kind kind, String amount, long at) {
        return new SpendPlan(contract, YEAR, kind, Money.of(amount), "Set", Instant.ofEpochSecond(at), null);
    }

    private static Paid paid(int year, int month, ContractId contract, OrganisationId provider, String paid,
                             String outcomes) {
        return new Paid(YearMonth.of(year, month), contract, provider, Money.of(paid), Money.of(outcomes));
    }

    @Test
    void theFinancialYearRunsAprilToMarchAndIsNamedAsCouncilsWriteIt() {
        assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(YEAR);
        assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(YEAR);
        assertThat(YEAR.months()).hasSize(12).startsWith(YearMonth.of(2026, 4)).endsWith(YearMonth.of(2027, 3));
        assertThat(YEAR).hasToString("2026–27");
        assertThat(new FinancialYear(2099)).hasToString("2099–00");
    }

    @Test
    void aYearsAmountIsProfiledEvenlyToThePennyAndAddsUpExactly() {
        List<Money> months = SpendFigures.monthly(Money.of("1000.00"));

        assertThat(months).extracting(Money::toString).startsWith("83.34", "83.34", "83.34", "83.34", "83.33");
        assertThat(months.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void spendIsHeldAgainstTheLatestBudgetAndOutcomePaymentsAgainstWhatWasAnticipated() {
        var contracts = List.of(new ContractNamed(SHARED, "B-2", "Shared", List.of(FIRST, SECOND)),
                new ContractNamed(ALONE, "A-1", "Alone", List.of(FIRST)));
        var plans = List.of(plan(SHARED, SpendPlan.Kind.BUDGET, "12000.00", 1),
                plan(SHARED, SpendPlan.Kind.BUDGET, "24000.00", 2),
                plan(SHARED, SpendPlan.Kind.ANTICIPATED, "6000.01", 1));
        var paid = List.of(paid(2026, 4, SHARED, FIRST, "1500.00", "500.00"),
                paid(2026, 5, SHARED, SECOND, "2500.00", "700.00"),
                paid(2026, 5, ALONE, FIRST, "100.00", "0.00"),
                paid(2026, 3, SHARED, FIRST, "999.00", "999.00"));

        SpendReport report = SpendFigures.of(YEAR, contracts, plans, paid);

        assertThat(report.lastPaid()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(report.contracts()).extracting(SpendReport.ContractRow::reference, r -> r.budget(),
                        SpendReport.ContractRow::spent, r -> r.anticipated(), SpendReport.ContractRow::outcomes)
                .as("references in order; the latest budget; March 2026 is the year before")
                .containsExactly(
                        tuple("A-1", null, Money.of("100.00"), null, Money.ZERO),
                        tuple("B-2", Money.of("24000.00"), Money.of("4000.00"), Money.of("6000.01"),
                                Money.of("1200.00")));
        assertThat(report.contracts().get(1).budgetLeft()).contains(Money.of("20000.00"));
        assertThat(report.contracts().get(1).outcomesOverAnticipated()).contains(Money.of("-4800.01"));
        assertThat(report.contracts().getFirst().budgetLeft()).as("no budget recorded is not a budget of £0")
                .isEmpty();
        assertThat(report.providers()).extracting(SpendReport.ProviderRow::provider, SpendReport.ProviderRow::spent,
                        r -> r.anticipated(), SpendReport.ProviderRow::outcomes)
                .as("the anticipated £6,000.01 shared by the two suppliers, the odd penny to the first")
                .containsExactly(
                        tuple(FIRST, Money.of("1600.00"), Money.of("3000.01"), Money.of("500.00")),
                        tuple(SECOND, Money.of("2500.00"), Money.of("3000.00"), Money.of("700.00")));
        assertThat(report.totals().spent()).isEqualTo(Money.of("4100.00"));
        assertThat(report.totals().budgetLeft()).isEqualTo(Money.of("19900.00"));
        assertThat(report.months()).extracting(SpendReport.MonthRow::month, SpendReport.MonthRow::budget,
                        r -> r.spent(), r -> r.outcomes())
                .as("cumulative; no spend shown for months not yet paid").startsWith(
                        tuple(YearMonth.of(2026, 4), Money.of("2000.00"), Money.of("1500.00"), Money.of("500.00")),
                        tuple(YearMonth.of(2026, 5), Money.of("4000.00"), Money.of("4100.00"), Money.of("1200.00")),
                        tuple(YearMonth.of(2026, 6), Money.of("6000.00"), null, null));
        assertThat(report.months().getLast().budget()).isEqualTo(Money.of("24000.00"));
        SpendReport fromMay = SpendFigures.of(YEAR, contracts, plans, paid.subList(1, 3));
        assertThat(fromMay.months().getFirst().spent()).as("April: no run in Cylch, not £0").isNull();
        assertThat(fromMay.months().get(1).spent()).isEqualTo(Money.of("2600.00"));
        assertThat(report.months().getLast().anticipated()).isEqualTo(Money.of("6000.01"));
    }
}
