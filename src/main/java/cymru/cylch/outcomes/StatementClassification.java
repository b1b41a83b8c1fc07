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

    /**
     * True when the statement definitely reads as an output, a process or an input (not a best guess): written as
     * someone's outcome, it needs the writer to confirm it is what they mean.
     */
    public boolean notAnOutcome() {
        return kind != StatementKind.OUTCOME && !undecided();
    }
}
