package cymru.cylch.market.web;

import cymru.cylch.market.Accreditation;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A provider applies to a council it has no standing with yet. */
@Controller
@RequestMapping("/market/standing/apply")
@PreAuthorize(ListingPages.PROVIDERS)
class ApplyPages {

    private static final RuleFields RULES = RuleFields.firstField("councilId")
            .field("market.standing.reason", "statement");

    private final Accreditation accreditation;

    ApplyPages(Accreditation accreditation) {
        this.accreditation = accreditation;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("applyForm", ApplyForm.blank());
        return page(user, model);
    }

    @PostMapping
    String apply(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("applyForm") ApplyForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "applyForm", form, errors);
        UUID council = form.councilId();
        String statement = form.statement();
        if (council == null && !errors.hasFieldErrors("councilId")) {
            FormErrors.reject(errors, "councilId", "market.standing.council.missing");
        }
        if ((statement == null || statement.isBlank()) && !errors.hasFieldErrors("statement")) {
            FormErrors.reject(errors, "statement", "market.standing.statement.missing");
        }
        if (!errors.hasErrors() && council != null && statement != null) {
            try {
                accreditation.apply(user, council, statement);
                redirect.addFlashAttribute("notice", "market.standing.applied");
                return "redirect:/market/listing";
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return page(user, model);
    }

    private String page(CylchUser user, Model model) {
        model.addAttribute("councils", accreditation.councilsToApplyTo(user));
        return "market/apply";
    }
}
