package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import cymru.cylch.payments.PaymentLine.Status;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Properties of the simulator over thousands of generated rate cards and histories (QuickTheories draws the seed of
 * each; a failure names it): every total is the up-front payment plus the paid lines, never negative, never above
 * the cap; without a cap, every paid line pays its price; each outcome is paid at most once, and never before the
 * outcome it requires.
 */
class RateCardSimulationPropertiesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private record Drawn(RateCard card, LocalDate asOf, List<Participant> participants) {
    }

    @Test
    void totalsAddUpAndRespectTheCapAndEachOutcomeIsPaidOnceAfterWhatItRequires() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            Drawn drawn = draw(new Random(seed));
            SimulatedPayments payments = RateCardSimulation.simulate(drawn.card(), drawn.asOf(),
                    drawn.participants());
            Money sum = Money.ZERO;
            for (ParticipantPayments p : payments.participants()) {
                check(drawn, p, "seed " + seed + ", participant " + p.id());
                sum = sum.plus(p.total());
            }
            assertThat(payments.total()).as("seed " + seed).isEqualTo(sum);
            assertThat(payments.total().amount().scale()).isEqualTo(2);
        });
    }

    private static void check(Drawn drawn, ParticipantPayments p, String as) {
        RateCard card = drawn.card();
        Money paidLines = p.lines().stream().filter(l -> l.status() == Status.PAID).map(PaymentLine::payable)
                .reduce(Money.ZERO, Money::plus);
        assertThat(p.total()).as(as).isEqualTo(p.upfront().plus(paidLines));
        assertThat(p.outcomes()).as(as).isEqualTo(paidLines);
        assertThat(p.upfront().isNegative()).as(as).isFalse();
        assertThat(p.total().isNegative()).as(as).isFalse();
        Set<String> paid = new HashSet<>();
        for (PaymentLine line : p.lines()) {
            assertThat(line.payable().isNegative()).as(as).isFalse();
            if (line.status() != Status.PAID) {
                assertThat(line.payable()).as(as + ": an unpaid line pays nothing").isEqualTo(Money.ZERO);
                continue;
            }
            RateCardOutcome outcome = card.outcome(line.outcome()).orElseThrow();
            String requires = outcome.requires();
            assertThat(requires == null || paid.contains(requires)).as(as + ": " + line + " paid before "
                    + requires).isTrue();
            assertThat(paid.add(line.outcome())).as(as + ": " + line.outcome() + " paid twice").isTrue();
            assertThat(line.payable().isGreaterThan(outcome.price())).as(as).isFalse();
        }
        Money cap = card.participantCap();
        if (cap != null) {
            assertThat(p.total().isGreaterThan(cap)).as(as + ": above the cap").isFalse();
        } else {
            Money prices = p.lines().stream().filter(l -> l.status() == Status.PAID)
                    .map(l -> card.outcome(l.outcome()).orElseThrow().price()).reduce(Money.ZERO, Money::plus);
            assertThat(paidLines).as(as + ": uncapped lines pay their prices").isEqualTo(prices);
            assertThat(p.capped()).as(as).isFalse();
        }
    }

    /** A sound card of one to six outcomes (each requiring, perhaps, an earlier one) and up to four participants. */
    private static Drawn draw(Random random) {
        List<RateCardOutcome> outcomes = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String requires = i > 0 && random.nextInt(5) < 2 ? "o" + random.nextInt(i) : null;
            Integer days = random.nextBoolean() ? null : 1 + random.nextInt(400);
            outcomes.add(new RateCardOutcome("o" + i, pennies(random, 200_000), requires, days));
        }
        BigDecimal share = random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(10_001), 4);
        Money cap = random.nextInt(3) == 0 ? null : pennies(random, 500_000);
        RateCard card = new RateCard("GBP", share, cap, outcomes);
        List<Participant> participants = new ArrayList<>();
        for (int p = 1 + random.nextInt(4); p > 0; p--) {
            List<OutcomeEvent> events = new ArrayList<>();
            for (int e = random.nextInt(9); e > 0; e--) {
                LocalDate achieved = START.plusDays(random.nextInt(800));
                @Nullable LocalDate until = random.nextInt(4) == 0 ? null : achieved.plusDays(random.nextInt(500));
                events.add(new OutcomeEvent("o" + random.nextInt(count), achieved, until));
            }
            participants.add(new Participant("P" + p, pennies(random, 2_000_000), events));
        }
        return new Drawn(card, START.plusDays(random.nextInt(900)), participants);
    }

    private static Money pennies(Random random, int most) {
        return Money.of(BigDecimal.valueOf(random.nextInt(most + 1), 2));
    }
}
