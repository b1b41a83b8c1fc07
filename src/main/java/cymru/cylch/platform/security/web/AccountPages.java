package cymru.cylch.platform.security.web;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.AccountAuditing;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.Credentials;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.PasswordPolicy;
import cymru.cylch.platform.security.PasswordRejectedException;
import cymru.cylch.platform.security.SignedInUser;
import cymru.cylch.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own account: organisations they act for, password, API tokens. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountPages {

    private final Credentials credentials;
    private final ApiTokens tokens;
    private final SignedInUser signedIn;
    private final AccountAuditing accounts;
    private final Clock clock;

    AccountPages(Credentials credentials, ApiTokens tokens, SignedInUser signedIn, AccountAuditing accounts,
                 Clock clock) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.signedIn = signedIn;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String account() {
        return "account/account";
    }

    @PostMapping("/organisation")
    String actFor(@RequestParam UUID organisationId, HttpServletRequest request, HttpServletResponse response) {
        if (!signedIn.switchOrganisation(organisationId, request, response)) {
            throw new RecordNotFoundException("organisation", organisationId);
        }
        return "redirect:/";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        return "account/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("passwordForm") PasswordForm form,
                          BindingResult errors, Model model, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors.keep(model, "passwordForm", form, errors);
        if (!errors.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            FormErrors.reject(errors, "confirmPassword", "password.rejected.MISMATCH");
        }
        if (!errors.hasErrors()) {
            try {
                credentials.changeOwnPassword(user.userId(), user.getUsername(), form.currentPassword(),
                        form.newPassword());
                accounts.record(AuditAction.CHANGED, user.userId(), "password changed");
                signedIn.passwordChanged(request, response);
                redirect.addFlashAttribute("notice", "account.password.changed");
                return "redirect:/account";
            } catch (PasswordRejectedException rejected) {
                String field = rejected.messageKey().endsWith("CURRENT_WRONG") ? "currentPassword" : "newPassword";
                FormErrors.reject(errors, field, rejected.messageKey());
            }
        }
        // The form keeps its errors; password fields never echo what was typed.
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        return "account/password";
    }

    @GetMapping("/api-tokens")
    String apiTokens(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("tokenForm", ApiTokenForm.defaults(user.roles()));
        return tokenPage(user, model);
    }

    @PostMapping("/api-tokens")
    String issueToken(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("tokenForm") ApiTokenForm form,
                      BindingResult errors, Model model) {
        FormErrors.keep(model, "tokenForm", form, errors);
        if (!errors.hasErrors() && !user.roles().containsAll(form.roles())) {
            FormErrors.reject(errors, "roles", "account.tokens.roles.notHeld");
        }
        if (errors.hasErrors()) {
            return tokenPage(user, model);
        }
        var issued = tokens.issue(user, form.name(), form.roles(), Duration.ofDays(form.validDays()));
        model.addAttribute("issued", issued);
        model.addAttribute("tokenForm", ApiTokenForm.defaults(user.roles()));
        return tokenPage(user, model);
    }

    @PostMapping("/api-tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        if (!tokens.revoke(user.userId(), id)) {
            throw new RecordNotFoundException("api-token", id);
        }
        redirect.addFlashAttribute("notice", "account.tokens.revoked");
        return "redirect:/account/api-tokens";
    }

    private String tokenPage(CylchUser user, Model model) {
        model.addAttribute("tokens", tokens.tokensOf(user.userId()));
        model.addAttribute("now", clock.instant());
        return "account/api-tokens";
    }
}
