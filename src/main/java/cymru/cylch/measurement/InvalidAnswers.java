package cymru.cylch.measurement;

import java.util.List;

/** Answers that cannot be scored, with every problem found (not just the first). */
public class InvalidAnswers extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    public InvalidAnswers(List<AnswerProblem> problems) {
        super(problems.size() + " answer(s) cannot be scored");
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
