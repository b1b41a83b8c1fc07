package cymru.cylch.measurement.web;

import cymru.cylch.measurement.FhirExport;
import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.LocalInstruments;
import cymru.cylch.measurement.Measurements;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The instruments an organisation can score, for administrators above all: each one's licence terms (some need
 * registration with their owners before use), its source, its questions and how its scores are worked out, and
 * its FHIR Questionnaire. The organisation's own are marked; administrators make them ({@link LocalInstrumentPages}).
 */
@Controller
@RequestMapping("/instruments")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COMMISSIONER', 'CARE_MANAGER', 'AUDITOR')")
class InstrumentPages {

    private final Measurements measurements;
    private final LocalInstruments local;
    private final FhirExport fhir;

    InstrumentPages(Measurements measurements, LocalInstruments local, FhirExport fhir) {
        this.measurements = measurements;
        this.local = local;
        this.fhir = fhir;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("instruments", measurements.instruments(user));
        model.addAttribute("ownCodes", local.of(user).stream().map(InstrumentDefinition::code)
                .collect(Collectors.toSet()));
        model.addAttribute("mayMake", user.hasRole(Role.ADMINISTRATOR));
        return "measurement/instruments";
    }

    @GetMapping("/{code}")
    String view(@AuthenticationPrincipal CylchUser user, @PathVariable String code, Model model) {
        model.addAttribute("instrument", measurements.instrument(user, code)
                .orElseThrow(() -> new RecordNotFoundException("instrument", code)));
        model.addAttribute("local", measurements.isOwn(user, code));
        model.addAttribute("mayMake", user.hasRole(Role.ADMINISTRATOR));
        return "measurement/instrument";
    }

    /** The instrument as a FHIR Questionnaire, to save and load into another system. */
    @GetMapping("/{code}/fhir.json")
    ResponseEntity<byte[]> questionnaire(@AuthenticationPrincipal CylchUser user, @PathVariable String code) {
        return FhirResponses.download(fhir.questionnaire(user, code));
    }
}
