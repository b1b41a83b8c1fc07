package cymru.cylch.measurement.web;

import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.Measurements;
import cymru.cylch.measurement.SelfCompletion;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.Person;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A person's measurements: each instrument's scores over time with a chart, and the distance travelled; care
 * managers record a new one with the person. Readers are those who may read the person's record.
 */
@Controller
@RequestMapping("/people/{personId}/measurements")
class MeasurementPages {

    static final String READERS = "hasAnyRole('CARE_MANAGER', 'BROKER', 'AUDITOR')";
    static final String WRITERS = "hasRole('CARE_MANAGER')";

    private final PersonManagement people;
    private final OutcomePlanning outcomes;
    private final Measurements measurements;
    private final MeasurementViews views;
    private final SelfCompletion selfCompletion;
    private final Today today;

    MeasurementPages(PersonManagement people, OutcomePlanning outcomes, Measurements measurements,
                     MeasurementViews views, SelfCompletion selfCompletion, Today today) {
        this.people = people;
        this.outcomes = outcomes;
        this.measurements = measurements;
        this.views = views;
        this.selfCompletion = selfCompletion;
        this.today = today;
    }

    @GetMapping
    @PreAuthorize(READERS)
    String list(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, Model model) {
        var person = people.view(user, personId);
        model.addAttribute("linkForm", new LinkForm("", AdministrationMode.SELF,
                person.preferredLanguage().name().toLowerCase(Locale.ROOT)));
        return list(user, person, model);
    }

    private String list(CylchUser user, Person person, Model model) {
        model.addAttribute("linkModes", List.of(AdministrationMode.SELF, AdministrationMode.CARER));
        return views.list(user, person.id(), measurements.of(user, person.id()), place(user, person), model);
    }

    private static MeasurementViews.Place place(CylchUser user, Person person) {
        boolean records = user.hasRole(Role.CARE_MANAGER) && !person.died();
        return new MeasurementViews.Place("/people/" + person.id() + "/measurements", "/people/" + person.id(),
                person.fullName(), records, records, true);
    }
    /**
     * The measurements linked to one outcome as its indicator, with their scores: shown beside the rating on the
     * review form (loaded there by htmx), or as a page of its own.
     */
    @GetMapping("/evidence")
    @PreAuthorize(READERS)
    String evidence(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                    @RequestParam UUID outcome, @RequestHeader(name = "HX-Request", required = false)
                    @Nullable String htmx, Model model) {
        // On its own the page shows whose record it is, so it is a view; inside the review form it is not another.
        model.addAttribute("person", htmx == null ? people.view(user, personId) : people.held(user, personId));
        model.addAttribute("linked", measurements.of(user, personId).stream()
                .filter(m -> outcome.equals(m.outcomeId())).toList());
        model.addAttribute("definitions", measurements.instruments(user).stream()
                .collect(Collectors.toMap(InstrumentDefinition::code, i -> i)));
        return htmx == null ? "measurement/evidence-page" : "measurement/evidence :: evidence";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITERS)
    String newMeasurement(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                          @RequestParam String instrument, Model model) {
        model.addAttribute("measurementForm", MeasurementForm.blank(instrument, today.date()));
        return form(user, personId, instrument, model);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    String record(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                  @Valid @ModelAttribute("measurementForm") MeasurementForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, "measurementForm", form, errors);
        if (views.record(user, form, errors, m -> measurements.record(user, personId, m))) {
            redirect.addFlashAttribute("notice", "measurement.recorded");
            return "redirect:/people/" + personId + "/measurements";
        }
        return form(user, personId, form.instrument(), model);
    }

    /** Issuing a self-completion link: which instrument, for the person or a carer, in which language. */
    record LinkForm(@NotBlank String instrument, @NotNull @Nullable AdministrationMode mode,
                    @NotBlank @Pattern(regexp = "en|cy") String language) {
    }

    @PostMapping("/links")
    @PreAuthorize(WRITERS)
    String issueLink(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                     @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult errors, Model model) {
        FormErrors.keep(model, "linkForm", form, errors);
        if (form.mode() == AdministrationMode.WITH_WORKER) {
            FormErrors.reject(errors, "mode", "measurement.link.mode");
        }
        if (measurements.instrument(user, form.instrument()).isEmpty()) {
            FormErrors.reject(errors, "instrument", "measurement.link.instrument");
        }
        if (errors.hasErrors()) {
            return list(user, people.view(user, personId), model);
        }
        var issued = selfCompletion.issue(user, personId, definition(user, form.instrument()).code(), form.mode(),
                form.language());
        model.addAttribute("person", people.view(user, personId));
        model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/public/questionnaires/{secret}").buildAndExpand(issued.secret()).toUriString());
        model.addAttribute("expiresAt", issued.expiresAt());
        model.addAttribute("instrument", definition(user, form.instrument()));
        return "measurement/link-issued";
    }

    private String form(CylchUser user, UUID personId, String instrument, Model model) {
        Person person = people.view(user, personId);
        return views.form(user, instrument, outcomes.outcomesOf(user, personId), place(user, person), model);
    }

    private InstrumentDefinition definition(CylchUser user, String code) {
        return views.definition(user, code);
    }
}
