package cymru.cylch.platform.submissions;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a form that was not acted on leads (see {@link FormTokenInterceptor}): sent a second time, or with a
 * missing or expired token. Links lead only to paths in Cylch itself.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FormSubmissionPages {

    /** A path in Cylch: starts with one slash, and holds only characters a URL may carry unencoded. */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]{0,499}$");

    @GetMapping(FormTokenInterceptor.ALREADY_SENT)
    String alreadySent(@RequestParam(required = false) @Nullable String result,
                       @RequestParam(required = false) @Nullable String back, Model model) {
        model.addAttribute("result", local(result));
        model.addAttribute("back", local(back));
        return "forms/already-sent";
    }

    @GetMapping(FormTokenInterceptor.NOT_SENT)
    String notSent(@RequestParam(required = false) @Nullable String back, Model model) {
        model.addAttribute("back", local(back));
        return "forms/not-sent";
    }

    private static @Nullable String local(@Nullable String path) {
        return path != null && LOCAL_PATH.matcher(path).matches() ? path : null;
    }
}
