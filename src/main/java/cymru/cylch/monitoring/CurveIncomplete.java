package cymru.cylch.monitoring;

import java.util.List;

/** A Turn the Curve report that cannot be published yet, with every part it lacks (as rule codes). */
public class CurveIncomplete extends RuntimeException {

    private final transient List<String> missing;

    public CurveIncomplete(List<String> missing) {
        super("The report lacks " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
