package cymru.cylch.measurement.web;

import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.ItemType;
import cymru.cylch.measurement.LocalInstruments;
import cymru.cylch.measurement.Wording;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
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
 * Administrators making their organisation's own instruments and revising them (each save a new version), with
 * the form shown again, errors and all, until it describes a valid instrument.
 */
@Controller
@RequestMapping("/instruments")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class LocalInstrumentPages {

    private static final RuleFields RULES = RuleFields.firstField("code")
            .field("localInstrument.changedMeanwhile", "basedOnVersion")
            .field("localInstrument.revise.structure", "answerType");

    private static final String FORM = "localInstrumentForm";

    private final LocalInstruments local;
    private final MessageSource messages;

    LocalInstrumentPages(LocalInstruments local, MessageSource messages) {
        this.local = local;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newInstrument(Model model) {
        model.addAttribute(FORM, LocalInstrumentForm.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute(FORM) LocalInstrumentForm form,
                  BindingResult errors, @RequestParam(required = false) @Nullable String more, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        if (more != null) {
            return withMoreQuestions(form, model, null);
        }
        Optional<InstrumentDefinition> draft = form.definition(errors, this::inBothLanguages);
        if (draft.isPresent()) {
            try {
                InstrumentDefinition made = local.create(user, draft.get());
                redirect.addFlashAttribute("notice", "localInstrument.created");
                return "redirect:/instruments/" + made.code();
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{code}/revise")
    String revision(@AuthenticationPrincipal CylchUser user, @PathVariable String code, Model model) {
        InstrumentDefinition latest = ownInstrument(user, code);
        model.addAttribute(FORM, LocalInstrumentForm.revising(latest));
        return form(model, latest);
    }

    @PostMapping("/{code}/revise")
    String revise(@AuthenticationPrincipal CylchUser user, @PathVariable String code,
                  @Valid @ModelAttribute(FORM) LocalInstrumentForm form, BindingResult errors,
                  @RequestParam(required = false) @Nullable String more, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        InstrumentDefinition latest = ownInstrument(user, code);
        if (more != null) {
            return withMoreQuestions(form, model, latest);
        }
        Optional<InstrumentDefinition> draft = form.definition(errors, this::inBothLanguages);
        if (draft.isPresent()) {
            try {
                local.revise(user, code, form.basedOnVersion(), draft.get());
                redirect.addFlashAttribute("notice", "localInstrument.revised");
                return "redirect:/instruments/" + code;
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
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

    /** Wording Cylch supplies (a score's name, yes and no), in both languages, whichever the administrator uses. */
    private Wording inBothLanguages(String key) {
        return new Wording(messages.getMessage(key, null, Locale.ENGLISH),
                messages.getMessage(key, null, Locale.forLanguageTag("cy")));
    }
}
