package cymru.cylch.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Says whether a statement reads as an outcome, an output, a process or an input, and which of its words say
 * so. The rule: a statement is an outcome when it describes a change in people's lives (a change cue) for the
 * people served or in a person's own words, and that reading is at least as strong as any other; otherwise it
 * is whichever of output, process or input its words point to most, resources before methods before products
 * when they tie (paying staff more is an input even though staff are people). Plain Java, no Spring needed to
 * use it; it is a bean so that pages and the API share one instance.
 */
@Component
public class OutcomeStatementClassifier {

    public StatementClassification classify(String statement) {
        String text = statement.strip().replaceAll("\\s+", " ");
        List<String> people = StatementCues.PEOPLE.foundIn(text);
        List<String> change = StatementCues.CHANGE.foundIn(text);
        Map<StatementKind, List<String>> others = Map.of(
                StatementKind.INPUT, StatementCues.INPUT.foundIn(text),
                StatementKind.PROCESS, StatementCues.PROCESS.foundIn(text),
                StatementKind.OUTPUT, StatementCues.OUTPUT.foundIn(text));
        boolean forPeople = !people.isEmpty();

        StatementKind strongestOther = StatementKind.PROCESS;
        int strongest = 0;
        for (StatementKind kind : List.of(StatementKind.INPUT, StatementKind.PROCESS, StatementKind.OUTPUT)) {
            if (others.get(kind).size() > strongest) {
                strongest = others.get(kind).size();
                strongestOther = kind;
            }
        }
        // A change counts twice when it is for the people served: that is the heart of an outcome.
        int outcomeStrength = change.isEmpty() ? 0 : change.size() + (forPeople ? change.size() : 0);
        boolean staffAreTheSubject = !others.get(StatementKind.INPUT).isEmpty() && !forPeople;
        if (outcomeStrength > 0 && outcomeStrength >= strongest && !staffAreTheSubject) {
            List<String> cues = new ArrayList<>(change);
            people.stream().filter(p -> !cues.contains(p)).forEach(cues::add);
            return new StatementClassification(StatementKind.OUTCOME, cues, forPeople);
        }
        return new StatementClassification(strongestOther, others.get(strongestOther), forPeople);
    }
}
