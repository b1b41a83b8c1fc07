package cymru.cylch.measurement;

import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Scores answers to one instrument exactly as its definition says. Answers are checked first and every problem
 * reported together; then each score is worked out, or left absent (null) when its missing-data rule does not
 * allow it. Thread-safe and allocation-light: scoring a million administrations is routine.
 */
public final class InstrumentScorer {

    private final InstrumentDefinition definition;
    private final Map<String, Item> items = new HashMap<>();

    public InstrumentScorer(InstrumentDefinition definition) {
        this.definition = definition;
        definition.items().forEach(i -> items.put(i.code(), i));
    }

    public InstrumentDefinition definition() {
        return definition;
    }

    /** Everything wrong with the answers; empty when they can be scored. A null answer is an unanswered item. */
    public List<AnswerProblem> problems(Map<String, ? extends @Nullable BigDecimal> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        answers.forEach((code, answer) -> {
            Item item = items.get(code);
            if (item == null) {
                problems.add(new AnswerProblem(code, AnswerProblem.UNKNOWN_ITEM));
            } else if (answer != null) {
                if (answer.compareTo(item.min()) < 0 || answer.compareTo(item.max()) > 0) {
                    problems.add(new AnswerProblem(code, AnswerProblem.OUT_OF_RANGE));
                } else if (item.wholeNumbers() && answer.stripTrailingZeros().scale() > 0) {
                    problems.add(new AnswerProblem(code, AnswerProblem.NOT_WHOLE));
                }
            }
        });
        return problems;
    }

    /**
     * Every score of the instrument, in the definition's order; absent (null) where the missing-data rule
     * allows none.
     *
     * @throws InvalidAnswers naming every bad answer, when there is one
     */
    public Map<String, @Nullable BigDecimal> score(Map<String, ? extends @Nullable BigDecimal> answers) {
        List<AnswerProblem> problems = problems(answers);
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        Map<String, @Nullable BigDecimal> scores = new LinkedHashMap<>();
        for (ScoreDefinition score : definition.scores()) {
            scores.put(score.code(), score(score, answers));
        }
        return scores;
    }

    /**
     * Scores answers that are to be kept as a measurement: as {@link #score}, but refused when the missing-data
     * rules give no score at all from them (nothing answered, or fewer answers than every score needs), as such a
     * measurement would measure nothing.
     *
     * @throws InvalidAnswers naming every bad answer, when there is one
     * @throws RuleViolationException against the first question, when no score can be worked out
     */
    public Map<String, @Nullable BigDecimal> scoreToKeep(Map<String, ? extends @Nullable BigDecimal> answers) {
        Map<String, @Nullable BigDecimal> scores = score(answers);
        if (scores.values().stream().allMatch(Objects::isNull)) {
            throw new RuleViolationException("measurement.answers.tooFew",
                    definition.items().getFirst().code());
        }
        return scores;
    }

    private @Nullable BigDecimal score(ScoreDefinition score, Map<String, ? extends @Nullable BigDecimal> answers) {
        int count = score.items().size();
        int answered = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (String code : score.items()) {
            BigDecimal answer = answers.get(code);
            if (answer == null) {
                continue;
            }
            answered++;
            total = total.add(score.method() == ScoreMethod.WEIGHTED
                    ? score.weights().get(code).get(answer.intValueExact())
                    : items.get(code).scored(answer));
        }
        if (answered == 0 || count - answered > score.missing().maxMissing()) {
            return null;
        }
        BigDecimal result = switch (score.method()) {
            case SUM -> answered < count
                    ? total.multiply(BigDecimal.valueOf(count)).divide(BigDecimal.valueOf(answered), MathContext.DECIMAL64)
                    : total;
            case MEAN -> total.divide(BigDecimal.valueOf(answered), MathContext.DECIMAL64);
            case LOOKUP -> score.lookup().get(total.intValueExact());
            case WEIGHTED -> score.multiplier().multiply(total).add(score.constant());
        };
        return result.setScale(score.decimals(), RoundingMode.HALF_UP);
    }
}
