package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sharing a month's outcome payments among investors pro rata, to the penny, by the largest remainder. */
class ProRataSharesTest {

    private static List<String> shares(String amount, String... weights) {
        return ProRataShares.of(Money.of(amount), List.of(weights).stream().map(Money::of).toList()).stream()
                .map(Money::toString).toList();
    }

    @Test
    void exactSharesNeedNoPennyMoved() {
        assertThat(shares("3300.00", "60000.00", "40000.00", "10000.00")).containsExactly("1800.00", "1200.00",
                "300.00");
    }

    @Test
    void theLeftoverPenniesGoToTheLargestRemaindersAndATieToTheEarlierCommitment() {
        // £1.00 in thirds: 33⅓p each; one penny left over, all remainders equal, so the first gets it.
        assertThat(shares("1.00", "10.00", "10.00", "10.00")).containsExactly("0.34", "0.33", "0.33");
        // £1.00 over 1:2:2 is 20p, 40p, 40p exactly; £0.11 is 2.2p, 4.4p, 4.4p: 2p, 4p, 4p and one penny left,
        // to the largest remainder (0.4 beats 0.2), the earlier of the two equal ones.
        assertThat(shares("0.11", "100.00", "200.00", "200.00")).containsExactly("0.02", "0.05", "0.04");
        // £0.02 over 1:1:1: two pennies to the first two.
        assertThat(shares("0.02", "5.00", "5.00", "5.00")).containsExactly("0.01", "0.01", "0.00");
    }

    @Test
    void aRecoveryIsSharedAsTheMirrorOfAPayment() {
        assertThat(shares("-1.00", "10.00", "10.00", "10.00")).containsExactly("-0.34", "-0.33", "-0.33");
        assertThat(shares("0.00", "10.00", "20.00")).containsExactly("0.00", "0.00");
    }

    @Test
    void everyWeightMustBeMoreThanNothing() {
        assertThatThrownBy(() -> shares("1.00", "10.00", "0.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shares("1.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesAlwaysAddUpToTheAmountExactlyAndAreNeverNegativeForAPayment() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Money amount = pence(random.nextLong(1, 1_000_000_000_000L));
            List<Money> weights = new ArrayList<>();
            int investors = random.nextInt(1, 12);
            for (int i = 0; i < investors; i++) {
                long most = random.nextBoolean() ? 100 : 10_000_000_000L;
                weights.add(pence(random.nextLong(1, most)));
            }
            List<Money> shares = ProRataShares.of(amount, weights);
            Money total = weights.stream().reduce(Money.ZERO, Money::plus);

            assertThat(shares).as("seed " + seed).hasSize(investors);
            assertThat(shares.stream().reduce(Money.ZERO, Money::plus)).as("seed " + seed).isEqualTo(amount);
            assertThat(shares).as("seed " + seed).allSatisfy(s -> assertThat(s.isNegative()).isFalse());
            for (int i = 0; i < investors; i++) {
                // Never more than a penny from the exact share.
                BigDecimal exact = amount.amount().multiply(weights.get(i).amount())
                        .divide(total.amount(), 10, RoundingMode.HALF_UP);
                assertThat(shares.get(i).amount().subtract(exact).abs()).as("seed " + seed)
                        .isLessThan(new BigDecimal("0.01"));
            }
            List<Money> recovered = ProRataShares.of(Money.ZERO.minus(amount), weights);
            assertThat(recovered).as("seed " + seed).containsExactlyElementsOf(
                    shares.stream().map(Money.ZERO::minus).toList());
        });
    }

    private static Money pence(long pence) {
        return Money.of(BigDecimal.valueOf(pence, 2));
    }
}
