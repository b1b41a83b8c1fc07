package cymru.cylch.platform.rules;

import cymru.cylch.platform.rules.Percentages;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentagesTest {

    @Test
    void aPercentageHasOneDecimalPlaceWithHalvesRoundedUp() {
        assertThat(Percentages.of(2, 3)).isEqualTo(new BigDecimal("66.7"));
        assertThat(Percentages.of(1, 3)).isEqualTo(new BigDecimal("33.3"));
        assertThat(Percentages.of(1, 8)).isEqualTo(new BigDecimal("12.5"));
        assertThat(Percentages.of(1, 16)).isEqualTo(new BigDecimal("6.3"));
    }

    @Test
    void aWholePercentageIsStillWrittenWithItsDecimal() {
        assertThat(Percentages.text(Percentages.of(1, 5))).isEqualTo("20.0");
        assertThat(Percentages.text(Percentages.of(5, 5))).isEqualTo("100.0");
        assertThat(new Percentages().written(new BigDecimal("20"))).isEqualTo("20.0");
    }

    @Test
    void nothingOfNothingIsZero() {
        assertThat(Percentages.text(Percentages.of(0, 0))).isEqualTo("0.0");
    }
}
