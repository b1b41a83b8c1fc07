package cymru.cylch.platform.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Amounts of money as people type them into forms. */
public final class TypedMoney {

    private TypedMoney() {
    }

    /**
     * An amount in pounds and pence as typed ("£1,250.50", "1250", "-20"), or null if it is not one: more than two
     * decimal places, or more than 17 digits of pounds, is not an amount. The sign is kept; the caller decides.
     */
    public static @Nullable BigDecimal pounds(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.strip().replace(",", "").replace("£", "").replace(" ", "");
        try {
            BigDecimal amount = new BigDecimal(plain);
            return amount.scale() > 2 || amount.precision() - amount.scale() > 17 ? null : amount;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
