package cymru.cylch.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void everyAmountIsToThePenny() {
        assertThat(Money.of("12").amount()).isEqualTo(new BigDecimal("12.00"));
        assertThat(Money.ZERO.amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void halfAPennyRoundsUpAndLessRoundsDown() {
        assertThat(Money.of("0.125")).isEqualTo(Money.of("0.13"));
        assertThat(Money.of("0.124")).isEqualTo(Money.of("0.12"));
        assertThat(Money.of("-0.125")).isEqualTo(Money.of("-0.13"));
    }

    @Test
    void aRateTimesHoursRoundsOnceAtTheEnd() {
        assertThat(Money.of("12.34").times(new BigDecimal("7.5"))).isEqualTo(Money.of("92.55"));
        assertThat(Money.of("19.99").times(new BigDecimal("0.333"))).isEqualTo(Money.of("6.66"));
    }

    @Test
    void amountsAddAndSubtractExactly() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("5.00").minus(Money.of("7.50"))).isEqualTo(Money.of("-2.50"));
        assertThat(Money.of("5.00").minus(Money.of("7.50")).isNegative()).isTrue();
    }

    @Test
    void amountsCompareByValueWhateverTheirWrittenScale() {
        assertThat(Money.of("3")).isEqualTo(Money.of("3.00")).hasSameHashCodeAs(Money.of("3.000"));
        assertThat(Money.of("3.01").isGreaterThan(Money.of("3"))).isTrue();
        assertThat(Money.of("3").compareTo(Money.of("3.00"))).isZero();
    }

    @Test
    void moreThanTheDatabaseHoldsIsRefused() {
        assertThatThrownBy(() -> Money.of("100000000000000000.00")).isInstanceOf(ArithmeticException.class);
        assertThat(Money.of("99999999999999999.99").toString()).isEqualTo("99999999999999999.99");
    }
}
