package cymru.cylch.platform.submissions;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a fresh one-time {@link FormTokens token} as a hidden field to every form a signed-in user is shown whose
 * method is not GET, beside what the wrapped processor adds (Spring Security's CSRF field). Thymeleaf asks for
 * the hidden fields of each {@code <form th:action>} right after passing it the form's method, so each form on a
 * page gets its own token, and a form shown again after a validation error gets a new one.
 */
final class FormTokenFields implements RequestDataValueProcessor {

    private static final String READ_ONLY_FORM = FormTokenFields.class.getName() + ".readOnly";
    private static final Set<String> READ_ONLY_METHODS = Set.of("get", "head", "options", "trace");

    private final RequestDataValueProcessor delegate;
    private final ObjectProvider<FormTokens> tokens;

    FormTokenFields(RequestDataValueProcessor delegate, ObjectProvider<FormTokens> tokens) {
        this.delegate = delegate;
        this.tokens = tokens;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, @Nullable String method) {
        // A form without a method is a GET form in HTML.
        boolean readOnly = method == null || READ_ONLY_METHODS.contains(method.toLowerCase(Locale.ROOT));
        request.setAttribute(READ_ONLY_FORM, readOnly);
        return delegate.processAction(request, action, method);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value,
                                        String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public @Nullable Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = delegate.getExtraHiddenFields(request);
        Object readOnly = request.getAttribute(READ_ONLY_FORM);
        request.removeAttribute(READ_ONLY_FORM);
        var user = SignedInUser.current().map(CylchUser::userId);
        if (!Boolean.FALSE.equals(readOnly) || user.isEmpty()) {
            return fields;
        }
        Map<String, String> withToken = new LinkedHashMap<>(fields == null ? Map.of() : fields);
        withToken.put(FormTokens.FIELD, tokens.getObject().issue(user.get()));
        return withToken;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
