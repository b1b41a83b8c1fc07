package cymru.cylch.people.web;

import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.people.GrantedPerson;
import cymru.cylch.people.Rating;
import cymru.cylch.people.SupportedPeople;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
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
 * A provider's users and administrators see the people it supports today, through the access grants its service
 * agreements made: each person's granted parts, the agreements, and the outcomes they work to with their reviews;
 * its provider users record its view of progress on those outcomes. Anyone not granted today is not found.
 */
@Controller
@RequestMapping("/supported-people")
class SupportedPeoplePages {

    static final String READERS = "hasAnyRole('PROVIDER_USER', 'ADMINISTRATOR')"
            + " and principal.organisation().organisationKind() == 'PROVIDER'";
    static final String WRITERS = "hasRole('PROVIDER_USER')";

    private static final RuleFields RULES = RuleFields.firstField("rating").field("providerView.seen", "seen");

    private final SupportedPeople supported;
    private final OutcomeFrameworks frameworks;

    SupportedPeoplePages(SupportedPeople supported, OutcomeFrameworks frameworks) {
        this.supported = supported;
        this.frameworks = frameworks;
    }

    @GetMapping
    @PreAuthorize(READERS)
    String list(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("supported", supported.today(user));
        return "people/supported";
    }

    @GetMapping("/{personId}")
    @PreAuthorize(READERS)
    String person(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, Model model) {
        model.addAttribute("supported", supported.person(user, personId));
        model.addAttribute("mayRecord", user.hasRole(Role.PROVIDER_USER));
        model.addAttribute("frameworks", frameworks);
        return "people/supported-person";
    }

    @GetMapping("/{personId}/outcomes/{outcomeId}/views/new")
    @PreAuthorize(WRITERS)
    String newView(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, @PathVariable UUID outcomeId,
                   Model model) {
        model.addAttribute("providerViewForm", ProviderViewForm.blank());
        return form(user, personId, outcomeId, model);
    }

    @PostMapping("/{personId}/outcomes/{outcomeId}/views")
    @PreAuthorize(WRITERS)
    String recordView(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                      @PathVariable UUID outcomeId,
                      @Valid @ModelAttribute("providerViewForm") ProviderViewForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "providerViewForm", form, errors);
        String page = form(user, personId, outcomeId, model);
        Rating rating = form.rating();
        if (!errors.hasErrors() && rating != null) {
            try {
                supported.recordView(user, personId, outcomeId, rating, form.seen());
                redirect.addFlashAttribute("notice", "supported.view.recorded");
                return "redirect:/supported-people/" + personId + "#outcome-" + outcomeId;
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return page;
    }

    /** The form for one outcome the provider works to; any other outcome is not found. */
    private String form(CylchUser user, UUID personId, UUID outcomeId, Model model) {
        SupportedPeople.SupportedPerson person = supported.person(user, personId);
        GrantedPerson.GrantedOutcome outcome = supported.outcomeWorkedTo(person, outcomeId);
        model.addAttribute("supported", person);
        model.addAttribute("outcome", outcome);
        model.addAttribute("ratings", Rating.values());
        return "people/supported-view-form";
    }
}
