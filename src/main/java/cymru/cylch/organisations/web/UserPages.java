package cymru.cylch.organisations.web;

import cymru.cylch.organisations.InvitationManagement;
import cymru.cylch.organisations.OrganisationManagement;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.PasswordRejectedException;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators: an organisation's users and their roles here, invitations to join it, and, for accounts whose
 * home it is, disabling, unlocking and password resets.
 */
@Controller
@RequestMapping("/organisations/{organisationId}")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserPages {

    private static final RuleFields RULES = RuleFields.firstField("username");

    private final OrganisationManagement management;
    private final InvitationManagement invitations;

    UserPages(OrganisationManagement management, InvitationManagement invitations) {
        this.management = management;
        this.invitations = invitations;
    }

    @GetMapping("/users/new")
    String newUser(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId, Model model) {
        model.addAttribute("userForm", UserForm.blank());
        return userForm(actor, organisationId, model);
    }

    @PostMapping("/users")
    String createUser(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                      @Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        FormErrors.keep(model, "userForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                var user = management.createUser(actor, organisationId, form.toNewUser());
                redirect.addFlashAttribute("notice", "user.created");
                return "redirect:/organisations/" + organisationId + "/users/" + user.id();
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            } catch (PasswordRejectedException rejected) {
                FormErrors.reject(errors, "initialPassword", rejected.messageKey());
            }
        }
        return userForm(actor, organisationId, model);
    }

    @GetMapping("/invitations/new")
    String inviteForm(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId, Model model) {
        model.addAttribute("memberForm", MemberForm.blank());
        return memberForm(actor, organisationId, model);
    }

    /** The same notice whether or not the username exists: nothing here tells who uses Cylch. */
    @PostMapping("/invitations")
    String invite(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                  @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, "memberForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                var invitation = invitations.invite(actor, organisationId, form.username(), form.roles());
                redirect.addFlashAttribute("notice", "invitation.sent");
                redirect.addFlashAttribute("noticeArgument", invitation.inviteeUsername());
                return "redirect:/organisations/" + organisationId;
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return memberForm(actor, organisationId, model);
    }

    @PostMapping("/invitations/{invitationId}/withdraw")
    String withdraw(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                    @PathVariable UUID invitationId, RedirectAttributes redirect) {
        invitations.withdraw(actor, organisationId, invitationId);
        redirect.addFlashAttribute("notice", "invitation.withdrawn");
        return "redirect:/organisations/" + organisationId;
    }

    @GetMapping("/users/{userId}")
    String user(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                @PathVariable UUID userId, Model model) {
        var user = management.member(actor, organisationId, userId);
        if (!model.containsAttribute("rolesForm")) {
            model.addAttribute("rolesForm", new RolesForm(user.rolesIn(organisationId)));
        }
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new PasswordResetForm(""));
        }
        model.addAttribute("user", user);
        model.addAttribute("authority", management.authorityOver(actor, user));
        model.addAttribute("locked", management.isLocked(userId));
        model.addAttribute("hasSecondFactor", management.hasSecondFactor(userId));
        model.addAttribute("organisation", management.administered(actor, organisationId));
        model.addAttribute("allRoles", Role.values());
        return "organisations/user";
    }

    @PostMapping("/users/{userId}/roles")
    String changeRoles(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                       @PathVariable UUID userId, @Valid @ModelAttribute("rolesForm") RolesForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "rolesForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                management.changeRoles(actor, organisationId, userId, form.roles());
                redirect.addFlashAttribute("notice", "user.rolesChanged");
                return redirectToUser(organisationId, userId);
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, "roles", rule.code());
            }
        }
        return user(actor, organisationId, userId, model);
    }

    @PostMapping("/users/{userId}/password")
    String resetPassword(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                         @PathVariable UUID userId, @Valid @ModelAttribute("resetForm") PasswordResetForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "resetForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                management.resetPassword(actor, organisationId, userId, form.temporaryPassword());
                redirect.addFlashAttribute("notice", "user.passwordReset");
                return redirectToUser(organisationId, userId);
            } catch (PasswordRejectedException rejected) {
                FormErrors.reject(errors, "temporaryPassword", rejected.messageKey());
            }
        }
        return user(actor, organisationId, userId, model);
    }

    @PostMapping("/users/{userId}/remove")
    String remove(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                  @PathVariable UUID userId, RedirectAttributes redirect) {
        try {
            management.removeMember(actor, organisationId, userId);
            redirect.addFlashAttribute("notice", "user.removed");
            return "redirect:/organisations/" + organisationId;
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
            return redirectToUser(organisationId, userId);
        }
    }

    @PostMapping("/users/{userId}/disable")
    String disable(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                   @PathVariable UUID userId, RedirectAttributes redirect) {
        try {
            management.disable(actor, organisationId, userId);
            redirect.addFlashAttribute("notice", "user.disabled");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        }
        return redirectToUser(organisationId, userId);
    }

    @PostMapping("/users/{userId}/enable")
    String enable(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                  @PathVariable UUID userId, RedirectAttributes redirect) {
        management.enable(actor, organisationId, userId);
        redirect.addFlashAttribute("notice", "user.enabled");
        return redirectToUser(organisationId, userId);
    }

    @PostMapping("/users/{userId}/second-factor/reset")
    String resetSecondFactor(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                             @PathVariable UUID userId, RedirectAttributes redirect) {
        management.resetSecondFactor(actor, organisationId, userId);
        redirect.addFlashAttribute("notice", "user.secondFactorReset");
        return redirectToUser(organisationId, userId);
    }

    @PostMapping("/users/{userId}/unlock")
    String unlock(@AuthenticationPrincipal CylchUser actor, @PathVariable UUID organisationId,
                  @PathVariable UUID userId, RedirectAttributes redirect) {
        management.unlock(actor, organisationId, userId);
        redirect.addFlashAttribute("notice", "user.unlocked");
        return redirectToUser(organisationId, userId);
    }

    private String userForm(CylchUser actor, UUID organisationId, Model model) {
        model.addAttribute("organisation", management.administered(actor, organisationId));
        model.addAttribute("allRoles", Role.values());
        return "organisations/user-form";
    }

    private String memberForm(CylchUser actor, UUID organisationId, Model model) {
        model.addAttribute("organisation", management.administered(actor, organisationId));
        model.addAttribute("allRoles", Role.values());
        return "organisations/member-form";
    }

    private static String redirectToUser(UUID organisationId, UUID userId) {
        return "redirect:/organisations/" + organisationId + "/users/" + userId;
    }
}
