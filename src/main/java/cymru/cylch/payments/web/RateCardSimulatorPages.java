package cymru.cylch.payments.web;

import cymru.cylch.payments.InvalidRateCard;
import cymru.cylch.payments.RateCardFault;
import cymru.cylch.platform.web.ChangesNothing;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rate card simulator as a page: the API's JSON body in a box (issue 12's example to start from), and what the
 * card pays shown as tables. Every fault is listed in the error summary, in the reader's language; the box keeps
 * what was typed. A form with a row for each outcome and event was the alternative; one box of JSON is honest
 * about what the simulator takes and lets a finance officer paste what their own system sends.
 */
@Controller
@RequestMapping("/rate-cards/simulator")
@PreAuthorize(RateCardApi.SIMULATORS)
class RateCardSimulatorPages {

    private static final String FORM = "simulatorForm";
    private static final String PAGE = "payments/simulator";

    private final Simulator simulator;
    private final JsonMapper json;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    RateCardSimulatorPages(Simulator simulator, JsonMapper json, Validator validator,
                           MessageSource messages) {
        this.simulator = simulator;
        this.json = json;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    @GetMapping
    String simulator(Model model) {
        model.addAttribute(FORM, SimulatorForm.example());
        return PAGE;
    }

    /** Nothing is stored: the page may be sent any number of times. */
    @PostMapping
    @ChangesNothing
    String simulate(@Valid @ModelAttribute(FORM) SimulatorForm form, BindingResult errors, Model model,
                    Locale locale) {
        FormErrors.keep(model, FORM, form, errors);
        if (errors.hasErrors()) {
            return PAGE;
        }
        SimulationBody body = read(form.body());
        if (body == null) {
            errors.rejectValue("body", "payments.simulator.unreadable");
            return PAGE;
        }
        BindingResult invalid = new BeanPropertyBindingResult(body, "simulation");
        validator.validate(body, invalid);
        for (FieldError field : invalid.getFieldErrors()) {
            errors.rejectValue("body", "payments.simulator.field",
                    new Object[] {field.getField(), messages.getMessage(field, locale)}, null);
        }
        if (errors.hasErrors()) {
            return PAGE;
        }
        try {
            model.addAttribute("simulation", simulator.simulate(body, locale));
        } catch (InvalidRateCard e) {
            for (RateCardFault fault : e.faults()) {
                errors.rejectValue("body", fault.code(), simulator.written(fault.arguments()), null);
            }
        }
        return PAGE;
    }

    /** The box as a simulation body, or null when it is not one (not JSON, a number where a list should be). */
    private @Nullable SimulationBody read(String body) {
        try {
            return json.readValue(body, SimulationBody.class);
        } catch (JacksonException e) {
            return null;
        }
    }
}
