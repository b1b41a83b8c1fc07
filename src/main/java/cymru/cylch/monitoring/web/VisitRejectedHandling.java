package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.VisitImportRejected;
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

/** A refused file of visits: one 422 problem naming each row at fault, by its rule code and in the caller's words. */
@RestControllerAdvice(assignableTypes = VisitApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class VisitRejectedHandling {

    private final ProblemResponses problems;
    private final VisitProblemText text;

    VisitRejectedHandling(ProblemResponses problems, VisitProblemText text) {
        this.problems = problems;
        this.text = text;
    }

    /** One problem: the file's row (none for the file as a whole), the column, the rule, and what it says. */
    record RowProblem(@Nullable Long row, String column, String rule, String detail) {
    }

    @ExceptionHandler(VisitImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(VisitImportRejected e, HttpServletRequest request) {
        List<RowProblem> rows = e.problems().stream().map(p -> new RowProblem(p.row() == 0 ? null : p.row(),
                p.column(), p.code(), text.rule(p, LocaleContextHolder.getLocale()))).toList();
        ProblemDetail problem = problems.problem(request, 422, "problem.visits");
        problem.setProperties(Map.of("errors", rows, "moreErrors", e.more()));
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
