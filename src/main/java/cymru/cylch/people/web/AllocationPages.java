package cymru.cylch.people.web;

import cymru.cylch.organisations.Colleagues;
import cymru.cylch.people.Person;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/** Care managers hand a person on to a colleague: the person joins the colleague's caseload. */
@Controller
@RequestMapping("/people/{personId}/allocation")
@PreAuthorize(PeoplePages.WRITERS)
class AllocationPages {

    private static final RuleFields RULES = RuleFields.firstField("worker");

    private final PersonManagement people;
    private final Colleagues colleagues;

    AllocationPages(PersonManagement people, Colleagues colleagues) {
        this.people = people;
        this.colleagues = colleagues;
    }

    /** Choosing the care manager to allocate the person to. */
    record AllocationForm(@NotNull @Nullable UUID worker) {
    }

    @GetMapping
    String form(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, Model model) {
        var person = people.view(user, personId);
        model.addAttribute("allocationForm", new AllocationForm(person.allocatedWorker()));
        return form(user, model, person);
    }

    @PostMapping
    String allocate(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                    @Valid @ModelAttribute("allocationForm") AllocationForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        FormErrors.keep(model, "allocationForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                people.allocate(user, personId, form.worker());
                redirect.addFlashAttribute("notice", "person.allocated");
                return "redirect:/people/" + personId;
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(user, model, people.view(user, personId));
    }

    private String form(CylchUser user, Model model, Person person) {
        model.addAttribute("person", person);
        model.addAttribute("careManagers", colleagues.withRole(user, Role.CARE_MANAGER));
        return "people/allocation-form";
    }
}
