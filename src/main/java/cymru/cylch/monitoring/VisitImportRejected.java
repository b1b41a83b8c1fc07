package cymru.cylch.monitoring;

import java.util.List;

/**
 * A file of visits refused whole, with its problems (at most {@link VisitFiles#MOST_PROBLEMS}; {@code more} when
 * reading stopped there): nothing of it was imported.
 */
public class VisitImportRejected extends RuntimeException {

    private final transient List<VisitProblem> problems;
    private final boolean more;

    public VisitImportRejected(List<VisitProblem> problems, boolean more) {
        super(problems.size() + (more ? "+" : "") + " problem(s) in the visits: "
                + problems.stream().limit(5).map(VisitProblem::code).toList());
        this.problems = List.copyOf(problems);
        this.more = more;
    }

    public List<VisitProblem> problems() {
        return problems;
    }

    /** Whether there were more problems than listed. */
    public boolean more() {
        return more;
    }
}
