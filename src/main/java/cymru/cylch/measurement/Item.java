package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of an instrument. Answers lie between {@code min} and {@code max}; Likert, ladder and yes/no
 * answers are whole numbers. {@code responses} name the answers from {@code min} upwards (Likert labels, ladder
 * stages); a reverse-scored item counts {@code min + max - answer}. {@code domain} groups items for profiles.
 */
public record Item(String code, ItemType type, Wording text, BigDecimal min, BigDecimal max, boolean reverse,
                   @Nullable String domain, List<Wording> responses) {

    public Item {
        responses = responses == null ? List.of() : List.copyOf(responses);
        if (type == ItemType.YES_NO) {
            min = BigDecimal.ZERO;
            max = BigDecimal.ONE;
        }
        if (min.compareTo(max) >= 0) {
            throw new IllegalArgumentException("Item " + code + ": min must be below max");
        }
        if (reverse && type == ItemType.NUMBER) {
            throw new IllegalArgumentException("Item " + code + ": only scaled items can be reverse-scored");
        }
    }

    public boolean wholeNumbers() {
        return type != ItemType.NUMBER;
    }

    /** The value an answer counts for in scoring: reversed when the item says so. */
    public BigDecimal scored(BigDecimal answer) {
        return reverse ? min.add(max).subtract(answer) : answer;
    }
}
