package cymru.cylch.outcomes;

import java.util.List;

/**
 * The verdict on one statement: its kind, and the words in it that decided (quoted back to the writer so the
 * reason is specific). {@code forPeople} says whether it names the people served, which shapes the advice.
 */
public record StatementClassification(StatementKind kind, List<String> cues, boolean forPeople) {

    public StatementClassification {
        cues = List.copyOf(cues);
    }

    /** True when nothing in the statement pointed anywhere: the kind is a best guess. */
    public boolean undecided() {
        return cues.isEmpty();
    }
}
