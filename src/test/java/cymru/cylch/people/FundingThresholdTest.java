package cymru.cylch.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** When a plan needs a funding decision before it takes effect. */
class FundingThresholdTest {

    private final FundingThreshold tenPerCent = new FundingThreshold(new BigDecimal("10"));

    @Test
    void aPlanWithinItsBudgetTakesEffect() {
        assertThat(tenPerCent.needsDecision(new BigDecimal("180.00"), new BigDecimal("200.00"))).isFalse();
    }

    @Test
    void aPlanOverItsBudgetByNoMoreThanTheMarginTakesEffect() {
        assertThat(tenPerCent.needsDecision(new BigDecimal("220.00"), new BigDecimal("200.00"))).isFalse();
    }

    @Test
    void aPennyOverTheMarginNeedsADecision() {
        assertThat(tenPerCent.needsDecision(new BigDecimal("220.01"), new BigDecimal("200.00"))).isTrue();
    }

    @Test
    void theLimitIsToThePennyRoundedHalfUp() {
        assertThat(tenPerCent.limit(new BigDecimal("0.05"))).isEqualByComparingTo("0.06");
        assertThat(new FundingThreshold(new BigDecimal("12.5")).limit(new BigDecimal("99.99")))
                .isEqualByComparingTo("112.49");
    }

    @Test
    void withNoBudgetAnyCostNeedsADecision() {
        assertThat(tenPerCent.needsDecision(new BigDecimal("0.01"), BigDecimal.ZERO)).isTrue();
        assertThat(tenPerCent.needsDecision(BigDecimal.ZERO, BigDecimal.ZERO)).isFalse();
    }

    @Test
    void withNoMarginAnythingOverTheBudgetNeedsADecision() {
        var none = new FundingThreshold(BigDecimal.ZERO);
        assertThat(none.needsDecision(new BigDecimal("200.01"), new BigDecimal("200.00"))).isTrue();
        assertThat(none.needsDecision(new BigDecimal("200.00"), new BigDecimal("200.00"))).isFalse();
    }

    @Test
    void anAbsurdWeeklyCostNeedsADecision() {
        assertThat(tenPerCent.needsDecision(new BigDecimal("99999999999.00"), new BigDecimal("1250.00"))).isTrue();
    }

    @Test
    void aNegativeOrEnormousMarginIsAMistakeInTheConfiguration() {
        assertThatThrownBy(() -> new FundingThreshold(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FundingThreshold(new BigDecimal("1000.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
