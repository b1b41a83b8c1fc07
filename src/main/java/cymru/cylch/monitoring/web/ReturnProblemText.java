package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.ReturnProblem;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A return's problem in words, in the reader's language: what is wrong, and where (the row of an uploaded file, or
 * the measure in the form or the API).
 */
@Component
class ReturnProblemText {

    private final MessageSource messages;

    ReturnProblemText(MessageSource messages) {
        this.messages = messages;
    }

    /** What is wrong, without where. */
    String rule(ReturnProblem problem, Locale locale) {
        Object[] arguments = problem.code().equals("return.measureMissing")
                ? new Object[] {"cy".equals(locale.getLanguage()) ? problem.arguments().get(1)
                        : problem.arguments().get(0)}
                : problem.arguments().toArray();
        return messages.getMessage(problem.code(), arguments, locale);
    }

    /** Where and what, for a list of a file's problems: "Row 4 (visits-on-time): Enter a number". */
    String inFile(ReturnProblem problem, Locale locale) {
        return problem.row() == 0 ? rule(problem, locale)
                : messages.getMessage("return.problem.row", new Object[] {problem.row(), problem.measure(),
                        rule(problem, locale)}, locale);
    }
}
