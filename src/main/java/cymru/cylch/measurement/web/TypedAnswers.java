package cymru.cylch.measurement.web;

import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.InstrumentScorer;
import cymru.cylch.measurement.Item;
import cymru.cylch.platform.web.FormErrors;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Answers as a form sends them (text by item code, the field {@code answers[code]}): checked against the
 * instrument, each problem rejected on its own question, and read as numbers; a blank answer is unanswered.
 */
final class TypedAnswers {

    /** Longer than any answer to any item (a million, with four decimal places and a sign). */
    private static final int LONGEST_NUMBER = 20;

    private TypedAnswers() {
    }

    static void validate(Map<String, String> typed, InstrumentDefinition instrument, Errors errors) {
        Map<String, @Nullable BigDecimal> numbers = new HashMap<>();
        for (Item item : instrument.items()) {
            String text = typed.get(item.code());
            BigDecimal number = number(text);
            if (!blank(text) && number == null) {
                FormErrors.reject(errors, field(item.code()), "measurement.answer.typed");
            } else {
                numbers.put(item.code(), number);
            }
        }
        new InstrumentScorer(instrument).problems(numbers).forEach(problem -> FormErrors.reject(errors,
                field(problem.item()), problem.messageKey() + ".field"));
    }

    /** The answers as numbers, one per item of the instrument (null where unanswered). */
    static Map<String, @Nullable BigDecimal> numbers(Map<String, String> typed, InstrumentDefinition instrument) {
        Map<String, @Nullable BigDecimal> numbers = new HashMap<>();
        instrument.items().forEach(item -> numbers.put(item.code(), number(typed.get(item.code()))));
        return numbers;
    }

    static String field(String itemCode) {
        return "answers[" + itemCode + "]";
    }

    private static @Nullable BigDecimal number(@Nullable String text) {
        if (blank(text)) {
            return null;
        }
        if (text.strip().length() > LONGEST_NUMBER || text.strip().matches(".*[eE].*")) {
            // Not an answer anyone types: and 1e999999999 is cheap to read but ruinous to add up.
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
