package cymru.cylch.outcomes.web;

import cymru.cylch.outcomes.StatementAdvice;
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

    @PostMapping
    String check(@Valid @ModelAttribute("statementCheck") StatementCheck check, BindingResult errors, Model model,
                 Locale locale) {
        if (!errors.hasErrors()) {
            model.addAttribute("advice", advice.advise(check.text(), locale));
        }
        return "outcomes/checker";
    }
}
