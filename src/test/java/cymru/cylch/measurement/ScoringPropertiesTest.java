package cymru.cylch.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of every shipped instrument, over generated answers (QuickTheories): a complete valid response
 * scores within each score's range; an incomplete one gives exactly the scores its missing-data rules allow;
 * reverse-scoring twice gives the answer back.
 */
class ScoringPropertiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"wemwbs", "swemwbs", "ascot-asc-survey", "cylch-ladder", "cylch-profile"})
    void everyCompleteValidResponseScoresWithinRange(String code) {
        var scorer = ShippedInstruments.scorer(code);
        List<Item> items = scorer.definition().items();
        qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSize(items.size()))
                .checkAssert(draws -> {
                    var scores = scorer.score(answers(items, draws, -1));
                    for (ScoreDefinition score : scorer.definition().scores()) {
                        assertThat(scores.get(score.code())).as(score.code()).isNotNull()
                                .isBetween(score.min(), score.max());
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"wemwbs", "swemwbs", "ascot-asc-survey", "cylch-ladder", "cylch-profile"})
    void anIncompleteResponseFollowsTheMissingDataRule(String code) {
        var scorer = ShippedInstruments.scorer(code);
        List<Item> items = scorer.definition().items();
        qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSize(items.size()),
                        integers().between(0, items.size() - 1))
                .checkAssert((draws, missing) -> {
                    var scores = scorer.score(answers(items, draws, missing));
                    for (ScoreDefinition score : scorer.definition().scores()) {
                        boolean inScore = score.items().contains(items.get(missing).code());
                        boolean allowed = !inScore || score.missing().maxMissing() >= 1;
                        assertThat(scores.get(score.code()) != null).as(score.code()).isEqualTo(allowed);
                    }
                });
    }

    @Test
    void reverseScoringIsAnInvolution() {
        qt().forAll(integers().between(-20, 20), integers().between(1, 30), integers().between(0, 1000))
                .checkAssert((min, width, offset) -> {
                    BigDecimal low = BigDecimal.valueOf(min);
                    BigDecimal high = BigDecimal.valueOf((long) min + width);
                    var item = new Item("i", ItemType.LIKERT, new Wording("i", "i"), low, high, true, null, List.of());
                    BigDecimal answer = BigDecimal.valueOf(min + offset % (width + 1));
                    assertThat(item.scored(item.scored(answer))).isEqualByComparingTo(answer);
                    assertThat(item.scored(answer)).isBetween(low, high);
                });
    }

    /** An answer for each item from the draws, within its range; the item at {@code missing} left unanswered. */
    private static Map<String, BigDecimal> answers(List<Item> items, List<Integer> draws, int missing) {
        Map<String, BigDecimal> answers = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int low = item.min().intValueExact();
            int span = item.max().intValueExact() - low + 1;
            answers.put(item.code(), i == missing ? null : BigDecimal.valueOf(low + draws.get(i) % span));
        }
        return answers;
    }
}
