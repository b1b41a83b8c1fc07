package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.payments.PaymentRunInputs.AgreementToPay;
import cymru.cylch.payments.PaymentRunInputs.ContractToPay;
import cymru.cylch.payments.PaymentRunInputs.PaidKey;
import cymru.cylch.payments.PaymentRunInputs.VerifiedClaim;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Properties of monthly payment runs over generated contracts, rate cards, agreements and claim histories, each run
 * paying what the ones before it did not (QuickTheories draws the seed; a failure names it): nothing is negative that
 * should not be, no cap is ever passed, and, over all the runs, each agreement is paid exactly what the card owes it:
 * the up-front share plus its verified outcomes at their prices, within the caps.
 */
class PaymentCalculationPropertiesTest {

    private static final ContractId CONTRACT = ContractId.of(new UUID(9, 9));
    private static final YearMonth FIRST = YearMonth.of(2026, 1);
    private static final int MONTHS = 24;

    private record Drawn(ContractToPay contract, RateCard card, List<AgreementToPay> agreements,
                         List<VerifiedClaim> claims) {
    }

    @Test
    void monthAfterMonthEachAgreementIsPaidWhatTheCardOwesItWithinEveryCap() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Drawn drawn = draw(new Random(seed));
            String as = "seed " + seed;
            Map<PaidKey, Money> paid = new HashMap<>();
            Money contractPaid = Money.ZERO;
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = FIRST.plusMonths(m);
                List<RunLine> lines = PaymentCalculation.lines(new PaymentRunInputs(month, List.of(drawn.contract()),
                        drawn.agreements(), drawn.claims(), paid, Map.of(CONTRACT, contractPaid), List.of()));
                checkRun(drawn, lines, as + ", " + month);
                for (RunLine line : lines) {
                    if (line.paid() && line.kind().byResults()) {
                        paid.merge(new PaidKey(line.agreement(), line.kind(), line.outcome()), line.amount(),
                                Money::plus);
                        contractPaid = contractPaid.plus(line.amount());
                    }
                }
                Money cap = drawn.card().contractCap();
                assertThat(cap == null || !contractPaid.isGreaterThan(cap)).as(as + ": over the contract's cap")
                        .isTrue();
            }
            checkWhole(drawn, paid, as);
        });
    }

    private static void checkRun(Drawn drawn, List<RunLine> lines, String as) {
        Map<OrganisationId, Money> byProvider = new HashMap<>();
        for (RunLine line : lines) {
            if (!line.kind().byResults()) {
                assertThat(line.amount().isNegative()).as(as + ": fixed and service are never negative").isFalse();
            }
            if (line.status() != RunLine.Status.PAID) {
                assertThat(line.amount().isNegative()).as(as + ": what is held back or refused").isFalse();
            }
            if (line.paid() && line.kind().byResults() && !line.amount().isNegative()) {
                byProvider.merge(line.provider(), line.amount(), Money::plus);
            }
        }
        Money cap = drawn.card().providerMonthlyCap();
        byProvider.forEach((provider, sum) -> assertThat(cap == null || !sum.isGreaterThan(cap))
                .as(as + ": over the provider's monthly cap").isTrue());
        assertThat(PaymentCalculation.total(lines)).as(as).isEqualTo(lines.stream().filter(RunLine::paid)
                .map(RunLine::amount).reduce(Money.ZERO, Money::plus));
    }

    /** Over all the runs: never negative, never over the participant cap, and, with no other cap, exactly owed. */
    private static void checkWhole(Drawn drawn, Map<PaidKey, Money> paid, String as) {
        LocalDate last = FIRST.plusMonths(MONTHS - 1L).atEndOfMonth();
        boolean uncapped = drawn.card().providerMonthlyCap() == null && drawn.card().contractCap() == null;
        for (AgreementToPay agreement : drawn.agreements()) {
            Money total = paid.entrySet().stream().filter(e -> e.getKey().agreement().equals(agreement.id()))
                    .map(Map.Entry::getValue).reduce(Money.ZERO, Money::plus);
            assertThat(total.isNegative()).as(as + ": " + agreement.id()).isFalse();
            Money participantCap = drawn.card().participantCap();
            assertThat(participantCap == null || !total.isGreaterThan(participantCap))
                    .as(as + ": over the participant's cap").isTrue();
            var participant = new Participant("p", PaymentCalculation.planValue(agreement), drawn.claims().stream()
                    .filter(c -> c.agreement().equals(agreement.id()))
                    .map(c -> new OutcomeEvent(c.outcome(), c.achievedOn(), c.sustainedUntil())).toList());
            Money owed = RateCardSimulation.simulate(drawn.card(), last, List.of(participant)).total();
            if (uncapped) {
                assertThat(total).as(as + ": " + agreement.id() + " paid what the card owes").isEqualTo(owed);
            } else {
                assertThat(total.isGreaterThan(owed)).as(as + ": paid more than owed").isFalse();
            }
        }
    }

    private static Drawn draw(Random random) {
        List<RateCardOutcome> outcomes = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String requires = i > 0 && random.nextInt(5) < 2 ? "o" + random.nextInt(i) : null;
            Integer days = random.nextBoolean() ? null : 1 + random.nextInt(300);
            outcomes.add(new RateCardOutcome("o" + i, pennies(random, 200_000), requires, days));
        }
        RateCard card = new RateCard("GBP", random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextInt(5001),
                4), maybe(random, 600_000), maybe(random, 800_000), maybe(random, 3_000_000), outcomes);
        List<OrganisationId> providers = new ArrayList<>();
        for (int p = 1 + random.nextInt(3); p > 0; p--) {
            providers.add(OrganisationId.of(new UUID(1, p)));
        }
        var contract = new ContractToPay(CONTRACT, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                pennies(random, 5_000_000), BigDecimal.valueOf(random.nextInt(101)), providers,
                List.of(new RateCardVersion(CONTRACT, 1, OrganisationId.of(new UUID(2, 2)), LocalDate.of(2026, 1, 1),
                        card, "drawn", Instant.EPOCH)));
        List<AgreementToPay> agreements = new ArrayList<>();
        List<VerifiedClaim> claims = new ArrayList<>();
        for (int a = 1 + random.nextInt(6); a > 0; a--) {
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(500));
            @Nullable LocalDate end = random.nextInt(3) == 0 ? start.plusDays(random.nextInt(300)) : null;
            var agreement = new AgreementToPay(ServiceAgreementId.of(new UUID(3, a)), CONTRACT,
                    providers.get(random.nextInt(providers.size())), start, end, pennies(random, 150_000));
            agreements.add(agreement);
            LocalDate lastDay = end == null ? LocalDate.of(2027, 12, 31) : end;
            for (int o = 0; o < count; o++) {
                if (random.nextBoolean()) {
                    LocalDate achieved = start.plusDays(random.nextInt((int) (lastDay.toEpochDay()
                            - start.toEpochDay()) + 1));
                    @Nullable LocalDate until = random.nextInt(3) == 0 ? null : achieved.plusDays(random.nextInt(
                            (int) (lastDay.toEpochDay() - achieved.toEpochDay()) + 1));
                    claims.add(new VerifiedClaim(ClaimId.of(new UUID(4, a * 10L + o)), agreement.id(), "o" + o,
                            achieved, until));
                }
            }
        }
        return new Drawn(contract, card, agreements, claims);
    }

    private static @Nullable Money maybe(Random random, int most) {
        return random.nextInt(3) == 0 ? pennies(random, most) : null;
    }

    private static Money pennies(Random random, int most) {
        return Money.of(BigDecimal.valueOf(random.nextInt(most + 1), 2));
    }
}
