package cymru.cylch.people.web;

import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.people.AchievementSummary;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The commissioner's view of outcome achievement across their organisation: figures only, no one's record; by
 * domain, arrangement, area, provider and contract, providers named in the reader's language.
 */
@Controller
class AchievementPages {

    private final AchievementSummary summary;
    private final OutcomeFrameworks frameworks;
    private final OrganisationDirectory organisations;

    AchievementPages(AchievementSummary summary, OutcomeFrameworks frameworks, OrganisationDirectory organisations) {
        this.summary = summary;
        this.frameworks = frameworks;
        this.organisations = organisations;
    }

    @GetMapping("/achievement")
    @PreAuthorize("hasAnyRole('COMMISSIONER', 'AUDITOR')")
    String achievement(@AuthenticationPrincipal CylchUser user, Locale locale, Model model) {
        var figures = summary.figures(user);
        model.addAttribute("byDomain", figures.byDomain());
        model.addAttribute("byArea", figures.byArea());
        model.addAttribute("byArrangement", figures.byArrangement());
        model.addAttribute("byProvider", figures.byProvider());
        model.addAttribute("byContract", figures.byContract());
        model.addAttribute("contractReferences", figures.contractReferences());
        Map<String, String> providerNames = new HashMap<>();
        organisations.byIds(figures.byProvider().stream().map(row -> OrganisationId.of(UUID.fromString(row.key())))
                .toList()).forEach((id, listed) -> providerNames.put(id.toString(), listed.nameIn(language(locale))));
        model.addAttribute("providerNames", providerNames);
        model.addAttribute("overdue", figures.overdueReviews());
        model.addAttribute("frameworks", frameworks);
        return "people/achievement";
    }

    private static String language(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? "cy" : "en";
    }
}
