package cymru.cylch.people.web;

import cymru.cylch.outcomes.OutcomeStatementClassifier;
import cymru.cylch.outcomes.StatementAdvice;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Care managers agree personal outcomes with a person, helped by the outcome statement helper as they type. When
 * the helper reads the words as an output, a process or an input, the form asks the worker to confirm them.
 */
@Controller
@RequestMapping("/people/{personId}/outcomes")
@PreAuthorize(PeoplePages.WRITERS)
class OutcomePages {

    private static final RuleFields RULES = RuleFields.firstField("statement")
            .field("outcome.confirm", "confirmedAsOutcome")
            .field("outcome.domain", "domain")
            .field("outcome.targetDate", "targetDay");

    private final PersonManagement people;
    private final OutcomePlanning planning;
    private final OutcomeStatementClassifier classifier;
    private final StatementAdvice advice;

    OutcomePages(PersonManagement people, OutcomePlanning planning, OutcomeStatementClassifier classifier,
                 StatementAdvice advice) {
        this.people = people;
        this.planning = planning;
        this.classifier = classifier;
        this.advice = advice;
    }

    @GetMapping("/new")
    String newOutcome(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, Model model,
                      Locale locale) {
        model.addAttribute("outcomeForm", OutcomeForm.blank());
        return form(user, personId, model, locale);
    }

    /**
     * The helper's verdict on the words as typed, with the confirmation when it is needed (htmx swaps it in beside
     * the words; a tick already given is kept). Reads nothing of the person's.
     */
    @GetMapping("/verdict")
    String verdict(@PathVariable UUID personId,
                   @RequestParam(name = "statement", defaultValue = "") String statement,
                   @RequestParam(name = "confirmedAsOutcome", defaultValue = "false") boolean confirmed,
                   Model model, Locale locale) {
        model.addAttribute("outcomeForm", OutcomeForm.typing(statement, confirmed));
        helper(statement, model, locale);
        return "people/outcome-form :: helper";
    }

    @PostMapping
    String agree(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                 @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect, Locale locale) {
        FormErrors.keep(model, "outcomeForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                planning.agree(user, personId, form.agreement(), form.confirmed());
                redirect.addFlashAttribute("notice", "outcome.agreed");
                return "redirect:/people/" + personId + "#outcomes";
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(user, personId, model, locale);
    }

    private String form(CylchUser user, UUID personId, Model model, Locale locale) {
        model.addAttribute("person", people.view(user, personId));
        // Only the framework of the organisation's own nation: Wales's, or England's ASCOF.
        model.addAttribute("framework", planning.framework(user));
        model.addAttribute("domains", planning.domainsFor(user));
        Object form = model.getAttribute("outcomeForm");
        helper(form instanceof OutcomeForm f && f.statement() != null ? f.statement() : "", model, locale);
        return "people/outcome-form";
    }

    /** The helper's advice on the words, and whether agreeing them needs the worker's confirmation. */
    private void helper(String statement, Model model, Locale locale) {
        boolean readable = !statement.isBlank() && statement.length() <= OutcomeForm.LONGEST_STATEMENT;
        if (readable) {
            model.addAttribute("advice", advice.advise(statement, locale));
        }
        model.addAttribute("confirmationNeeded", readable && classifier.classify(statement).notAnOutcome());
    }
}
