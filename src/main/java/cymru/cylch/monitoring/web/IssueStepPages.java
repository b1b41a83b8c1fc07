package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.CorrectivePlans;
import cymru.cylch.monitoring.Incomplete;
import cymru.cylch.monitoring.IssueRoute;
import cymru.cylch.monitoring.PerformanceIssues;
import cymru.cylch.monitoring.ProviderStance;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of a performance issue from its page: the commissioner chooses the route (or closes it), writes the
 * corrective action plan and puts it to the provider, reviews it, escalates and resolves; the provider responds,
 * agrees or disputes the plan; either marks an action done. A step refused shows why on its own form.
 */
@Controller
class IssueStepPages {

    private static final String ISSUE = "/performance-issues/{id}";
    private static final String EITHER = "hasAnyRole('COMMISSIONER', 'PROVIDER_USER')";
    /** Refusals that mean the issue changed since the page was drawn. */
    static final Set<String> MOVED_ON = Set.of("issue.changedMeanwhile", "issue.step.notNow");

    private final PerformanceIssues issues;
    private final CorrectivePlans plans;
    private final IssuePage page;

    IssueStepPages(PerformanceIssues issues, CorrectivePlans plans, IssuePage page) {
        this.issues = issues;
        this.plans = plans;
        this.page = page;
    }

    /** What the page needs to show the issue again, and a step's form with what was typed. */
    record Sent(CylchUser user, UUID id, Model model, Locale locale, RedirectAttributes redirect) {
    }

    @PostMapping(ISSUE + "/route")
    @PreAuthorize(MeasurePages.RECORDERS)
    String route(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                 @Valid @ModelAttribute("routeForm") StepForm form, BindingResult errors, Model model, Locale locale,
                 RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "routeForm", form, errors, "issue.routeChosen", f -> {
            if (IssueRoute.DEVELOPMENTAL.name().equals(f.choice())) {
                plans.start(user, id, f.version());
            } else if (IssueRoute.PUNITIVE.name().equals(f.choice())) {
                issues.escalate(user, id, f.version(), f.said());
            } else if ("CLOSE".equals(f.choice())) {
                issues.close(user, id, f.version(), f.said());
            } else {
                throw new RuleViolationException("issue.route.missing", "choice");
            }
        });
    }

    @PostMapping(ISSUE + "/response")
    @PreAuthorize(IssuePages.PROVIDERS)
    String respond(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("responseForm") StepForm form, BindingResult errors, Model model,
                   Locale locale, RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "responseForm", form, errors, "issue.responded",
                f -> issues.respond(user, id, f.version(), stance(f), f.said()));
    }

    @PostMapping(ISSUE + "/plan")
    @PreAuthorize(MeasurePages.RECORDERS)
    String savePlan(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                    @Valid @ModelAttribute("capForm") CapForm form, BindingResult errors, Model model, Locale locale,
                    RedirectAttributes redirect) {
        FormErrors.keep(model, "capForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                plans.save(user, id, form.version(), form.plan());
                redirect.addFlashAttribute("notice", "cap.saved");
                return "redirect:/performance-issues/" + id;
            } catch (RuleViolationException rule) {
                if (MOVED_ON.contains(rule.code())) {
                    redirect.addFlashAttribute("problem", rule.code());
                    return "redirect:/performance-issues/" + id;
                }
                FormErrors.reject(errors, rule.part() == null ? "monitoring" : rule.part(), rule.code());
            }
        }
        return page.show(user, id, model, locale);
    }

    @PostMapping(ISSUE + "/plan/proposal")
    @PreAuthorize(MeasurePages.RECORDERS)
    String propose(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("routeForm") StepForm form, BindingResult errors, Model model,
                   Locale locale, RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "routeForm", form, errors, "cap.proposed",
                f -> plans.propose(user, id, f.version()));
    }

    @PostMapping(ISSUE + "/plan/agreement")
    @PreAuthorize(IssuePages.PROVIDERS)
    String agree(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                 @Valid @ModelAttribute("agreeForm") StepForm form, BindingResult errors, Model model, Locale locale,
                 RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "agreeForm", form, errors, "cap.agreed",
                f -> plans.agree(user, id, f.version(), f.said()));
    }

    @PostMapping(ISSUE + "/plan/dispute")
    @PreAuthorize(IssuePages.PROVIDERS)
    String dispute(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("disputeForm") StepForm form, BindingResult errors, Model model,
                   Locale locale, RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "disputeForm", form, errors, "cap.disputed",
                f -> plans.dispute(user, id, f.version(), f.said()));
    }

    @PostMapping(ISSUE + "/plan/actions")
    @PreAuthorize(EITHER)
    String done(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                @Valid @ModelAttribute("doneForm") StepForm form, BindingResult errors, Model model, Locale locale,
                RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "doneForm", form, errors, "cap.actionDone",
                f -> plans.markDone(user, id, f.version(), action(f), f.said()));
    }

    @PostMapping(ISSUE + "/plan/review")
    @PreAuthorize(MeasurePages.RECORDERS)
    String review(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("reviewForm") StepForm form, BindingResult errors, Model model,
                  Locale locale, RedirectAttributes redirect) {
        if (form.day() != null && !form.day().isBlank() && ActionRow.date(form.day()) == null) {
            FormErrors.reject(errors, "day", "curve.form.date");
        }
        return step(new Sent(user, id, model, locale, redirect), "reviewForm", form, errors, "cap.reviewed",
                f -> plans.review(user, id, f.version(), f.said(), ActionRow.date(f.day())));
    }

    @PostMapping(ISSUE + "/plan/variation")
    @PreAuthorize(MeasurePages.RECORDERS)
    String vary(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                @Valid @ModelAttribute("varyForm") StepForm form, BindingResult errors, Model model, Locale locale,
                RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "varyForm", form, errors, "cap.varied",
                f -> plans.vary(user, id, f.version(), f.said()));
    }

    @PostMapping(ISSUE + "/escalation")
    @PreAuthorize(MeasurePages.RECORDERS)
    String escalate(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                    @Valid @ModelAttribute("escalateForm") StepForm form, BindingResult errors, Model model,
                    Locale locale, RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "escalateForm", form, errors, "issue.escalated",
                f -> issues.escalate(user, id, f.version(), f.said()));
    }

    @PostMapping(ISSUE + "/closure")
    @PreAuthorize(MeasurePages.RECORDERS)
    String close(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                 @Valid @ModelAttribute("closeForm") StepForm form, BindingResult errors, Model model, Locale locale,
                 RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "closeForm", form, errors, "issue.closed",
                f -> issues.close(user, id, f.version(), f.said()));
    }

    @PostMapping(ISSUE + "/resolution")
    @PreAuthorize(MeasurePages.RECORDERS)
    String resolve(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                   @Valid @ModelAttribute("resolveForm") StepForm form, BindingResult errors, Model model,
                   Locale locale, RedirectAttributes redirect) {
        return step(new Sent(user, id, model, locale, redirect), "resolveForm", form, errors, "issue.resolved",
                f -> issues.resolve(user, id, f.version(), f.said()));
    }

    /**
     * Takes the step unless the form has errors; a step refused is shown on the form's reason (or the part the rule
     * names), every missing part of a plan at once.
     */
    private String step(Sent sent, String name, StepForm form, BindingResult errors, String notice,
                        Consumer<StepForm> action) {
        FormErrors.keep(sent.model(), name, form, errors);
        if (!errors.hasErrors()) {
            try {
                action.accept(form);
                sent.redirect().addFlashAttribute("notice", notice);
                return "redirect:/performance-issues/" + sent.id();
            } catch (RuleViolationException rule) {
                if (MOVED_ON.contains(rule.code())) {
                    // The issue moved on meanwhile, and this form may no longer be on its page: say so above it.
                    sent.redirect().addFlashAttribute("problem", rule.code());
                    return "redirect:/performance-issues/" + sent.id();
                }
                FormErrors.reject(errors, rule.part() == null ? "reason" : rule.part(), rule.code());
            } catch (Incomplete incomplete) {
                incomplete.missing().forEach(code -> FormErrors.reject(errors, "reason", code));
            }
        }
        return page.show(sent.user(), sent.id(), sent.model(), sent.locale());
    }

    private static ProviderStance stance(StepForm form) {
        return Arrays.stream(ProviderStance.values()).filter(s -> s.name().equals(form.choice())).findFirst()
                .orElseThrow(() -> new RuleViolationException("issue.stance.missing", "choice"));
    }

    private static int action(StepForm form) {
        try {
            return Integer.parseInt(form.choice() == null ? "" : form.choice().strip());
        } catch (NumberFormatException notANumber) {
            throw new RuleViolationException("cap.action.unknown", "choice");
        }
    }
}
