package cymru.cylch.organisations.web;

import cymru.cylch.organisations.InvitationManagement;
import cymru.cylch.organisations.Nation;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.OrganisationManagement;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
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

/** Administrators: the organisations they administer, registering new ones, changing their details. */
@Controller
@RequestMapping("/organisations")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OrganisationPages {

    private static final RuleFields RULES = RuleFields.firstField("name");

    private final OrganisationManagement management;
    private final InvitationManagement invitations;

    OrganisationPages(OrganisationManagement management, InvitationManagement invitations) {
        this.management = management;
        this.invitations = invitations;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("organisations", management.administeredBy(user));
        model.addAttribute("mayRegister", management.mayRegisterOrganisations(user));
        return "organisations/list";
    }

    @GetMapping("/new")
    String newOrganisation(@AuthenticationPrincipal CylchUser user, Model model) {
        requireMayRegister(user);
        model.addAttribute("organisationForm", OrganisationForm.blank());
        return form(model, null);
    }

    @PostMapping
    String register(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "organisationForm", form, errors);
        requireMayRegister(user);
        if (!errors.hasErrors()) {
            try {
                var organisation = management.register(user, form.details());
                redirect.addFlashAttribute("notice", "organisation.registered");
                return "redirect:/organisations/" + organisation.id();
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String view(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("organisation", management.administered(user, id));
        model.addAttribute("members", management.members(user, id));
        model.addAttribute("invitationsSent", invitations.sentBy(user, id));
        model.addAttribute("awaitingApproval", invitations.awaitingApproval(user, id));
        return "organisations/view";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("organisationForm", OrganisationForm.of(management.administered(user, id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, "organisationForm", form, errors);
        var current = management.administered(user, id);
        if (form.kind() != current.kind()) {
            // The kind decides what an organisation may do; it is fixed at registration.
            FormErrors.reject(errors, "kind", "organisation.kind.fixed");
        }
        if (!errors.hasErrors()) {
            try {
                management.update(user, id, form.loadedVersion(), form.details());
                redirect.addFlashAttribute("notice", "organisation.changed");
                return "redirect:/organisations/" + id;
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(model, id);
    }

    private String form(Model model, UUID id) {
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("nations", Nation.values());
        model.addAttribute("organisationId", id);
        return "organisations/form";
    }

    private void requireMayRegister(CylchUser user) {
        if (!management.mayRegisterOrganisations(user)) {
            throw new RecordNotFoundException("organisation", "new");
        }
    }
}
