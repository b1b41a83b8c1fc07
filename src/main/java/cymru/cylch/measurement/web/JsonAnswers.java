package cymru.cylch.measurement.web;

import cymru.cylch.measurement.AnswerProblem;
import cymru.cylch.measurement.InstrumentScorer;
import cymru.cylch.measurement.InvalidAnswers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers as the API takes them (a JSON number, or null for unanswered, by item code), read as decimals for
 * scoring and storing. Anything else is refused naming the item, with every problem the instrument finds too.
 */
final class JsonAnswers {

    /** No instrument has more items than this; a longer list of answers is refused before it is read. */
    static final int MOST_ANSWERS = 200;
    /**
     * Digits either side of the point beyond which an answer is out of any item's range. Checked on the number's
     * shape before any arithmetic: {@code 1e999999999} is cheap to hold but would cost minutes to add to anything.
     */
    private static final int MOST_DIGITS = 30;

    private JsonAnswers() {
    }

    /**
     * The answers as decimals.
     *
     * @throws InvalidAnswers naming each answer that is not a number (or not one any item could have), and what
     *                        else the instrument finds wrong with the rest
     */
    static Map<String, @Nullable BigDecimal> read(Map<String, @Nullable Object> sent, InstrumentScorer scorer) {
        Map<String, @Nullable BigDecimal> answers = new HashMap<>();
        List<AnswerProblem> notNumbers = new ArrayList<>();
        sent.forEach((item, value) -> {
            if (value == null) {
                answers.put(item, null);
            } else if (value instanceof Number number) {
                BigDecimal answer = decimal(number);
                if (answer == null) {
                    notNumbers.add(new AnswerProblem(item, AnswerProblem.OUT_OF_RANGE));
                } else {
                    answers.put(item, answer);
                }
            } else {
                notNumbers.add(new AnswerProblem(item, AnswerProblem.NOT_A_NUMBER));
            }
        });
        if (!notNumbers.isEmpty()) {
            List<AnswerProblem> all = new ArrayList<>(notNumbers);
            all.addAll(scorer.problems(answers));
            throw new InvalidAnswers(all);
        }
        return answers;
    }

    /** The number as a decimal, or null when it is infinite or has more digits either side than any answer. */
    private static @Nullable BigDecimal decimal(Number number) {
        if (number instanceof Double || number instanceof Float) {
            // JSON numbers beyond a double's range (1e999999999) are read as infinite.
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                return null;
            }
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        long integerDigits = (long) decimal.precision() - decimal.scale();
        return integerDigits > MOST_DIGITS || decimal.scale() > MOST_DIGITS ? null : decimal;
    }
}
