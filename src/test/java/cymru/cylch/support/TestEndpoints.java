package cymru.cylch.support;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in tests (found by component scanning, as they live under {@code cymru.cylch}),
 * to provoke what real handlers must never do.
 */
public final class TestEndpoints {

    private TestEndpoints() {
    }

    /** Throws, to show that errors get a reference and no stack trace. */
    @RestController
    @PreAuthorize("isAuthenticated()")
    public static class Failing {
        @GetMapping({"/test/failure", "/api/v1/test/failure"})
        String fail() {
            throw new IllegalStateException("secret internal detail 4711");
        }
    }

    /** Has no authorisation rule, to show that deny-by-default refuses it at run time. */
    @RestController
    public static class Unruled {
        @GetMapping("/test/unruled")
        String unruled() {
            return "this must never be served";
        }
    }
}
