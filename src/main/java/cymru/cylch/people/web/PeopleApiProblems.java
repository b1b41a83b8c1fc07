package cymru.cylch.people.web;

import cymru.cylch.people.PossibleDuplicatesException;
import cymru.cylch.platform.security.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The people API's refusals as RFC 9457 problems (409), in the caller's language. */
@RestControllerAdvice(assignableTypes = PeopleApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeopleApiProblems {

    private final ProblemResponses problems;

    PeopleApiProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    /** Someone the caller's organisation already holds, as a link and enough to tell people apart. */
    record PossibleDuplicate(UUID id, String reference, String givenName, String familyName, LocalDate dateOfBirth,
                             String href) {
    }

    @ExceptionHandler(PossibleDuplicatesException.class)
    ResponseEntity<ProblemDetail> duplicates(PossibleDuplicatesException e, HttpServletRequest request) {
        List<PossibleDuplicate> candidates = e.candidates().stream()
                .map(p -> new PossibleDuplicate(p.id(), p.reference(), p.givenName(), p.familyName(),
                        p.dateOfBirth(), "/api/v1/people/" + p.id()))
                .toList();
        ProblemDetail problem = problems.problem(request, 409, "problem.possible-duplicates");
        problem.setProperties(Map.of("possibleDuplicates", candidates));
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
