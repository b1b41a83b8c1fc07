package cymru.cylch.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's rules on small instruments made for the test: each method, missing data, bad answers. */
class InstrumentScorerTest {

    private static final Wording W = new Wording("x", "x");

    private static Item likert(String code, boolean reverse, String domain) {
        return new Item(code, ItemType.LIKERT, W, BigDecimal.ONE, BigDecimal.valueOf(5), reverse, domain, List.of());
    }

    private static ScoreDefinition score(String code, ScoreMethod method, List<String> items, MissingRule missing) {
        return new ScoreDefinition(code, W, method, items, missing, 2, BigDecimal.ZERO, BigDecimal.valueOf(100), null,
                null, null, null, null, false, false);
    }

    private static final InstrumentDefinition MOOD = new InstrumentDefinition("mood", "1", W, W, "test", W,
            List.of(likert("a", false, "self"), likert("b", true, "self"), likert("c", false, "others"),
                    new Item("visits", ItemType.NUMBER, W, BigDecimal.ZERO, BigDecimal.valueOf(50), false, null,
                            List.of())),
            List.of(score("sum", ScoreMethod.SUM, List.of("a", "b", "c"), MissingRule.NONE_MISSING),
                    score("prorated", ScoreMethod.SUM, List.of("a", "b", "c"), new MissingRule(1, true)),
                    score("mean", ScoreMethod.MEAN, List.of("a", "b", "c"), new MissingRule(1, false)),
                    score("self", ScoreMethod.MEAN, List.of("a", "b"), MissingRule.NONE_MISSING)));

    private static Map<String, BigDecimal> answers(Object... pairs) {
        Map<String, BigDecimal> answers = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((String) pairs[i], pairs[i + 1] == null ? null : new BigDecimal(pairs[i + 1].toString()));
        }
        return answers;
    }

    @Test
    void reverseScoredItemsCountFromTheOtherEnd() {
        var scores = new InstrumentScorer(MOOD).score(answers("a", 5, "b", 1, "c", 4));

        // b = 1 reversed on 1..5 is 5
        assertThat(scores.get("sum")).isEqualByComparingTo("14");
        assertThat(scores.get("mean")).isEqualByComparingTo("4.67");
        assertThat(scores.get("self")).isEqualByComparingTo("5.00");
    }

    @Test
    void theMissingDataRuleDecidesWhetherAScoreExistsWithNoSilentZeroes() {
        var scores = new InstrumentScorer(MOOD).score(answers("a", 4, "b", null, "c", 2));

        assertThat(scores.get("sum")).isNull();
        // Prorated: (4 + 2) scaled from 2 answered items to 3.
        assertThat(scores.get("prorated")).isEqualByComparingTo("9.00");
        assertThat(scores.get("mean")).isEqualByComparingTo("3.00");
        assertThat(scores.get("self")).isNull();
        assertThat(new InstrumentScorer(MOOD).score(answers("a", 4)).get("mean")).isNull();
    }

    @Test
    void everyBadAnswerIsNamedAtOnce() {
        var scorer = new InstrumentScorer(MOOD);

        assertThatThrownBy(() -> scorer.score(answers("a", 6, "b", "2.5", "zz", 1, "visits", "12.5")))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new AnswerProblem("a", AnswerProblem.OUT_OF_RANGE),
                        new AnswerProblem("b", AnswerProblem.NOT_WHOLE),
                        new AnswerProblem("zz", AnswerProblem.UNKNOWN_ITEM)));
    }

    @Test
    void aBrokenDefinitionIsRefusedWhenMade() {
        assertThatThrownBy(() -> new InstrumentDefinition("x", "1", W, W, "t", W, List.of(likert("a", false, null)),
                List.of(score("s", ScoreMethod.SUM, List.of("a", "nope"), MissingRule.NONE_MISSING))))
                .hasMessageContaining("names no item nope");
        assertThatThrownBy(() -> score("s", ScoreMethod.SUM, List.of("a"), new MissingRule(1, false)))
                .hasMessageContaining("would count as zero");
        assertThatThrownBy(() -> new InstrumentDefinition("x", "1", W, W, "t", W, List.of(likert("a", false, null)),
                List.of(new ScoreDefinition("s", W, ScoreMethod.LOOKUP, List.of("a"), MissingRule.NONE_MISSING, 0,
                        BigDecimal.ZERO, BigDecimal.TEN, null, Map.of(1, BigDecimal.ONE, 2, BigDecimal.TWO), null,
                        null, null, false, false))))
                .hasMessageContaining("no lookup for raw score 3");
    }

    @Test
    void aMeasurementToKeepNeedsAtLeastOneScoreItsMissingDataRulesAllow() {
        var swemwbs = ShippedInstruments.scorer("swemwbs");
        Map<String, BigDecimal> sixOfSeven = new HashMap<>();
        swemwbs.definition().items().stream().skip(1).forEach(i -> sixOfSeven.put(i.code(), BigDecimal.ONE));

        for (Map<String, BigDecimal> tooFew : List.of(Map.<String, BigDecimal>of(), sixOfSeven)) {
            assertThatThrownBy(() -> swemwbs.scoreToKeep(tooFew)).isInstanceOfSatisfying(
                    cymru.cylch.platform.rules.RuleViolationException.class, rule -> {
                        assertThat(rule.part()).isEqualTo("item1");
                        assertThat(rule.code()).isEqualTo("measurement.answers.tooFew");
                    });
        }
        // The ladder scores each area on its own: one area answered is worth keeping.
        var ladder = ShippedInstruments.scorer("cylch-ladder");
        var first = ladder.definition().items().getFirst();
        assertThat(ladder.scoreToKeep(Map.of(first.code(), first.min())).values()).anyMatch(v -> v != null);
    }
}
