package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.ProviderRisks;
import cymru.cylch.monitoring.RegulatorRating;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Risk-based monitoring on the pages: every provider by its risk (score, level, when its next visit is due), and one
 * provider's factors, what the council recorded, and its audit samples, with the forms to record and draw.
 */
@Controller
class RiskPages {

    private static final String FORM = "riskForm";

    private final ProviderRisks risks;
    private final SubjectNames names;
    private final Today today;

    RiskPages(ProviderRisks risks, SubjectNames names, Today today) {
        this.risks = risks;
        this.names = names;
        this.today = today;
    }

    @GetMapping("/provider-risk")
    @PreAuthorize(MeasurePages.READERS)
    String all(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        List<ProviderRisks.Assessment> all = risks.all(user);
        model.addAttribute("assessments", all);
        model.addAttribute("names", names.organisations(all.stream().map(ProviderRisks.Assessment::provider)
                .toList(), locale.getLanguage()));
        model.addAttribute("today", today.date());
        return "monitoring/provider-risks";
    }

    @GetMapping("/provider-risk/{provider}")
    @PreAuthorize(MeasurePages.READERS)
    String one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID provider, Model model, Locale locale) {
        ProviderRisks.Assessment assessment = risks.one(user, OrganisationId.of(provider));
        model.addAttribute(FORM, RiskForm.of(assessment.inputs()));
        return page(user, assessment, model, locale);
    }

    @PostMapping("/provider-risk/{provider}")
    @PreAuthorize(MeasurePages.RECORDERS)
    String record(@AuthenticationPrincipal CylchUser user, @PathVariable UUID provider,
                  @Valid @ModelAttribute(FORM) RiskForm form, BindingResult errors, Model model, Locale locale,
                  RedirectAttributes redirect) {
        ProviderRisks.Assessment assessment = risks.one(user, OrganisationId.of(provider));
        FormErrors.keep(model, FORM, form, errors);
        if (!errors.hasErrors()) {
            try {
                risks.record(user, OrganisationId.of(provider), form.inputs());
                redirect.addFlashAttribute("notice", "risk.recorded");
                return "redirect:/provider-risk/" + provider;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, rule.part() == null ? "rating" : rule.part(), rule.code());
            }
        }
        return page(user, assessment, model, locale);
    }

    @PostMapping("/provider-risk/{provider}/samples")
    @PreAuthorize(MeasurePages.RECORDERS)
    String draw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID provider,
                @RequestParam(defaultValue = "0") int size, RedirectAttributes redirect) {
        try {
            risks.draw(user, OrganisationId.of(provider), size);
            redirect.addFlashAttribute("notice", "risk.sample.drawn");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        }
        return "redirect:/provider-risk/" + provider;
    }

    private String page(CylchUser user, ProviderRisks.Assessment assessment, Model model, Locale locale) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("providerName", names.organisations(List.of(assessment.provider()), locale.getLanguage())
                .getOrDefault(assessment.provider().value().toString(), ""));
        model.addAttribute("samples", risks.samples(user, assessment.provider()));
        model.addAttribute("ratings", List.of(RegulatorRating.values()));
        model.addAttribute("mayRecord", user.hasRole(Role.COMMISSIONER));
        // Those who may open people's records follow the sample there; others hand its references to them.
        model.addAttribute("mayOpenPeople", user.hasRole(Role.TEAM_MANAGER) || user.hasRole(Role.AUDITOR));
        model.addAttribute("today", today.date());
        model.addAttribute("largestSample", ProviderRisks.LARGEST_SAMPLE);
        return "monitoring/provider-risk";
    }
}
