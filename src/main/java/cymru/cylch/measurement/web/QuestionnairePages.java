package cymru.cylch.measurement.web;

import cymru.cylch.measurement.InvalidAnswers;
import cymru.cylch.measurement.LinkUnusable;
import cymru.cylch.measurement.SelfCompletion;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.web.RuleFields;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire a self-completion link opens, for the person or their carer, without an account: the
 * link's secret is the only key. It opens in the link's language (and can be switched); it shows nothing about
 * whose it is; answers are checked, then stored and the link used up together; a used, expired or unknown link
 * gets a plain page saying so.
 */
@Controller
@RequestMapping("/public/questionnaires/{secret}")
@PreAuthorize("permitAll()")
class QuestionnairePages {

    private static final RuleFields RULES = RuleFields.firstField("answers")
            .fieldOfPart("measurement.answers", item -> "answers[" + item + "]");

    private final SelfCompletion selfCompletion;

    QuestionnairePages(SelfCompletion selfCompletion) {
        this.selfCompletion = selfCompletion;
    }

    /** The answers as typed, by item code. */
    record QuestionnaireForm(Map<String, String> answers) {
        QuestionnaireForm {
            answers = answers == null ? new HashMap<>() : answers;
        }
    }

    @GetMapping
    String open(@PathVariable String secret, @RequestParam(name = "lang", required = false) @Nullable String lang,
                Model model, HttpServletResponse response) {
        var questionnaire = SystemScope.call(() -> selfCompletion.open(secret));
        if (lang == null) {
            // Through the language switch, so the whole page (and the next) is in the link's language.
            return "redirect:/public/questionnaires/" + secret + "?lang=" + questionnaire.language();
        }
        model.addAttribute("questionnaireForm", new QuestionnaireForm(new HashMap<>()));
        return page(secret, questionnaire, model, response);
    }

    @PostMapping
    String complete(@PathVariable String secret, @ModelAttribute("questionnaireForm") QuestionnaireForm form,
                    BindingResult errors, Model model, HttpServletResponse response) {
        FormErrors.keep(model, "questionnaireForm", form, errors);
        var questionnaire = SystemScope.call(() -> selfCompletion.open(secret));
        TypedAnswers.validate(form.answers(), questionnaire.instrument(), errors);
        if (!errors.hasErrors()) {
            try {
                SystemScope.run(() -> selfCompletion.complete(secret,
                        TypedAnswers.numbers(form.answers(), questionnaire.instrument())));
                noStore(response);
                return "measurement/questionnaire-done";
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            } catch (InvalidAnswers invalid) {
                invalid.problems().forEach(p -> FormErrors.reject(errors, TypedAnswers.field(p.item()),
                        p.messageKey() + ".field"));
            }
        }
        return page(secret, questionnaire, model, response);
    }

    @ExceptionHandler(LinkUnusable.class)
    String unusable(LinkUnusable e, Model model, HttpServletResponse response) {
        response.setStatus(e.reason() == LinkUnusable.Reason.UNKNOWN ? HttpStatus.NOT_FOUND.value()
                : HttpStatus.GONE.value());
        noStore(response);
        model.addAttribute("reason", e.reason().name());
        return "measurement/questionnaire-unusable";
    }

    private static String page(String secret, SelfCompletion.Questionnaire questionnaire, Model model,
                               HttpServletResponse response) {
        noStore(response);
        model.addAttribute("secret", secret);
        model.addAttribute("instrument", questionnaire.instrument());
        model.addAttribute("mode", questionnaire.mode().name());
        return "measurement/questionnaire";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
