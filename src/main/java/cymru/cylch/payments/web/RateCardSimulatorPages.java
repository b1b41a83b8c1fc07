package cymru.cylch.payments.web;

import cymru.cylch.payments.InvalidRateCard;
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
    private final JsonBoxes boxes;

    RateCardSimulatorPages(Simulator simulator, JsonBoxes boxes) {
        this.simulator = simulator;
        this.boxes = boxes;
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
        SimulationBody body = boxes.read(form.body(), SimulationBody.class, "body", errors, locale);
        if (body == null) {
            return PAGE;
        }
        try {
            model.addAttribute("simulation", simulator.simulate(body, locale));
        } catch (InvalidRateCard e) {
            boxes.reject(e, "body", errors);
        }
        return PAGE;
    }
}
