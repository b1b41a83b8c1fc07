package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An amount shared pro rata to weights, to the penny, by the largest remainder: each share is first the whole pence
 * of amount × weight ÷ all weights (rounded towards zero); the pence left over then go one each to the shares with the
 * largest fractions cut off, and between equal fractions to the one earlier in the list (callers list investors in
 * the order they committed, so the earliest wins a tie). The shares always add up to the amount exactly. A negative
 * amount (a recovery) is shared as its size and each share made negative, so it mirrors the payment it recovers.
 */
public final class ProRataShares {

    private ProRataShares() {
    }

    /** The shares of the amount, one per weight in the same order; every weight must be more than nothing. */
    public static List<Money> of(Money amount, List<Money> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("an amount is shared among one weight or more");
        }
        if (weights.stream().anyMatch(w -> w.amount().signum() <= 0)) {
            throw new IllegalArgumentException("every weight must be more than nothing");
        }
        BigInteger pence = pence(amount).abs();
        List<BigInteger> weightPence = weights.stream().map(ProRataShares::pence).toList();
        BigInteger total = weightPence.stream().reduce(BigInteger.ZERO, BigInteger::add);
        List<BigInteger> shares = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (BigInteger weight : weightPence) {
            BigInteger[] division = pence.multiply(weight).divideAndRemainder(total);
            shares.add(division[0]);
            remainders.add(division[1]);
        }
        BigInteger left = pence.subtract(shares.stream().reduce(BigInteger.ZERO, BigInteger::add));
        // Fewer pence are left over than there are shares, as each share lost less than a penny.
        IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(left.longValueExact())
                .forEach(i -> shares.set(i, shares.get(i).add(BigInteger.ONE)));
        int sign = amount.amount().signum();
        return shares.stream().map(p -> Money.of(new BigDecimal(sign < 0 ? p.negate() : p, 2))).toList();
    }

    private static BigInteger pence(Money money) {
        return money.amount().movePointRight(2).toBigIntegerExact();
    }
}
