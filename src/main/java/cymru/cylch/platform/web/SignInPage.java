package cymru.cylch.platform.web;

import cymru.cylch.platform.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles the POST. Someone already signed in goes home. */
@Controller
class SignInPage {

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn() {
        return SignedInUser.current().isPresent() ? "redirect:/" : "sign-in";
    }
}
