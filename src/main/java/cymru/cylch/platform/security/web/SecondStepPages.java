package cymru.cylch.platform.security.web;

import cymru.cylch.platform.security.SecondFactors;
import cymru.cylch.platform.security.SignInCompletion;
import cymru.cylch.platform.security.SignInCompletion.Pending;
import cymru.cylch.platform.web.FormErrors;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of sign-in, after the right password: a code from the authenticator app (or a recovery code),
 * or, for someone whose roles require a second factor they do not have yet, setting one up. Open to anyone, but
 * each handler does nothing without a pending sign-in in the session ({@link SignInCompletion}).
 */
@Controller
@PreAuthorize("permitAll()")
class SecondStepPages {

    private final SignInCompletion completion;
    private final SecondFactors secondFactors;

    SecondStepPages(SignInCompletion completion, SecondFactors secondFactors) {
        this.completion = completion;
        this.secondFactors = secondFactors;
    }

    @GetMapping(SignInCompletion.CODE_PATH)
    String codeForm(HttpServletRequest request, Model model) {
        var pending = completion.pending(request).filter(p -> !p.mustSetUp());
        if (pending.isEmpty()) {
            return "redirect:/sign-in";
        }
        model.addAttribute("codeForm", CodeForm.empty());
        return "sign-in-code";
    }

    @PostMapping(SignInCompletion.CODE_PATH)
    @Nullable String code(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult errors, Model model,
                          HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var pending = completion.pending(request).filter(p -> !p.mustSetUp());
        if (pending.isEmpty()) {
            return "redirect:/sign-in";
        }
        FormErrors.keep(model, "codeForm", form, errors);
        if (errors.hasErrors()) {
            return "sign-in-code";
        }
        switch (secondFactors.check(pending.get().userId(), form.typed())) {
            case ACCEPTED -> {
                if (!completion.complete(pending.get(), request, response)) {
                    return "redirect:/sign-in?error";
                }
                completion.proceed(request, response);
                return null;
            }
            case WRONG -> FormErrors.reject(errors, "code", "secondFactor.code.wrong");
            case THROTTLED -> FormErrors.reject(errors, "code", "secondFactor.code.throttled");
            case LOCKED -> {
                completion.abandon(request);
                return "redirect:/sign-in?error";
            }
        }
        return "sign-in-code";
    }

    @GetMapping(SignInCompletion.SET_UP_PATH)
    String setUpForm(HttpServletRequest request, Model model) {
        var pending = completion.pending(request).filter(Pending::mustSetUp);
        if (pending.isEmpty()) {
            return "redirect:/sign-in";
        }
        model.addAttribute("codeForm", CodeForm.empty());
        return setUpPage(request, pending.get(), model);
    }

    @PostMapping(SignInCompletion.SET_UP_PATH)
    String setUp(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult errors, Model model,
                 HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        var pending = completion.pending(request).filter(Pending::mustSetUp);
        String sealedOffer = pending.map(Pending::sealedOffer).orElse(null);
        if (pending.isEmpty() || sealedOffer == null) {
            return "redirect:/sign-in";
        }
        FormErrors.keep(model, "codeForm", form, errors);
        if (!errors.hasErrors()) {
            var codes = secondFactors.confirm(pending.get().userId(), sealedOffer, form.typed());
            if (codes.isPresent()) {
                if (!completion.complete(pending.get(), request, response)) {
                    return "redirect:/sign-in?error";
                }
                redirect.addFlashAttribute("recoveryCodes",
                        secondFactors.sealForShowing(pending.get().userId(), codes.get()));
                return "redirect:" + SecondFactorPages.RECOVERY_CODES_PATH;
            }
            FormErrors.reject(errors, "code", "secondFactor.setUp.wrong");
        }
        return setUpPage(request, pending.get(), model);
    }

    private String setUpPage(HttpServletRequest request, Pending pending, Model model) {
        SecondFactors.Offer offer;
        String sealedOffer = pending.sealedOffer();
        if (sealedOffer == null) {
            offer = secondFactors.offer(pending.userId(), pending.username());
            completion.keep(request, pending.withOffer(offer.sealed()));
        } else {
            offer = secondFactors.reopen(pending.userId(), pending.username(), sealedOffer);
        }
        model.addAttribute("offer", offer);
        model.addAttribute("required", true);
        model.addAttribute("action", SignInCompletion.SET_UP_PATH);
        model.addAttribute("username", pending.username());
        return "account/set-up";
    }
}
