package cymru.cylch.platform.submissions;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.ProblemResponses;
import cymru.cylch.platform.security.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} request header (IETF draft-ietf-httpapi-idempotency-key-header) on every
 * state-changing API request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/v1/}).
 * Runs after Spring Security, so the caller is known. Keys are scoped to the caller (the user and the
 * organisation they act for). The first request with a key runs and its answer (status, {@code Content-Type},
 * {@code Location}, {@code Content-Language} and body) is kept for a day; the same key with the same request
 * (method, path and query, content type and body, by SHA-256) gets that answer again, marked
 * {@code Idempotent-Replayed: true}, and nothing runs twice; with a different request, 422; while the first is
 * still running, 409 (try again shortly). A server error keeps nothing, so a retry with the same key runs again.
 * A request without the header is served as before.
 */
final class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** Bodies of idempotent requests are read whole before the handler; larger ones are refused. */
    static final int MAX_BODY = 1024 * 1024;

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._~:+/=-]{1,255}$");
    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            HttpHeaders.CONTENT_LANGUAGE);

    private final IdempotentRequests requests;
    private final ProblemResponses problems;
    private final JsonMapper json;

    IdempotencyKeyFilter(IdempotentRequests requests, ProblemResponses problems, JsonMapper json) {
        this.requests = requests;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return READ_ONLY.contains(request.getMethod()) || !path.startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> sent = Collections.list(request.getHeaders(HEADER));
        var user = SignedInUser.current();
        if (sent.isEmpty() || user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = sent.size() == 1 ? unquoted(sent.getFirst().strip()) : "";
        if (!KEY.matcher(key).matches()) {
            problem(request, response, 400, "problem.idempotency-key-invalid");
            return;
        }
        byte @Nullable [] body;
        HttpServletRequest toHandler = request;
        String content;
        if (isForm(request)) {
            body = new byte[0];
            content = formFingerprint(request);
        } else {
            body = readBody(request.getInputStream());
            if (body == null) {
                problem(request, response, 413, "problem.too-large");
                return;
            }
            toHandler = new CachedBodyRequest(request, body);
            content = "";
        }
        CylchUser caller = user.get();
        String callerId = caller.userId() + "/" + caller.organisationId();
        String fingerprint = fingerprint(request, body, content);
        switch (requests.claim(callerId, key, caller.organisationId(), fingerprint)) {
            case IdempotentRequests.Claim.Claimed claimed -> run(toHandler, response, chain, callerId, key);
            case IdempotentRequests.Claim.Answered answer -> replay(response, answer);
            case IdempotentRequests.Claim.OtherRequest other ->
                    problem(request, response, 422, "problem.idempotency-key-reused");
            case IdempotentRequests.Claim.InProgress busy -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                problem(request, response, 409, "problem.idempotency-key-in-progress");
            }
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String caller,
                     String key) throws ServletException, IOException {
        var recorder = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorder);
            byte[] answer = recorder.getContentAsByteArray();
            int status = recorder.getStatus();
            // Errors sent with sendError get their body later, from the error page: nothing worth replaying.
            if (status < 500 && (answer.length > 0 || status < 400)) {
                requests.complete(caller, key, status, headersOf(recorder), answer);
                kept = true;
            }
        } finally {
            if (!kept) {
                requests.release(caller, key);
            }
        }
        recorder.copyBodyToResponse();
    }

    private static void replay(HttpServletResponse response, IdempotentRequests.Claim.Answered answer)
            throws IOException {
        response.setStatus(answer.status());
        answer.headers().lines().filter(line -> line.contains(": ")).forEach(line -> {
            int colon = line.indexOf(": ");
            response.setHeader(line.substring(0, colon), line.substring(colon + 2));
        });
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static String headersOf(HttpServletResponse response) {
        StringBuilder headers = new StringBuilder();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeader(name);
            if (value != null && !value.contains("\n") && !value.contains("\r")) {
                headers.append(name).append(": ").append(value).append('\n');
            }
        }
        return headers.toString();
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        ProblemDetail problem = problems.problem(request, status, key);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The draft's header is a structured-field string, which is quoted; plain keys are accepted too. */
    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static boolean isForm(HttpServletRequest request) {
        return request.getContentType() != null && MediaType.APPLICATION_FORM_URLENCODED
                .isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
    }

    private static String formFingerprint(HttpServletRequest request) {
        Map<String, List<String>> sorted = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> sorted.put(name, List.of(values)));
        return sorted.toString();
    }

    /** The whole body, or null if it is larger than {@link #MAX_BODY}. */
    private static byte @Nullable [] readBody(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_BODY) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static String fingerprint(HttpServletRequest request, byte[] body, String form) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String head = request.getMethod() + "\n" + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                    + (request.getContentType() == null ? "" : request.getContentType()) + "\n" + form + "\n";
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The request with its body already read, served again to the handler. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("not asynchronous");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
