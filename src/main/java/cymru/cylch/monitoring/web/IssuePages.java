package cymru.cylch.monitoring.web;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.monitoring.PerformanceIssue;
import cymru.cylch.monitoring.PerformanceIssues;
import cymru.cylch.monitoring.ProviderRelationship;
import cymru.cylch.monitoring.Seriousness;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Performance issues: the council's list (open ones, or all), raising one about a provider (from a measure's series,
 * a provider or contract, or afresh), the provider's own list, and one issue's page.
 */
@Controller
class IssuePages {

    static final String PROVIDERS = "hasRole('PROVIDER_USER')";
    static final String READERS_OR_PROVIDERS = "hasAnyRole('COMMISSIONER', 'TEAM_MANAGER', 'FINANCE_OFFICER', "
            + "'AUDITOR', 'PROVIDER_USER')";
    private static final String FORM = "issueForm";

    private final PerformanceIssues issues;
    private final ContractManagement contracts;
    private final SubjectNames names;
    private final IssuePage page;

    IssuePages(PerformanceIssues issues, ContractManagement contracts, SubjectNames names, IssuePage page) {
        this.issues = issues;
        this.contracts = contracts;
        this.names = names;
        this.page = page;
    }

    @GetMapping("/performance-issues")
    @PreAuthorize(MeasurePages.READERS)
    String list(@AuthenticationPrincipal CylchUser user, @RequestParam(defaultValue = "false") boolean all,
                Model model, Locale locale) {
        List<PerformanceIssue> shown = issues.ofCouncil(user, !all);
        model.addAttribute("issues", shown);
        model.addAttribute("all", all);
        model.addAttribute("mayRaise", user.hasRole(Role.COMMISSIONER));
        model.addAttribute("names", names.organisations(shown.stream().map(PerformanceIssue::provider).distinct()
                .toList(), locale.getLanguage()));
        return "monitoring/performance-issues";
    }

    @GetMapping("/my-performance-issues")
    @PreAuthorize(PROVIDERS)
    String mine(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        List<PerformanceIssue> shown = issues.ofProvider(user);
        model.addAttribute("issues", shown);
        model.addAttribute("names", names.organisations(shown.stream().map(PerformanceIssue::council).distinct()
                .toList(), locale.getLanguage()));
        return "monitoring/my-performance-issues";
    }

    @GetMapping("/performance-issues/new")
    @PreAuthorize(MeasurePages.RECORDERS)
    String start(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable UUID provider,
                 @RequestParam(required = false) @Nullable UUID contract,
                 @RequestParam(required = false) @Nullable UUID measure, Model model, Locale locale) {
        model.addAttribute(FORM, IssueForm.blank(provider, contract, measure));
        return form(user, model, locale);
    }

    @PostMapping("/performance-issues")
    @PreAuthorize(MeasurePages.RECORDERS)
    String raise(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute(FORM) IssueForm form,
                 BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                PerformanceIssue raised = issues.raise(user, form.issue());
                redirect.addFlashAttribute("notice", "issue.raised");
                return "redirect:/performance-issues/" + raised.id();
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, rule.part() == null ? "title" : rule.part(), rule.code());
            } catch (RecordNotFoundException notFound) {
                FormErrors.reject(errors, "measure", "issue.measure.unknown");
            }
        }
        return form(user, model, locale);
    }

    @GetMapping("/performance-issues/{id}")
    @PreAuthorize(READERS_OR_PROVIDERS)
    String issue(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model, Locale locale) {
        return page.show(user, id, model, locale);
    }

    private String form(CylchUser user, Model model, Locale locale) {
        List<Contract> let = contracts.contracts(user);
        Map<String, String> byContract = new LinkedHashMap<>();
        let.forEach(c -> byContract.put(c.id().value().toString(), c.reference() + ": " + c.terms().title()));
        Map<String, String> providers = names.organisations(issues.providersToRaiseAbout(user),
                locale.getLanguage());
        Map<String, String> byProvider = new LinkedHashMap<>();
        providers.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> byProvider.put(e.getKey(), e.getValue()));
        model.addAttribute("providers", byProvider);
        model.addAttribute("contracts", byContract);
        model.addAttribute("seriousnesses", List.of(Seriousness.values()));
        model.addAttribute("relationships", List.of(ProviderRelationship.values()));
        return "monitoring/performance-issue-new";
    }
}
