package cymru.cylch.people.web;

import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.people.AchievementSummary;
import cymru.cylch.platform.security.CylchUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The commissioner's view of outcome achievement across their organisation: figures only, no one's record. */
@Controller
class AchievementPages {

    private final AchievementSummary summary;
    private final OutcomeFrameworks frameworks;

    AchievementPages(AchievementSummary summary, OutcomeFrameworks frameworks) {
        this.summary = summary;
        this.frameworks = frameworks;
    }

    @GetMapping("/achievement")
    @PreAuthorize("hasAnyRole('COMMISSIONER', 'AUDITOR')")
    String achievement(@AuthenticationPrincipal CylchUser user, Model model) {
        var figures = summary.figures(user);
        model.addAttribute("byDomain", figures.byDomain());
        model.addAttribute("byArea", figures.byArea());
        model.addAttribute("byArrangement", figures.byArrangement());
        model.addAttribute("overdue", figures.overdueReviews());
        model.addAttribute("frameworks", frameworks);
        return "people/achievement";
    }
}
