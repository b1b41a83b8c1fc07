package cymru.cylch.people.web;

import cymru.cylch.people.Arrangement;
import cymru.cylch.people.FundingDecisions;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PlanChange;
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
 * person's language. A revision that costs more than its budget allows waits for a funding decision
 * ({@link FundingPages}); its page says so, and a care manager may withdraw it.
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
    private final FundingDecisions funding;
    private final Today today;

    SupportPlanPages(PersonManagement people, SupportPlanning planning, PlanDocument document,
                     FundingDecisions funding, Today today) {
        this.people = people;
        this.planning = planning;
        this.document = document;
        this.funding = funding;
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
        model.addAttribute("waiting", funding.waitingFor(user, personId).orElse(null));
        model.addAttribute("fundingHistory", funding.historyOf(user, personId));
        model.addAttribute("decisionBehind", shown == null ? null : funding.behind(shown).orElse(null));
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
                switch (planning.revise(user, personId, form.draft())) {
                    case PlanChange.TookEffect took -> redirect.addFlashAttribute("notice",
                            took.plan().revision() == 1 ? "plan.made" : "plan.revised");
                    case PlanChange.AwaitsFunding awaits -> redirect.addFlashAttribute("notice", "plan.funding.sent");
                }
                return "redirect:/people/" + personId + "/plan";
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(user, personId, model);
    }

    /** A care manager takes back a revision waiting for a funding decision, so that the plan can be revised again. */
    @PostMapping("/funding/withdraw")
    @PreAuthorize(PeoplePages.WRITERS)
    String withdraw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                    RedirectAttributes redirect) {
        try {
            funding.withdraw(user, personId, null);
            redirect.addFlashAttribute("notice", "plan.funding.withdrawn");
        } catch (RuleViolationException decidedMeanwhile) {
            // Decided or withdrawn by someone else first: the plan's page shows what happened.
        }
        return "redirect:/people/" + personId + "/plan";
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
