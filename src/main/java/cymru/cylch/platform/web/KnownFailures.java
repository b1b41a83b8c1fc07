package cymru.cylch.platform.web;

import cymru.cylch.platform.rules.SearchRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures that are not Cylch's mistakes, answered with their own status and words (a page, or a problem under
 * {@code /api/}) instead of a 500 with a stack trace in the log:
 * <ul>
 *   <li>a refused search ({@link SearchRefusedException}): 400;</li>
 *   <li>a statement cancelled by {@code statement_timeout}, a lock or deadlock given up, or no database connection
 *       free in time: 503, "busy, try again", logged as a warning with a reference;</li>
 *   <li>a unique constraint that a concurrent request won (two people registered with one NHS number at once):
 *       409, as the rule's own check would have said had the requests come one after the other;</li>
 *   <li>text PostgreSQL cannot store (a NUL character): 400;</li>
 *   <li>a number too large for its column: 400.</li>
 * </ul>
 * Known by the SQLSTATE of the database's error, wherever it is in the chain of causes, so it holds whether the
 * statement came from JDBC or Hibernate. Runs before every other resolver.
 */
@Component
class KnownFailures implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(KnownFailures.class);
    private static final Set<String> BUSY = Set.of("57014", "55P03", "40P01", "40001");
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String OUT_OF_RANGE = "22003";

    /** What to answer: the status and the words of the problem and of the page. */
    record Failure(int status, String problemKey, String pageKey) {
    }

    static final Failure BUSY_FAILURE = new Failure(503, "problem.busy", "error.busy");
    static final Failure CONFLICT = new Failure(409, "problem.conflict", "error.conflict");
    static final Failure BAD_CHARACTERS = new Failure(400, "problem.bad-characters", "error.bad-characters");
    static final Failure OUT_OF_RANGE_FAILURE = new Failure(400, "problem.bad-request", "error.400");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                   @Nullable Object handler, Exception exception) {
        Failure failure = classify(exception);
        if (failure == null) {
            return null;
        }
        if (failure.status() < 500) {
            log.debug("Client error {} on {}: {}", failure.status(), request.getRequestURI(), failure.problemKey());
        }
        ErrorPages.answerWith(request, failure.problemKey(), failure.pageKey());
        if (failure.status() == 503) {
            response.setHeader("Retry-After", "5");
        }
        try {
            response.sendError(failure.status());
        } catch (IOException e) {
            log.debug("Could not answer {} on {}", failure.status(), request.getRequestURI());
        }
        return new ModelAndView();
    }

    static @Nullable Failure classify(Throwable exception) {
        if (exception instanceof SearchRefusedException refused) {
            return new Failure(400, refused.problemKey(), "error.400");
        }
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = exception; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return BUSY_FAILURE;
            }
            if (cause instanceof SQLException sql) {
                Failure failure = bySqlState(sql);
                if (failure == null && sql instanceof BatchUpdateException batch && batch.getNextException() != null) {
                    failure = bySqlState(batch.getNextException());
                }
                if (failure != null) {
                    return failure;
                }
            }
        }
        return null;
    }

    private static @Nullable Failure bySqlState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return null;
        }
        if (BUSY.contains(state)) {
            return BUSY_FAILURE;
        }
        if (UNIQUE_VIOLATION.equals(state)) {
            return CONFLICT;
        }
        if (UNSTORABLE_TEXT.contains(state)) {
            return BAD_CHARACTERS;
        }
        if (OUT_OF_RANGE.equals(state)) {
            return OUT_OF_RANGE_FAILURE;
        }
        return null;
    }
}
