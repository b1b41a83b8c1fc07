package cymru.cylch.platform.web;

import cymru.cylch.platform.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles the POST. Someone already signed in goes home. */
@Controller
class SignInPage {

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn(@RequestParam(required = false) @Nullable String signedOut,
                  @RequestParam(required = false) @Nullable String expired, Model model) {
        if (SignedInUser.current().isPresent()) {
            return "redirect:/";
        }
        if (signedOut != null) {
            model.addAttribute("notice", "signIn.signedOut");
        }
        if (expired != null) {
            model.addAttribute("importantNotice", "signIn.expired");
        }
        return "sign-in";
    }
}
