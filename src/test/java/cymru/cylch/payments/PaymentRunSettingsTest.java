package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payment file's layout is checked when Cylch starts, not when a finance officer first exports. */
class PaymentRunSettingsTest {

    @Test
    void aLayoutOfKnownColumnsWithTheAmountEachOnceIsTaken() {
        assertThat(new PaymentRunSettings(BigDecimal.TEN, List.of("provider-id", "amount")).exportColumns())
                .containsExactly("provider-id", "amount");
    }

    @Test
    void aLayoutWithoutTheAmountWithAColumnTwiceOrAnUnknownColumnIsRefused() {
        assertThatThrownBy(() -> new PaymentRunSettings(BigDecimal.TEN, List.of("provider-id")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must include amount");
        assertThatThrownBy(() -> new PaymentRunSettings(BigDecimal.TEN, List.of("amount", "amount")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("each column once");
        assertThatThrownBy(() -> new PaymentRunSettings(BigDecimal.TEN, List.of("amount", "sort-code")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be some of");
        assertThatThrownBy(() -> new PaymentRunSettings(new BigDecimal("-1"), List.of("amount")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
