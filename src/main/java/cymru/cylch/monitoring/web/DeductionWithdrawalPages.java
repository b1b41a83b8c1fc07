package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.PerformanceIssue;
import cymru.cylch.monitoring.PerformanceIssues;
import cymru.cylch.monitoring.PerformanceSanctions;
import cymru.cylch.payments.Deduction;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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

/**
 * Withdrawing a deduction imposed on a performance issue, made in error or no longer deserved, before a payment run
 * takes it: its own page, since it gives money back to a provider, with the reason the provider will read.
 */
@Controller
@RequestMapping("/performance-issues/{id}/deductions/{deduction}/withdrawal")
@PreAuthorize(MeasurePages.RECORDERS)
class DeductionWithdrawalPages {

    private static final String VIEW = "monitoring/deduction-withdrawal";
    private static final String FORM = "withdrawalForm";

    private final PerformanceIssues issues;
    private final PerformanceSanctions sanctions;

    DeductionWithdrawalPages(PerformanceIssues issues, PerformanceSanctions sanctions) {
        this.issues = issues;
        this.sanctions = sanctions;
    }

    /** The reason as typed, and the deduction's version the page showed. */
    record WithdrawalForm(long version, @MultiLineText @Size(max = 4000) @Nullable String reason) {
    }

    @GetMapping
    @PreAuthorize(MeasurePages.RECORDERS)
    String form(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable UUID deduction,
                Model model) {
        return show(user, id, deduction, model);
    }

    @PostMapping
    @PreAuthorize(MeasurePages.RECORDERS)
    String withdraw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable UUID deduction,
                    @Valid @ModelAttribute(FORM) WithdrawalForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        if (!errors.hasErrors()) {
            try {
                sanctions.withdrawDeduction(user, id, deduction, form.version(), ActionRow.text(form.reason()));
                redirect.addFlashAttribute("notice", "issue.deduction.withdrawn");
                return "redirect:/performance-issues/" + id;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, "reason", rule.code());
            }
        }
        return show(user, id, deduction, model);
    }

    private String show(CylchUser user, UUID id, UUID deduction, Model model) {
        PerformanceIssue issue = issues.issue(user, id);
        Deduction imposed = sanctions.deductionsOf(user, issue).get(deduction);
        if (imposed == null) {
            throw new RecordNotFoundException("payment-deduction", deduction);
        }
        model.addAttribute("issue", issue);
        model.addAttribute("deduction", imposed);
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new WithdrawalForm(imposed.version(), null));
        }
        return VIEW;
    }
}
