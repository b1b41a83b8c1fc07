package cymru.cylch.platform.security;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.servlet.HandlerInterceptor;

/** A user given a password by an administrator must choose their own before doing anything else. */
public class PasswordChangeRequiredInterceptor implements HandlerInterceptor {

    public static final String CHANGE_PASSWORD_PATH = "/account/password";
    /** Shown once, straight after setting up a second factor: not to be lost to the redirect. */
    static final String RECOVERY_CODES_PATH = "/account/two-factor/recovery-codes";

    @SuppressFBWarnings(value = "UNVALIDATED_REDIRECT",
            justification = "The target is a fixed path of Cylch under the application's own context path")
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        var user = SignedInUser.current();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user.isPresent() && user.get().mustChangePassword() && !path.equals(CHANGE_PASSWORD_PATH)
                && !path.equals(RECOVERY_CODES_PATH) && !path.startsWith("/api/")) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            return false;
        }
        return true;
    }
}
