package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.ReturnRejected;
import cymru.cylch.platform.security.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused return: one 422 problem naming every row at fault, each by its rule code and in the caller's words. */
@RestControllerAdvice(assignableTypes = ReturnApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReturnRejectedHandling {

    private final ProblemResponses problems;
    private final ReturnProblemText text;

    ReturnRejectedHandling(ProblemResponses problems, ReturnProblemText text) {
        this.problems = problems;
        this.text = text;
    }

    /** One problem: the row (from 1; none for the return as a whole), the measure named, the field, the rule. */
    record RowProblem(@Nullable Integer row, String measure, String field, String rule, String detail) {
    }

    @ExceptionHandler(ReturnRejected.class)
    ResponseEntity<ProblemDetail> rejected(ReturnRejected e, HttpServletRequest request) {
        List<RowProblem> rows = e.problems().stream().map(p -> new RowProblem(p.row() == 0 ? null : p.row(),
                p.measure(), p.field(), p.code(), text.rule(p, LocaleContextHolder.getLocale()))).toList();
        ProblemDetail problem = problems.problem(request, 422, "problem.return");
        problem.setProperties(Map.of("errors", rows));
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
