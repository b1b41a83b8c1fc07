package cymru.cylch.monitoring;

import java.util.List;

/**
 * A record that cannot go on yet (a Turn the Curve report to publish, a corrective action plan to put to the
 * provider), with every part it lacks, as rule codes, so that the page can name them all at once.
 */
public class Incomplete extends RuntimeException {

    private final transient List<String> missing;

    public Incomplete(List<String> missing) {
        super("It lacks " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
