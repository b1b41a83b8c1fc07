package cymru.cylch.platform.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * The one way Cylch rounds and writes a percentage, so that a table, the chart drawn from it, its downloads and any
 * sentence about it show the same figure: one decimal place, halves rounded up, written plainly ("20.0", never
 * "20" in one place and "20.0" in another). Nothing of nothing is 0.0. Templates write one with
 * {@code @percentages.written(p)}.
 */
@Component("percentages")
public final class Percentages {

    /** {@code part} as a percentage of {@code whole}, to one decimal place, halves up. */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code part} as a percentage of {@code whole} (hours, pounds), to one decimal place, halves up. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** The percentage as it is written everywhere: digits, a point and one decimal ("66.7"). */
    public static String text(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@link #text(BigDecimal)}, for templates. */
    public String written(BigDecimal percent) {
        return text(percent);
    }
}
