package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a bond's outcome payments flow to its investors month by month, and their returns. */
class InvestorFlowsTest {

    private static final ContractId CONTRACT = ContractId.of(new UUID(1, 1));
    private static final OrganisationId COUNCIL = OrganisationId.of(new UUID(2, 2));

    private static InvestorCommitment commitment(String name, String amount, LocalDate on) {
        return new InvestorCommitment(InvestorCommitmentId.of(UUID.randomUUID()), CONTRACT, COUNCIL, name,
                InvestorKind.SOCIAL_INVESTMENT_FUND, Money.of(amount), on, Instant.EPOCH);
    }

    @Test
    void eachMonthIsSharedAmongTheCommitmentsMadeByItsEndAndReturnsAddUp() {
        var fund = commitment("Wales Social Investment Fund", "60000.00", LocalDate.of(2026, 3, 1));
        var trust = commitment("Mynyddwen Trust", "30000.00", LocalDate.of(2026, 3, 15));
        var bank = commitment("Banc Cymunedol", "10000.00", LocalDate.of(2026, 6, 1));

        InvestorFlows flows = InvestorFlows.of(List.of(fund, trust, bank), Map.of(
                YearMonth.of(2026, 5), Money.of("900.01"),
                YearMonth.of(2026, 2), Money.of("50.00"),
                YearMonth.of(2026, 6), Money.of("1000.00"),
                YearMonth.of(2026, 7), Money.of("-100.00")));

        assertThat(flows.months()).extracting(m -> m.month().toString()).containsExactly("2026-02", "2026-05",
                "2026-06", "2026-07");
        InvestorFlows.MonthFlow february = flows.months().get(0);
        assertThat(february.shares()).containsOnly(Money.ZERO);
        assertThat(february.unshared()).as("before any commitment").isEqualTo(Money.of("50.00"));
        // May: £900.01 over 2:1 is 600.006…, 300.003…: 600.00 and 300.00 and the penny to the larger remainder.
        assertThat(flows.months().get(1).shares()).extracting(Money::toString)
                .containsExactly("600.01", "300.00", "0.00");
        assertThat(flows.months().get(2).shares()).extracting(Money::toString)
                .containsExactly("600.00", "300.00", "100.00");
        assertThat(flows.months().get(3).shares()).extracting(Money::toString)
                .containsExactly("-60.00", "-30.00", "-10.00");

        assertThat(flows.returns()).extracting(r -> r.received().toString(), r -> r.net().toString(),
                r -> r.multiple().toPlainString()).containsExactly(
                tuple("1140.01", "-58859.99", "0.02"),
                tuple("570.00", "-29430.00", "0.02"),
                tuple("90.00", "-9910.00", "0.01"));
        assertThat(flows.overall().committed()).isEqualTo(Money.of("100000.00"));
        assertThat(flows.overall().received()).isEqualTo(Money.of("1800.01"));
        assertThat(flows.overall().multiple().toPlainString()).isEqualTo("0.02");
    }

    @Test
    void theMoneyMultipleIsRoundedHalfUpToTwoPlaces() {
        var only = commitment("Angel", "200.00", LocalDate.of(2026, 1, 1));

        InvestorFlows flows = InvestorFlows.of(List.of(only), Map.of(YearMonth.of(2026, 1), Money.of("231.00")));

        // 231 ÷ 200 = 1.155, half-up to 1.16.
        assertThat(flows.returns().getFirst().multiple().toPlainString()).isEqualTo("1.16");
        assertThat(flows.returns().getFirst().net()).isEqualTo(Money.of("31.00"));
        assertThat(InvestorFlows.of(List.of(), Map.of()).overall().multiple().toPlainString()).isEqualTo("0.00");
    }
}
