package cymru.cylch.people.web;

import cymru.cylch.people.FundingDecisions;
import cymru.cylch.people.FundingVerdict;
import cymru.cylch.people.SupportPlanning;
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

/**
 * Team managers and finance officers decide on plans that cost more than their budget allows: the queue of
 * requests waiting, oldest first, and one request at a time with the plan asked for beside the decision.
 */
@Controller
@RequestMapping("/funding-decisions")
@PreAuthorize(FundingPages.DECIDERS)
class FundingPages {

    static final String DECIDERS = "hasAnyRole('TEAM_MANAGER', 'FINANCE_OFFICER')";

    private static final RuleFields RULES = RuleFields.firstField("verdict")
            .field("funding.reasons", "reasons")
            .field("funding.amount", "approvedWeeklyAmount");

    private final FundingDecisions funding;
    private final SupportPlanning planning;

    FundingPages(FundingDecisions funding, SupportPlanning planning) {
        this.funding = funding;
        this.planning = planning;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("waiting", funding.waiting(user));
        model.addAttribute("decided", funding.recentlyDecided(user));
        model.addAttribute("threshold", planning.fundingThreshold());
        return "people/funding-queue";
    }

    @GetMapping("/{requestId}")
    String request(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId, Model model) {
        model.addAttribute("fundingForm", FundingForm.blank());
        return page(user, requestId, model);
    }

    @PostMapping("/{requestId}")
    String decide(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId,
                  @Valid @ModelAttribute("fundingForm") FundingForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, "fundingForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                var decision = funding.decide(user, requestId, form.ruling());
                redirect.addFlashAttribute("notice", "funding.decided." + decision.verdict());
                return "redirect:/funding-decisions";
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return page(user, requestId, model);
    }

    private String page(CylchUser user, UUID requestId, Model model) {
        var fundingCase = funding.open(user, requestId);
        model.addAttribute("fundingCase", fundingCase);
        model.addAttribute("person", fundingCase.person());
        model.addAttribute("current", planning.current(user, fundingCase.person().id()).orElse(null));
        model.addAttribute("scheme", planning.scheme());
        model.addAttribute("verdicts", FundingVerdict.decisions());
        model.addAttribute("ownRequest", user.userId().equals(fundingCase.request().requestedBy()));
        return "people/funding-request";
    }
}
