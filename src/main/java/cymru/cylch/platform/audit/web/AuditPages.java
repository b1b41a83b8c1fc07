package cymru.cylch.platform.audit.web;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Auditors and administrators search their own organisation's audit log. */
@Controller
class AuditPages {

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMINISTRATOR')")
    String search(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("filter") AuditFilter filter,
                  BindingResult errors, Model model) {
        model.addAttribute("actions", AuditAction.values());
        FormErrors.keep(model, "filter", filter, errors);
        filter.validate(errors);
        if (!errors.hasErrors()) {
            model.addAttribute("results", audit.search(filter.toSearch(user.organisationId())));
        }
        return "audit/search";
    }
}
