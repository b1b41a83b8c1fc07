package cymru.cylch.monitoring.web;

import cymru.cylch.contracts.Contract;
import cymru.cylch.monitoring.IssueStatus;
import cymru.cylch.monitoring.PerformanceIssue;
import cymru.cylch.monitoring.PerformanceIssues;
import cymru.cylch.monitoring.PerformanceSanctions;
import cymru.cylch.monitoring.SanctionKind;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one performance issue, for the council's readers and the provider's users: what it is about, the
 * route suggested and chosen, the plan, the sanctions and the history, and the forms for the steps the reader may
 * take now. A form sent back with errors is already in the model and is kept.
 */
@Component
class IssuePage {

    static final String VIEW = "monitoring/performance-issue";
    static final List<String> STEP_FORMS = List.of("routeForm", "responseForm", "agreeForm", "disputeForm",
            "doneForm", "reviewForm", "varyForm", "escalateForm", "resolveForm", "closeForm");
    static final Map<SanctionKind, String> SANCTION_FORMS = Map.of(SanctionKind.DEFAULT_NOTICE, "noticeForm",
            SanctionKind.DEDUCTION, "deductionForm", SanctionKind.SUSPENSION, "suspensionForm",
            SanctionKind.TERMINATION, "terminationForm");

    private final PerformanceIssues issues;
    private final PerformanceSanctions sanctions;
    private final SubjectNames names;

    IssuePage(PerformanceIssues issues, PerformanceSanctions sanctions, SubjectNames names) {
        this.issues = issues;
        this.sanctions = sanctions;
        this.names = names;
    }

    String show(CylchUser user, UUID id, Model model, Locale locale) {
        PerformanceIssue issue = issues.issue(user, id);
        boolean council = issues.readsCouncilIssues(user);
        boolean commissioner = council && user.hasRole(Role.COMMISSIONER);
        model.addAttribute("issue", issue);
        model.addAttribute("council", council);
        model.addAttribute("commissioner", commissioner && !issue.status().ended());
        model.addAttribute("providerSide", !council && !issue.status().ended());
        model.addAttribute("names", names.organisations(List.of(issue.council(), issue.provider()),
                locale.getLanguage()));
        Contract under = issues.contractOf(user, issue).orElse(null);
        model.addAttribute("contract", under);
        model.addAttribute("history", issues.history(user, issue));
        model.addAttribute("sanctions", issues.sanctions(user, issue));
        model.addAttribute("deductions", sanctions.deductionsOf(user, issue));
        // A pending deduction can be withdrawn after the issue is resolved or terminated: neither cancels it.
        model.addAttribute("withdraws", commissioner);
        model.addAttribute("escalated", issue.status() == IssueStatus.ESCALATED);
        model.addAttribute("sanctionKinds", Arrays.stream(SanctionKind.values()).filter(k -> k.possibleUnder(under))
                .map(Enum::name).toList());
        STEP_FORMS.forEach(name -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, StepForm.at(issue.version()));
            }
        });
        SANCTION_FORMS.forEach((kind, name) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, SanctionForm.at(issue.version(), kind));
            }
        });
        if (!model.containsAttribute("capForm")) {
            model.addAttribute("capForm", CapForm.of(issue));
        }
        return VIEW;
    }
}
