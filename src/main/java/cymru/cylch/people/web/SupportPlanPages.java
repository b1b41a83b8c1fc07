package cymru.cylch.people.web;

import cymru.cylch.people.Arrangement;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PlanDocument;
import cymru.cylch.people.PrintedDocument;
import cymru.cylch.people.SupportPlan;
import cymru.cylch.people.SupportPlanning;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * A person's outcome-focused support plan: care managers make and revise it (after a review, say); everyone who
 * may read the person's record may read the plan, look back at earlier revisions and print it as a PDF in the
 * person's language.
 */
@Controller
@RequestMapping("/people/{personId}/plan")
class SupportPlanPages {

    private static final RuleFields RULES = RuleFields.firstField("arrangement")
            .field("plan.effectiveFrom", "effectiveDay")
            .field("plan.reason", "reason")
            .field("plan.review", "reason")
            .fieldOfPart("plan.need", area -> "needLevels[" + area + "]")
            .fieldOfPart("plan.support.description", line -> "support[" + line + "].description")
            .fieldOfPart("plan.support.hours", line -> "support[" + line + "].hoursPerWeek")
            .fieldOfPart("plan.support.cost", line -> "support[" + line + "].weeklyCost");

    private final PersonManagement people;
    private final SupportPlanning planning;
    private final PlanDocument document;
    private final Today today;

    SupportPlanPages(PersonManagement people, SupportPlanning planning, PlanDocument document, Today today) {
        this.people = people;
        this.planning = planning;
        this.document = document;
        this.today = today;
    }

    @GetMapping
    @PreAuthorize(PeoplePages.READERS)
    String view(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                @RequestParam(required = false) @Nullable Integer revision, Model model) {
        model.addAttribute("person", people.view(user, personId));
        var history = planning.history(user, personId);
        SupportPlan shown = revision == null ? history.stream().findFirst().orElse(null)
                : planning.revision(user, personId, revision);
        model.addAttribute("plan", shown);
        model.addAttribute("history", history);
        model.addAttribute("latest", shown != null && shown.revision() == history.getFirst().revision());
        model.addAttribute("scheme", planning.scheme());
        model.addAttribute("mayChange", user.hasRole(Role.CARE_MANAGER));
        return "people/plan";
    }

    @GetMapping("/edit")
    @PreAuthorize(PeoplePages.WRITERS)
    String edit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                @RequestParam(name = "review", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @Nullable LocalDate review, Model model) {
        LocalDate today = this.today.date();
        var form = planning.current(user, personId)
                .map(plan -> SupportPlanForm.revising(plan, today.isBefore(plan.effectiveFrom())
                        ? plan.effectiveFrom() : today, review))
                .orElseGet(() -> SupportPlanForm.first(today));
        model.addAttribute("supportPlanForm", form);
        return form(user, personId, model);
    }

    @PostMapping
    @PreAuthorize(PeoplePages.WRITERS)
    String save(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                @Valid @ModelAttribute("supportPlanForm") SupportPlanForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        FormErrors.keep(model, "supportPlanForm", form, errors);
        form.validate(errors, planning.scheme());
        if (!errors.hasErrors()) {
            try {
                var plan = planning.revise(user, personId, form.draft());
                redirect.addFlashAttribute("notice", plan.revision() == 1 ? "plan.made" : "plan.revised");
                return "redirect:/people/" + personId + "/plan";
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(user, personId, model);
    }

    @GetMapping(value = "/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(PeoplePages.READERS)
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId) {
        PrintedDocument printed = document.print(user, personId);
        return Downloads.attachment(printed.fileName(), MediaType.APPLICATION_PDF, printed.content());
    }

    private String form(CylchUser user, UUID personId, Model model) {
        model.addAttribute("person", people.view(user, personId));
        model.addAttribute("scheme", planning.scheme());
        model.addAttribute("arrangements", Arrangement.values());
        return "people/plan-form";
    }
}
