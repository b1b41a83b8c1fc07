package cymru.cylch.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses what cannot be a proper request before anything else reads it, as a client error with a clear page or
 * problem rather than a logged server error:
 * <ul>
 *   <li>parameters that cannot be decoded ({@code ?q=%zz}, a cut-off UTF-8 sequence): 400. Left to the container,
 *       the first reader of a parameter (the language switch, the CSRF check) failed, and the failure was logged as
 *       an error with a stack trace and the undecoded value;</li>
 *   <li>a form body over the container's limit: 413;</li>
 *   <li>a JSON body larger than {@code cylch.web.json-body-limit} (1 MB by default): 413, at once when its length
 *       is declared, or as soon as that much has been read when it is not.</li>
 * </ul>
 * Runs just after the character encoding filter, so parameters are decoded as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestChecks extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestChecks.class);

    private final long jsonLimit;

    RequestChecks(@Value("${cylch.web.json-body-limit:1MB}") DataSize jsonLimit) {
        this.jsonLimit = jsonLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            int status = e.getErrorCode() == 413 ? 413 : 400;
            // Neither the value nor the exception's message: both may hold what someone typed.
            log.info("Refused a request to {} whose parameters could not be read ({})", request.getRequestURI(),
                    status);
            if (status == 413) {
                ErrorPages.answerWith(request, "problem.too-large", "error.413");
            } else {
                ErrorPages.answerWith(request, "problem.bad-encoding", "error.bad-encoding");
            }
            response.sendError(status);
            return;
        }
        if (json(request)) {
            if (request.getContentLengthLong() > jsonLimit) {
                ErrorPages.answerWith(request, "problem.too-large", "error.413");
                response.sendError(413);
                return;
            }
            request = new Limited(request, jsonLimit);
        }
        chain.doFilter(request, response);
    }

    private static boolean json(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    /** Read past the JSON body limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body over the limit");
        }
    }

    /** A request whose body stops with {@link BodyTooLargeException} once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
