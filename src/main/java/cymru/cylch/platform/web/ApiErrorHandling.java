package cymru.cylch.platform.web;

import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Client errors from API handlers as RFC 9457 problems, in the request's language, naming each bad field (also
 * one that could not be read as its type).
 * Anything else falls through to {@link ErrorPages}, which answers with a problem and a reference number.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

    private final ProblemResponses problems;
    private final MessageSource messages;

    ApiErrorHandling(ProblemResponses problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** One invalid field: its name and what is wrong with it, in words. */
    record InvalidField(String field, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<InvalidField> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidField(error.getField(), message(error))).toList();
        ProblemDetail problem = problems.problem(request, 400, "problem.invalid");
        problem.setProperties(Map.of("errors", fields));
        return respond(problem);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RequestChecks.BodyTooLargeException) {
                return respond(problems.problem(request, 413, "problem.too-large"));
            }
        }
        ProblemDetail problem = problems.problem(request, 400, "problem.unreadable");
        UnreadableField.of(e).ifPresent(field -> problem.setProperties(Map.of("errors",
                List.of(new InvalidField(field.name(), messages.getMessage(field.message(),
                        LocaleContextHolder.getLocale()))))));
        return respond(problem);
    }

    /**
     * A broken business rule: 422, with the rule's stable code under {@code rule} (and the part of the record it
     * concerns under {@code part}) for programs, and its message as the detail for people.
     */
    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleBroken(RuleViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, 422, "problem.rule");
        problem.setDetail(messages.getMessage(e.code(), null, LocaleContextHolder.getLocale()));
        problem.setProperty("rule", e.code());
        if (e.part() != null) {
            problem.setProperty("part", e.part());
        }
        return respond(problem);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e, HttpServletRequest request) {
        return respond(problems.problem(request, HttpStatus.NOT_FOUND.value(), "problem.not-found"));
    }

    private String message(FieldError error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
