package cymru.cylch.outcomes.web;

import cymru.cylch.outcomes.StatementAdvice;
import cymru.cylch.platform.web.ChangesNothing;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outcome statement checker: type an objective, see whether it reads as an outcome and how to make it one.
 * With htmx the verdict updates as you type; without JavaScript the form posts and the page shows it.
 */
@Controller
@RequestMapping("/outcome-statements")
@PreAuthorize("isAuthenticated()")
class OutcomeStatementPages {

    private final StatementAdvice advice;

    OutcomeStatementPages(StatementAdvice advice) {
        this.advice = advice;
    }

    @GetMapping
    String checker(Model model) {
        model.addAttribute("statementCheck", StatementCheck.empty());
        return "outcomes/checker";
    }

    /** Just the verdict, for the helper beside any outcome being written (htmx swaps it in). */
    @GetMapping("/verdict")
    String verdict(@RequestParam(name = "statement", defaultValue = "") String statement, Model model,
                   Locale locale) {
        if (!statement.isBlank() && statement.length() <= 2000) {
            model.addAttribute("advice", advice.advise(statement, locale));
        }
        return "outcomes/verdict :: verdict";
    }

    /** Advice only, stored nowhere: htmx posts it at every pause in typing, so it needs no form token. */
    @PostMapping
    @ChangesNothing
    String check(@Valid @ModelAttribute("statementCheck") StatementCheck check, BindingResult errors, Model model,
                 Locale locale) {
        FormErrors.keep(model, "statementCheck", check, errors);
        if (!errors.hasErrors()) {
            model.addAttribute("advice", advice.advise(check.text(), locale));
        }
        return "outcomes/checker";
    }
}
