package cymru.cylch.payments.web;

import cymru.cylch.payments.InvalidRateCard;
import cymru.cylch.platform.security.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A rate card that cannot be simulated: one 422 problem naming every fault, by its rule code and in words. */
@RestControllerAdvice(assignableTypes = {RateCardApi.class, ContractRateCardApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidRateCardHandling {

    private final ProblemResponses problems;
    private final Simulator simulator;

    InvalidRateCardHandling(ProblemResponses problems, Simulator simulator) {
        this.problems = problems;
        this.simulator = simulator;
    }

    /** One fault: its stable code and what is wrong, in the caller's language. */
    record Fault(String rule, String message) {
    }

    @ExceptionHandler(InvalidRateCard.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRateCard e, HttpServletRequest request) {
        List<Fault> faults = e.faults().stream().map(fault -> new Fault(fault.code(),
                simulator.explain(fault, LocaleContextHolder.getLocale()))).toList();
        ProblemDetail problem = problems.problem(request, 422, "problem.rate-card");
        problem.setProperties(Map.of("errors", faults));
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
