package cymru.cylch.people.web;

import cymru.cylch.people.Caseload;
import cymru.cylch.people.CaseloadEntry;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A care manager's own caseload: who needs a review soon, who is overdue, whose outcomes are at risk. */
@Controller
class CaseloadPages {

    private final Caseload caseload;
    private final Today today;

    CaseloadPages(Caseload caseload, Today today) {
        this.caseload = caseload;
        this.today = today;
    }

    @GetMapping("/caseload")
    @PreAuthorize(PeoplePages.WRITERS)
    String caseload(@AuthenticationPrincipal CylchUser user, Model model) {
        var entries = caseload.of(user);
        LocalDate soon = today.date().plusDays(30);
        model.addAttribute("entries", entries);
        model.addAttribute("overdue", entries.stream().filter(CaseloadEntry::overdue).count());
        model.addAttribute("dueSoon", entries.stream().filter(e -> !e.overdue() && e.nextReviewDue() != null
                && !e.nextReviewDue().isAfter(soon)).count());
        model.addAttribute("atRisk", entries.stream().mapToLong(CaseloadEntry::atRisk).sum());
        return "people/caseload";
    }
}
