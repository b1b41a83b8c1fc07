package cymru.cylch.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of pounds sterling, always to the penny. Arithmetic that can give fractions of a penny (a rate
 * times hours) rounds half-up, once, at the end: {@code Money.of("12.34").times(new BigDecimal("7.5"))} is
 * £92.55. As every amount has two decimal places, two amounts are equal when they are the same number of pence.
 * Amounts may be negative (a refund, a correction in the ledger). Stored as {@code numeric(19,2)}.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** The largest amount a {@code numeric(19,2)} column holds (declared first: {@link #ZERO} is checked against it). */
    private static final BigDecimal LIMIT = new BigDecimal("99999999999999999.99");

    public static final String CURRENCY = "GBP";
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "an amount of money needs a value");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
        if (amount.abs().compareTo(LIMIT) > 0) {
            throw new ArithmeticException("More money than Cylch can store: " + amount);
        }
    }

    /** From a decimal string such as {@code "12.34"} (never from a {@code double}). */
    public static Money of(String pounds) {
        return new Money(new BigDecimal(pounds));
    }

    public static Money of(BigDecimal pounds) {
        return new Money(pounds);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times a quantity (hours, points, a share), rounded half-up to the penny. */
    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The amount as a plain number, {@code 12.30}; pages format it with the pound sign in the reader's locale. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
