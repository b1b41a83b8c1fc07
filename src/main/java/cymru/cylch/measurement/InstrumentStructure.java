package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a new version of an organisation's own instrument may not change, so that its scores stay comparable with
 * the earlier versions' (distance travelled runs across versions): the questions and how each is answered (code,
 * type, range, reversal, number of responses), and how each score is worked out (method, items, missing-data rule,
 * decimals, range, direction, lookup table, weights, multiplier and constant). Wording, help text and response labels may change; so may "3" become "3.0".
 */
public record InstrumentStructure(List<List<Object>> parts) {

    public InstrumentStructure {
        parts = List.copyOf(parts);
    }

    public static InstrumentStructure of(InstrumentDefinition definition) {
        List<List<Object>> parts = new ArrayList<>();
        for (Item i : definition.items()) {
            parts.add(List.of(i.code(), i.type(), plain(i.min()), plain(i.max()), i.reverse(), i.responses().size()));
        }
        for (ScoreDefinition s : definition.scores()) {
            // Arrays.asList: a score without a lookup, weights, multiplier or constant has nulls there.
            parts.add(Arrays.asList(s.code(), s.method(), s.items(), s.missing(), s.decimals(), plain(s.min()),
                    plain(s.max()), s.lowerIsBetter(), s.lookup(), s.weights(), s.multiplier(), s.constant()));
        }
        return new InstrumentStructure(parts);
    }

    /** Whether the revised definition may be the next version of the earlier one. */
    public static boolean sameStructure(InstrumentDefinition earlier, InstrumentDefinition revised) {
        return of(earlier).equals(of(revised));
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros();
    }
}
