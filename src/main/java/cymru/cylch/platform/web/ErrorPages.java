package cymru.cylch.platform.web;

import cymru.cylch.platform.security.ProblemResponses;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the container ends here: a plain page for people, an RFC 9457 problem for
 * {@code /api/} callers. Server errors get a reference number, shown to the user and logged with the
 * stack trace, so support can find the one from the other. No stack trace or exception text is ever shown.
 */
@Controller
@PreAuthorize("permitAll()")
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Request attributes naming the words for a failure Cylch recognised (see {@link #answerWith}). */
    private static final String PROBLEM_KEY = ErrorPages.class.getName() + ".problem";
    private static final String PAGE_KEY = ErrorPages.class.getName() + ".page";

    private final ProblemResponses problems;

    /**
     * Before {@code sendError}: answer this request's error with these words rather than the status's own, and, for
     * a server error, log it without a stack trace (the failure is known: a statement timeout, a busy pool).
     *
     * @param problemKey {@code problem.<name>}, whose {@code .title} and {@code .detail} make the problem
     * @param pageKey    {@code error.<name>}, whose {@code .title} and {@code .body} make the page
     */
    static void answerWith(HttpServletRequest request, String problemKey, String pageKey) {
        request.setAttribute(PROBLEM_KEY, problemKey);
        request.setAttribute(PAGE_KEY, pageKey);
    }

    ErrorPages(ProblemResponses problems) {
        this.problems = problems;
    }

    @SuppressFBWarnings(value = "SPRING_CSRF_UNRESTRICTED_REQUEST_MAPPING", justification = "The error page answers"
            + " whatever method failed, and only renders the error; it changes nothing (CSRF is checked before)")
    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("reference", referenceFor(request, status));
        model.addAttribute("errorKey", request.getAttribute(PAGE_KEY) instanceof String known ? known
                : "error." + switch (status) {
                    case 400, 403, 404, 405, 413, 429 -> String.valueOf(status);
                    default -> status >= 500 ? "500" : "400";
                });
        return "error";
    }

    @SuppressFBWarnings(value = "SPRING_CSRF_UNRESTRICTED_REQUEST_MAPPING", justification = "The error page answers"
            + " whatever method failed, and only renders the error; it changes nothing (CSRF is checked before)")
    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        String key = switch (status) {
            case 401 -> "problem.unauthenticated";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.not-found";
            case 405 -> "problem.method-not-allowed";
            case 413 -> "problem.too-large";
            case 429 -> "problem.too-many-requests";
            default -> status >= 500 ? "problem.server-error" : "problem.bad-request";
        };
        if (request.getAttribute(PROBLEM_KEY) instanceof String known) {
            key = known;
        }
        ProblemDetail body = problems.problem(request, status, key);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            body.setInstance(URI.create(uri.toString()));
        }
        String reference = referenceFor(request, status);
        if (reference != null) {
            body.setProperty("reference", reference);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** The failed request's status; a visit to {@code /error} itself, where nothing failed, finds nothing (404). */
    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        return HttpStatus.resolve(status) == null ? 500 : status;
    }

    /** For server errors: a new reference, logged with the exception. None for client errors. */
    private static @Nullable String referenceFor(HttpServletRequest request, int status) {
        if (status < 500) {
            return null;
        }
        String reference = newReference();
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (request.getAttribute(PROBLEM_KEY) instanceof String known) {
            log.warn("Server busy, reference {}, on {} {}: {}", reference, request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), known);
            return reference;
        }
        // Logged under the failed handler's own class and naming its method (or, outside any handler, the frame
        // the exception came from), so the line says where it failed, not that the error page ran.
        HandlerMethod handler = FailedHandlers.of(request);
        Logger logger = handler != null ? LoggerFactory.getLogger(handler.getBeanType()) : log;
        String where = handler != null ? FailedHandlers.describe(handler)
                : error != null ? FailedHandlers.origin(error) : "the server";
        logger.error("Server error, reference {}, in {} on {} {}", reference, where, request.getMethod(),
                request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), error);
        return reference;
    }

    static String newReference() {
        StringBuilder reference = new StringBuilder("CY-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString().toUpperCase(Locale.ROOT);
    }
}
