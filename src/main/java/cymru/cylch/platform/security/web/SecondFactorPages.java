package cymru.cylch.platform.security.web;

import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.SecondFactors;
import cymru.cylch.platform.web.FormErrors;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own second factor under Your account: set one up (offered to everyone), see how many recovery codes are
 * left, make new ones, or turn it off when their roles do not require it. Changes need a current code.
 */
@Controller
@RequestMapping(SecondFactorPages.PATH)
@PreAuthorize("isAuthenticated()")
class SecondFactorPages {

    static final String PATH = "/account/two-factor";
    static final String RECOVERY_CODES_PATH = PATH + "/recovery-codes";
    private static final String OFFER = SecondFactorPages.class.getName() + ".OFFER";

    private final SecondFactors secondFactors;

    SecondFactorPages(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String status(@AuthenticationPrincipal CylchUser user, Model model) {
        if (!model.containsAttribute("codeForm")) {
            model.addAttribute("codeForm", CodeForm.empty());
        }
        model.addAttribute("status", secondFactors.status(user.userId(), user.memberships()));
        return "account/two-factor";
    }

    @GetMapping("/set-up")
    String setUpForm(@AuthenticationPrincipal CylchUser user, HttpSession session, Model model) {
        if (secondFactors.enrolled(user.userId())) {
            return "redirect:" + PATH;
        }
        var offer = secondFactors.offer(user.userId(), user.getUsername());
        session.setAttribute(OFFER, offer.sealed());
        model.addAttribute("codeForm", CodeForm.empty());
        return setUpPage(user, offer, model);
    }

    @PostMapping("/set-up")
    String setUp(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("codeForm") CodeForm form,
                 BindingResult errors, Model model, HttpSession session, RedirectAttributes redirect) {
        if (!(session.getAttribute(OFFER) instanceof String sealed) || secondFactors.enrolled(user.userId())) {
            return "redirect:" + PATH;
        }
        FormErrors.keep(model, "codeForm", form, errors);
        if (!errors.hasErrors()) {
            var codes = secondFactors.confirm(user.userId(), sealed, form.typed());
            if (codes.isPresent()) {
                session.removeAttribute(OFFER);
                redirect.addFlashAttribute("recoveryCodes", secondFactors.sealForShowing(user.userId(), codes.get()));
                return "redirect:" + RECOVERY_CODES_PATH;
            }
            FormErrors.reject(errors, "code", "secondFactor.setUp.wrong");
        }
        return setUpPage(user, secondFactors.reopen(user.userId(), user.getUsername(), sealed), model);
    }

    /** New recovery codes, shown here once (they travel sealed in the session for this one page). */
    @GetMapping("/recovery-codes")
    String recoveryCodes(@AuthenticationPrincipal CylchUser user, Model model) {
        if (!(model.getAttribute("recoveryCodes") instanceof String sealed)) {
            return "redirect:" + PATH;
        }
        model.addAttribute("codes", secondFactors.openForShowing(user.userId(), sealed));
        return "account/recovery-codes";
    }

    @PostMapping("/recovery-codes")
    String newRecoveryCodes(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("codeForm") CodeForm form,
                            BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "codeForm", form, errors);
        if (!errors.hasErrors() && checked(user, form, errors)) {
            var codes = secondFactors.regenerateRecoveryCodes(user.userId());
            redirect.addFlashAttribute("recoveryCodes", secondFactors.sealForShowing(user.userId(), codes));
            return "redirect:" + RECOVERY_CODES_PATH;
        }
        return status(user, model);
    }

    @PostMapping("/turn-off")
    String turnOff(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("codeForm") CodeForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "codeForm", form, errors);
        if (SecondFactors.requiredFor(user.memberships())) {
            FormErrors.reject(errors, "code", "secondFactor.turnOff.required");
        }
        if (!errors.hasErrors() && checked(user, form, errors) && secondFactors.turnOff(user.userId(),
                user.memberships())) {
            redirect.addFlashAttribute("notice", "secondFactor.turnedOff");
            return "redirect:" + PATH;
        }
        return status(user, model);
    }

    private boolean checked(CylchUser user, CodeForm form, BindingResult errors) {
        switch (secondFactors.check(user.userId(), form.typed())) {
            case ACCEPTED -> {
                return true;
            }
            case THROTTLED, LOCKED -> FormErrors.reject(errors, "code", "secondFactor.code.throttled");
            case WRONG -> FormErrors.reject(errors, "code", "secondFactor.code.wrong");
        }
        return false;
    }

    private String setUpPage(CylchUser user, SecondFactors.Offer offer, Model model) {
        model.addAttribute("offer", offer);
        model.addAttribute("required", SecondFactors.requiredFor(user.memberships()));
        model.addAttribute("action", PATH + "/set-up");
        model.addAttribute("username", user.getUsername());
        return "account/set-up";
    }
}
