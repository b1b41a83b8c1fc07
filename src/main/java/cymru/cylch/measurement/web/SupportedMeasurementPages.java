package cymru.cylch.measurement.web;

import cymru.cylch.measurement.Measurements;
import cymru.cylch.people.GrantedPeople;
import cymru.cylch.people.GrantedPerson;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
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
 * The measurements of a person a provider supports, through an access grant in force today that includes them:
 * read by the provider's users and administrators, recorded by its provider users. The measurements are the
 * council's record; each one a provider records names it. Without such a grant the person is not found.
 */
@Controller
@RequestMapping("/supported-people/{personId}/measurements")
class SupportedMeasurementPages {

    static final String READERS = "hasAnyRole('PROVIDER_USER', 'ADMINISTRATOR')"
            + " and principal.organisation().organisationKind() == 'PROVIDER'";
    static final String WRITERS = "hasRole('PROVIDER_USER')";

    private final Measurements measurements;
    private final GrantedPeople granted;
    private final MeasurementViews views;
    private final Today today;

    SupportedMeasurementPages(Measurements measurements, GrantedPeople granted, MeasurementViews views,
                              Today today) {
        this.measurements = measurements;
        this.granted = granted;
        this.views = views;
        this.today = today;
    }

    @GetMapping
    @PreAuthorize(READERS)
    String list(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, Model model) {
        var all = measurements.ofGranted(user, personId);
        return views.list(user, personId, all, place(user, granted.view(user, personId)), model);
    }

    @GetMapping("/new")
    @PreAuthorize(WRITERS)
    String newMeasurement(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                          @RequestParam String instrument, Model model) {
        measurements.ofGranted(user, personId);
        model.addAttribute("measurementForm", MeasurementForm.blank(instrument, today.date()));
        return form(user, personId, instrument, model);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    String record(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                  @Valid @ModelAttribute("measurementForm") MeasurementForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        measurements.ofGranted(user, personId);
        FormErrors.keep(model, "measurementForm", form, errors);
        if (views.record(user, form, errors, m -> measurements.recordThroughGrant(user, personId, m))) {
            redirect.addFlashAttribute("notice", "measurement.recorded");
            return "redirect:/supported-people/" + personId + "/measurements";
        }
        return form(user, personId, form.instrument(), model);
    }

    private String form(CylchUser user, UUID personId, String instrument, Model model) {
        GrantedPerson person = granted.view(user, personId);
        return views.form(user, instrument, person.outcomes(), place(user, person), model);
    }

    private static MeasurementViews.Place place(CylchUser user, GrantedPerson person) {
        GrantedPerson.Profile profile = person.profile();
        boolean records = user.hasRole(Role.PROVIDER_USER) && (profile == null || profile.dateOfDeath() == null);
        return new MeasurementViews.Place("/supported-people/" + person.id() + "/measurements",
                "/supported-people/" + person.id(),
                profile == null ? null : profile.givenName() + " " + profile.familyName(), records, false, false);
    }
}
