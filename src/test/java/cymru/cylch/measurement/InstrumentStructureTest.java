package cymru.cylch.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a new version of an organisation's own instrument may and may not change. */
class InstrumentStructureTest {

    private static final InstrumentDefinition ORIGINAL = instrument(
            List.of(item("q1", "I feel safe", "4", false), item("q2", "I feel afraid", "4", true)),
            score(List.of("q1", "q2"), ScoreMethod.SUM, MissingRule.NONE_MISSING, "8"));

    @Test
    void rewordingAQuestionKeepsTheStructure() {
        var reworded = instrument(List.of(item("q1", "I feel safe indoors", "4", false),
                item("q2", "I feel afraid", "4", true)), ORIGINAL.scores().getFirst());

        assertThat(InstrumentStructure.sameStructure(ORIGINAL, reworded)).isTrue();
    }

    @Test
    void writingANumberWithTrailingZerosKeepsTheStructure() {
        var same = instrument(List.of(item("q1", "I feel safe", "4.00", false), item("q2", "I feel afraid", "4", true)),
                score(List.of("q1", "q2"), ScoreMethod.SUM, MissingRule.NONE_MISSING, "8.0"));

        assertThat(InstrumentStructure.sameStructure(ORIGINAL, same)).isTrue();
    }

    @Test
    void droppingAQuestionChangesTheStructure() {
        var fewer = instrument(List.of(item("q1", "I feel safe", "4", false)),
                score(List.of("q1"), ScoreMethod.SUM, MissingRule.NONE_MISSING, "4"));

        assertThat(InstrumentStructure.sameStructure(ORIGINAL, fewer)).isFalse();
    }

    @Test
    void widerAnswersOrAReversalChangeTheStructure() {
        var wider = instrument(List.of(item("q1", "I feel safe", "5", false), item("q2", "I feel afraid", "4", true)),
                ORIGINAL.scores().getFirst());
        var unreversed = instrument(List.of(item("q1", "I feel safe", "4", false),
                item("q2", "I feel afraid", "4", false)), ORIGINAL.scores().getFirst());

        assertThat(InstrumentStructure.sameStructure(ORIGINAL, wider)).isFalse();
        assertThat(InstrumentStructure.sameStructure(ORIGINAL, unreversed)).isFalse();
    }

    @Test
    void scoringAnotherWayChangesTheStructure() {
        var mean = instrument(ORIGINAL.items(), score(List.of("q1", "q2"), ScoreMethod.MEAN, MissingRule.NONE_MISSING,
                "8"));
        var prorated = instrument(ORIGINAL.items(), score(List.of("q1", "q2"), ScoreMethod.SUM,
                new MissingRule(1, true), "8"));

        assertThat(InstrumentStructure.sameStructure(ORIGINAL, mean)).isFalse();
        assertThat(InstrumentStructure.sameStructure(ORIGINAL, prorated)).isFalse();
    }

    private static InstrumentDefinition instrument(List<Item> items, ScoreDefinition score) {
        return new InstrumentDefinition("local", "1", new Wording("Local", "Lleol"), new Wording("", ""), "Ours",
                new Wording("", ""), items, List.of(score));
    }

    private static Item item(String code, String text, String max, boolean reverse) {
        return new Item(code, ItemType.LIKERT, new Wording(text, text), BigDecimal.ONE, new BigDecimal(max), reverse,
                null, List.of());
    }

    private static ScoreDefinition score(List<String> items, ScoreMethod method, MissingRule missing, String max) {
        return new ScoreDefinition("total", new Wording("Total", "Cyfanswm"), method, items, missing, 0,
                BigDecimal.ONE, new BigDecimal(max), null, null, null, null, null, false, false);
    }
}
