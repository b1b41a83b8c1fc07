package cymru.cylch.measurement.web;

import cymru.cylch.measurement.InvalidAnswers;
import cymru.cylch.platform.security.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers that cannot be scored: a 400 problem naming each bad answer and what is wrong with it, in words. */
@RestControllerAdvice(assignableTypes = {InstrumentApi.class, MeasurementApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidAnswersHandling {

    private final ProblemResponses problems;
    private final MessageSource messages;

    InvalidAnswersHandling(ProblemResponses problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    private static final int LONGEST_ITEM = 40;

    /** One bad answer: the item code as sent (its start, if long), and what is wrong. */
    record BadAnswer(String item, String message) {
    }

    @ExceptionHandler(InvalidAnswers.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAnswers e, HttpServletRequest request) {
        // Never the whole input back: item codes are cut short, and the list is cut at the most answers there are.
        List<BadAnswer> answers = e.problems().stream().limit(JsonAnswers.MOST_ANSWERS).map(p -> {
            String item = p.item().length() > LONGEST_ITEM ? p.item().substring(0, LONGEST_ITEM) + "…" : p.item();
            return new BadAnswer(item, messages.getMessage(p.messageKey(), new Object[] {item},
                    LocaleContextHolder.getLocale()));
        }).toList();
        ProblemDetail problem = problems.problem(request, 400, "problem.answers");
        problem.setProperties(Map.of("errors", answers));
        return ResponseEntity.status(400).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
