package cymru.cylch.people.web;

import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.PersonManagement;
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

/** Care managers agree personal outcomes with a person, helped by the outcome statement helper as they type. */
@Controller
@RequestMapping("/people/{personId}/outcomes")
@PreAuthorize(PeoplePages.WRITERS)
class OutcomePages {

    private static final RuleFields RULES = RuleFields.firstField("statement")
            .field("outcome.domain", "domain")
            .field("outcome.targetDate", "targetDay");

    private final PersonManagement people;
    private final OutcomePlanning planning;

    OutcomePages(PersonManagement people, OutcomePlanning planning) {
        this.people = people;
        this.planning = planning;
    }

    @GetMapping("/new")
    String newOutcome(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, Model model) {
        model.addAttribute("outcomeForm", OutcomeForm.blank());
        return form(user, personId, model);
    }

    @PostMapping
    String agree(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                 @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        FormErrors.keep(model, "outcomeForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                planning.agree(user, personId, form.agreement());
                redirect.addFlashAttribute("notice", "outcome.agreed");
                return "redirect:/people/" + personId + "#outcomes";
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(user, personId, model);
    }

    private String form(CylchUser user, UUID personId, Model model) {
        model.addAttribute("person", people.view(user, personId));
        // Only the framework of the organisation's own nation: Wales's, or England's ASCOF.
        model.addAttribute("framework", planning.framework(user));
        model.addAttribute("domains", planning.domainsFor(user));
        return "people/outcome-form";
    }
}
