package cymru.cylch.people.web;

import cymru.cylch.people.AssessmentRecords;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
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

/** Care managers record assessment conversations; brokers and auditors read them. */
@Controller
@RequestMapping("/people/{personId}/assessments")
class AssessmentPages {

    private static final RuleFields RULES = RuleFields.firstField("heldDay");

    private final PersonManagement people;
    private final AssessmentRecords assessments;
    private final Today today;

    AssessmentPages(PersonManagement people, AssessmentRecords assessments, Today today) {
        this.people = people;
        this.assessments = assessments;
        this.today = today;
    }

    @GetMapping("/new")
    @PreAuthorize(PeoplePages.WRITERS)
    String newAssessment(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, Model model) {
        model.addAttribute("assessmentForm", AssessmentForm.today(today.date()));
        model.addAttribute("person", people.view(user, personId));
        return "people/assessment-form";
    }

    @PostMapping
    @PreAuthorize(PeoplePages.WRITERS)
    String record(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                  @Valid @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, "assessmentForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                var assessment = assessments.record(user, personId, form.conversation());
                redirect.addFlashAttribute("notice", "assessment.recorded");
                return "redirect:/people/" + personId + "/assessments/" + assessment.id();
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        model.addAttribute("person", people.view(user, personId));
        return "people/assessment-form";
    }

    @GetMapping("/{assessmentId}")
    @PreAuthorize(PeoplePages.READERS)
    String view(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                @PathVariable UUID assessmentId, Model model) {
        model.addAttribute("person", people.view(user, personId));
        model.addAttribute("assessment", assessments.view(user, personId, assessmentId));
        return "people/assessment";
    }
}
