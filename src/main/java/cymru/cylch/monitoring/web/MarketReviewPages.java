package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.FunnelPlot;
import cymru.cylch.monitoring.MarketReview;
import cymru.cylch.monitoring.ProviderRisks;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The market performance review on one page, for the council's commissioners and auditors. */
@Controller
class MarketReviewPages {

    private final MarketReview review;
    private final SubjectNames names;

    MarketReviewPages(MarketReview review, SubjectNames names) {
        this.review = review;
        this.names = names;
    }

    @GetMapping("/market-review")
    @PreAuthorize("hasAnyRole('COMMISSIONER', 'AUDITOR')")
    String review(@AuthenticationPrincipal CylchUser user, Model model, Locale locale) {
        MarketReview.Review shown = review.of(user);
        List<OrganisationId> named = new ArrayList<>(Stream.concat(
                shown.outcomes().points().stream().map(p -> OrganisationId.of(UUID.fromString(p.key()))),
                shown.risks().stream().map(ProviderRisks.Assessment::provider)).distinct().toList());
        shown.spend().providers().forEach(p -> named.add(p.provider()));
        model.addAttribute("review", shown);
        model.addAttribute("names", names.organisations(named.stream().distinct().toList(), locale.getLanguage()));
        model.addAttribute("outsideLimits", shown.outcomes().points().stream()
                .filter(p -> p.band() == FunnelPlot.Band.ABOVE_99_8 || p.band() == FunnelPlot.Band.BELOW_99_8)
                .count());
        model.addAttribute("language", locale.getLanguage());
        return "monitoring/market-review";
    }
}
