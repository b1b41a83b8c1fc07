package cymru.cylch.measurement.web;

import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.ItemType;
import cymru.cylch.measurement.LocalInstruments;
import cymru.cylch.measurement.Measurements;
import cymru.cylch.measurement.ScoreMethod;
import cymru.cylch.measurement.Wording;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RecordNotFoundException;
import cymru.cylch.platform.web.RuleViolationException;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
 * The instruments an organisation can score, for administrators above all: each one's licence terms (some need
 * registration with their owners before use), its source, its questions and how its scores are worked out; and
 * the organisation's own instruments, which its administrators make and revise here.
 */
@Controller
@RequestMapping("/instruments")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COMMISSIONER', 'CARE_MANAGER', 'AUDITOR')")
class InstrumentPages {

    private static final String FORM = "localInstrumentForm";
    private static final String ADMINISTRATORS = "hasRole('ADMINISTRATOR')";

    private final Measurements measurements;
    private final LocalInstruments local;
    private final MessageSource messages;

    InstrumentPages(Measurements measurements, LocalInstruments local, MessageSource messages) {
        this.measurements = measurements;
        this.local = local;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("instruments", measurements.instruments(user));
        model.addAttribute("measurements", measurements);
        model.addAttribute("mayMake", user.hasRole(Role.ADMINISTRATOR));
        return "measurement/instruments";
    }

    @GetMapping("/{code}")
    String view(@AuthenticationPrincipal CylchUser user, @PathVariable String code, Model model) {
        model.addAttribute("instrument", measurements.instrument(user, code)
                .orElseThrow(() -> new RecordNotFoundException("instrument", code)));
        model.addAttribute("local", !measurements.shipped(code));
        model.addAttribute("mayMake", user.hasRole(Role.ADMINISTRATOR));
        return "measurement/instrument";
    }

    @GetMapping("/new")
    @PreAuthorize(ADMINISTRATORS)
    String newInstrument(Model model) {
        model.addAttribute(FORM, LocalInstrumentForm.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(ADMINISTRATORS)
    String create(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute(FORM) LocalInstrumentForm form,
                  BindingResult errors, @RequestParam(required = false) @Nullable String more, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        if (more != null) {
            return withMoreQuestions(form, model, null);
        }
        Optional<InstrumentDefinition> draft = form.definition(errors, scoreName(form.scoreMethod()));
        if (draft.isPresent()) {
            try {
                InstrumentDefinition made = local.create(user, draft.get());
                redirect.addFlashAttribute("notice", "localInstrument.created");
                return "redirect:/instruments/" + made.code();
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, rule.field(), rule.messageKey());
            }
        }
        return form(model, null);
    }

    @GetMapping("/{code}/revise")
    @PreAuthorize(ADMINISTRATORS)
    String revision(@AuthenticationPrincipal CylchUser user, @PathVariable String code, Model model) {
        InstrumentDefinition latest = ownInstrument(user, code);
        model.addAttribute(FORM, LocalInstrumentForm.revising(latest));
        return form(model, latest);
    }

    @PostMapping("/{code}/revise")
    @PreAuthorize(ADMINISTRATORS)
    String revise(@AuthenticationPrincipal CylchUser user, @PathVariable String code,
                  @Valid @ModelAttribute(FORM) LocalInstrumentForm form, BindingResult errors,
                  @RequestParam(required = false) @Nullable String more, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        InstrumentDefinition latest = ownInstrument(user, code);
        if (more != null) {
            return withMoreQuestions(form, model, latest);
        }
        Optional<InstrumentDefinition> draft = form.definition(errors, scoreName(form.scoreMethod()));
        if (draft.isPresent()) {
            try {
                local.revise(user, code, form.basedOnVersion(), draft.get());
                redirect.addFlashAttribute("notice", "localInstrument.revised");
                return "redirect:/instruments/" + code;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, rule.field(), rule.messageKey());
            }
        }
        return form(model, latest);
    }

    private InstrumentDefinition ownInstrument(CylchUser user, String code) {
        return local.of(user).stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("instrument", code));
    }

    /** The form again with more blank questions, and no errors: the administrator has not finished. */
    private String withMoreQuestions(LocalInstrumentForm form, Model model,
                                     @Nullable InstrumentDefinition revising) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + FORM);
        model.addAttribute(FORM, form.withMoreQuestions());
        return form(model, revising);
    }

    private String form(Model model, @Nullable InstrumentDefinition revising) {
        model.addAttribute("revising", revising);
        model.addAttribute("answerTypes", ItemType.values());
        model.addAttribute("methods", LocalInstrumentForm.METHODS);
        model.addAttribute("mostQuestions", LocalInstrumentForm.MAX_QUESTIONS);
        return "measurement/instrument-form";
    }

    /** What the score is called, in both languages, whichever language the administrator works in. */
    private Wording scoreName(@Nullable ScoreMethod method) {
        String key = "localInstrument.scoreName." + (method == null ? ScoreMethod.SUM : method);
        return new Wording(messages.getMessage(key, null, Locale.ENGLISH),
                messages.getMessage(key, null, Locale.forLanguageTag("cy")));
    }
}
