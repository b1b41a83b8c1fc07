package cymru.cylch.measurement.web;

import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.InvalidAnswers;
import cymru.cylch.measurement.Measurement;
import cymru.cylch.measurement.Measurements;
import cymru.cylch.measurement.NewMeasurement;
import cymru.cylch.measurement.ScoreChange;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the measurement pages show and do, whoever reads them: the council's workers on the person's record, or a
 * provider's users on the people it supports. The page says where it lives ({@code measurementsPath}), whose
 * measurements they are, and what the reader may do there.
 */
@Component
class MeasurementViews {

    static final RuleFields RULES = RuleFields.firstField("administeredDay")
            .field("measurement.outcome", "outcomeId")
            .fieldOfPart("measurement.answers", item -> "answers[" + item + "]");

    private final Measurements measurements;
    private final OrganisationDirectory organisations;

    MeasurementViews(Measurements measurements, OrganisationDirectory organisations) {
        this.measurements = measurements;
        this.organisations = organisations;
    }

    /** One instrument's history for the page: the definition, the measurements, the distance travelled. */
    record History(InstrumentDefinition instrument, List<Measurement> taken, List<ScoreChange> changes) {
    }

    /** Where the pages are, whose they are, and what the reader may do on them. */
    record Place(String measurementsPath, String personPath, @Nullable String personName, boolean mayRecord,
                 boolean mayLink, boolean mayDownload) {

        void into(Model model) {
            model.addAttribute("measurementsPath", measurementsPath);
            model.addAttribute("personPath", personPath);
            model.addAttribute("personName", personName);
            model.addAttribute("mayRecord", mayRecord);
            model.addAttribute("mayLink", mayLink);
            model.addAttribute("mayDownload", mayDownload);
        }
    }

    /** The list page: every instrument's history, and who recorded what through a grant. */
    String list(CylchUser user, UUID personId, List<Measurement> all, Place place, Model model) {
        place.into(model);
        var instruments = measurements.instruments(user);
        model.addAttribute("histories", instruments.stream()
                .map(i -> new History(i, all.stream().filter(m -> m.instrument().equals(i.code())).toList(),
                        Measurements.distanceTravelled(i, all)))
                .filter(h -> !h.taken().isEmpty()).toList());
        model.addAttribute("instruments", instruments);
        Map<UUID, UUID> elsewhere = measurements.recordedElsewhere(personId);
        // The organisation that recorded each, named on the page in its language.
        Map<UUID, ListedOrganisation> recorders = new HashMap<>();
        var listed = organisations.byIds(elsewhere.values().stream().map(OrganisationId::of).toList());
        elsewhere.forEach((measurement, organisation) -> {
            var entry = listed.get(OrganisationId.of(organisation));
            if (entry != null) {
                recorders.put(measurement, entry);
            }
        });
        model.addAttribute("recordedBy", recorders);
        return "measurement/list";
    }

    /** The form page for one instrument. */
    String form(CylchUser user, String instrument, List<?> outcomes, Place place, Model model) {
        place.into(model);
        model.addAttribute("instrument", definition(user, instrument));
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("modes", AdministrationMode.values());
        return "measurement/form";
    }

    /**
     * Checks and records the form with {@code record}; whether it was recorded. Broken rules and bad answers go
     * beside their fields.
     */
    boolean record(CylchUser user, MeasurementForm form, BindingResult errors,
                   Consumer<NewMeasurement> record) {
        InstrumentDefinition instrument = definition(user, form.instrument());
        form.validate(errors, instrument);
        if (errors.hasErrors()) {
            return false;
        }
        try {
            record.accept(form.measurement(instrument));
            return true;
        } catch (RuleViolationException rule) {
            RULES.reject(errors, rule);
        } catch (InvalidAnswers invalid) {
            invalid.problems().forEach(p -> FormErrors.reject(errors, TypedAnswers.field(p.item()),
                    p.messageKey() + ".field"));
        }
        return false;
    }

    InstrumentDefinition definition(CylchUser user, String code) {
        return measurements.instrument(user, code).orElseThrow(() -> new RecordNotFoundException("instrument", code));
    }
}
