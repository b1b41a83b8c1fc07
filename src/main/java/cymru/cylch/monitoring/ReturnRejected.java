package cymru.cylch.monitoring;

import java.util.List;

/** A return refused, with every problem found in it, not just the first; nothing of it was recorded. */
public class ReturnRejected extends RuntimeException {

    private final transient List<ReturnProblem> problems;

    public ReturnRejected(List<ReturnProblem> problems) {
        super(problems.size() + " problem(s) in the return: " + problems.stream().map(ReturnProblem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ReturnProblem> problems() {
        return problems;
    }
}
