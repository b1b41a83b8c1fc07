package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.VisitProblem;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A visit file's problem in the reader's words: what is wrong, and where (the file's row and the column, named as the
 * reader's language names it).
 */
@Component
class VisitProblemText {

    private final MessageSource messages;

    VisitProblemText(MessageSource messages) {
        this.messages = messages;
    }

    /** What is wrong, without where. */
    String rule(VisitProblem problem, Locale locale) {
        return messages.getMessage(problem.code(), problem.arguments().toArray(), locale);
    }

    /** Where and what: "Row 4, planned_start: Enter a date and time, like 2026-12-05T09:00". */
    String inFile(VisitProblem problem, Locale locale) {
        if (problem.row() == 0) {
            return rule(problem, locale);
        }
        return messages.getMessage("visit.problem.row", new Object[] {Long.toString(problem.row()),
                messages.getMessage("visit.column." + problem.column(), null, problem.column(), locale),
                rule(problem, locale)}, locale);
    }
}
