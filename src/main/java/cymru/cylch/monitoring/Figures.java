package cymru.cylch.monitoring;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A period's numerator and, for a percentage or rate, its denominator. */
public record Figures(BigDecimal numerator, @Nullable BigDecimal denominator) {

    public Figures {
        Objects.requireNonNull(numerator, "numerator");
    }

    public static Figures count(long numerator) {
        return new Figures(BigDecimal.valueOf(numerator), null);
    }

    public static Figures share(long numerator, long denominator) {
        return new Figures(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** The same figures, compared by value (so 2 and 2.0000 from the database are the same). */
    public boolean sameAs(Figures other) {
        return numerator.compareTo(other.numerator) == 0 && (denominator == null ? other.denominator == null
                : other.denominator != null && denominator.compareTo(other.denominator) == 0);
    }
}
