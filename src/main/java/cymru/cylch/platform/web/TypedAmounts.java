package cymru.cylch.platform.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Sums of money and numbers of hours as people type them: "1,250.50", "£80", " 12 ". */
public final class TypedAmounts {

    private TypedAmounts() {
    }

    /** The amount, or null when nothing was typed or it is not a number. */
    public static @Nullable BigDecimal parse(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(",", "").replaceFirst("^£", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
