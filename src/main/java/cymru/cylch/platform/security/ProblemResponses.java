package cymru.cylch.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem responses from the security filters, where no controller advice reaches, in the
 * language the client asked for. Titles and details come from {@code <key>.title} and {@code <key>.detail}.
 */
@Component
public class ProblemResponses {

    public static final String TYPE_PREFIX = "urn:cylch:problem:";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** A problem whose type, title and detail come from the message key {@code problem.<name>}. */
    public ProblemDetail problem(HttpServletRequest request, int status, String key) {
        var locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
                messages.getMessage(key + ".detail", null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setType(URI.create(TYPE_PREFIX + key.substring(key.indexOf('.') + 1)));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem(request, status, key));
    }
}
