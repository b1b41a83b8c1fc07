package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.EntryKind;
import cymru.cylch.monitoring.RelationshipLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The relationship log on the pages: the council's providers (or the provider's councils), each pair's log newest
 * first, and the form to write in it, for the council's commissioners and the provider's users.
 */
@Controller
class RelationshipPages {

    private static final String FORM = "entryForm";

    private final RelationshipLog log;
    private final SubjectNames names;

    RelationshipPages(RelationshipLog log, SubjectNames names) {
        this.log = log;
        this.names = names;
    }

    @GetMapping("/relationship-log")
    @PreAuthorize(IssuePages.READERS_OR_PROVIDERS)
    String index(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        Map<String, String> others = new LinkedHashMap<>();
        names.organisations(log.others(user), locale.getLanguage()).entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).forEach(e -> others.put(e.getKey(), e.getValue()));
        model.addAttribute("others", others);
        return "monitoring/relationships";
    }

    @GetMapping("/relationship-log/{other}")
    @PreAuthorize(IssuePages.READERS_OR_PROVIDERS)
    String entries(@AuthenticationPrincipal CylchUser user, @PathVariable UUID other, Model model, Locale locale) {
        RelationshipLog.Pair pair = log.pair(user, other);
        model.addAttribute(FORM, EntryForm.blank(pair.readerIsProvider()));
        return page(user, other, pair, model, locale);
    }

    @PostMapping("/relationship-log/{other}")
    @PreAuthorize("hasAnyRole('COMMISSIONER', 'PROVIDER_USER')")
    String write(@AuthenticationPrincipal CylchUser user, @PathVariable UUID other,
                 @Valid @ModelAttribute(FORM) EntryForm form, BindingResult errors, Model model, Locale locale,
                 RedirectAttributes redirect) {
        RelationshipLog.Pair pair = log.pair(user, other);
        FormErrors.keep(model, FORM, form, errors);
        if (!errors.hasErrors()) {
            try {
                log.write(user, other, form.entry());
                redirect.addFlashAttribute("notice", "relationship.written");
                return "redirect:/relationship-log/" + other;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, rule.part() == null ? "summary" : rule.part(), rule.code());
            }
        }
        return page(user, other, pair, model, locale);
    }

    private String page(CylchUser user, UUID other, RelationshipLog.Pair pair, Model model, Locale locale) {
        model.addAttribute("pair", pair);
        model.addAttribute("otherName", names.organisations(List.of(OrganisationId.of(other)), locale.getLanguage())
                .getOrDefault(other.toString(), ""));
        model.addAttribute("entries", log.entries(user, other));
        model.addAttribute("mayWrite", pair.readerIsProvider() || user.hasRole(Role.COMMISSIONER));
        model.addAttribute("kinds", Arrays.stream(EntryKind.values())
                .filter(k -> (k == EntryKind.PROVIDER_VIEW) == pair.readerIsProvider()).toList());
        return "monitoring/relationship-log";
    }
}
