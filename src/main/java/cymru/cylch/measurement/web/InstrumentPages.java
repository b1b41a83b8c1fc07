package cymru.cylch.measurement.web;

import cymru.cylch.measurement.FhirExport;
import cymru.cylch.measurement.Measurements;
import cymru.cylch.platform.web.RecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The instruments Cylch can score, for administrators above all: each one's licence terms (some need
 * registration with their owners before use), its source, its questions and how its scores are worked out.
 */
@Controller
@RequestMapping("/instruments")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COMMISSIONER', 'CARE_MANAGER', 'AUDITOR')")
class InstrumentPages {

    private final Measurements measurements;
    private final FhirExport fhir;

    InstrumentPages(Measurements measurements, FhirExport fhir) {
        this.measurements = measurements;
        this.fhir = fhir;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("instruments", measurements.instruments());
        return "measurement/instruments";
    }

    @GetMapping("/{code}")
    String view(@PathVariable String code, Model model) {
        model.addAttribute("instrument", measurements.instrument(code)
                .orElseThrow(() -> new RecordNotFoundException("instrument", code)));
        return "measurement/instrument";
    }

    /** The instrument as a FHIR Questionnaire, to save and load into another system. */
    @GetMapping("/{code}/fhir.json")
    ResponseEntity<byte[]> questionnaire(@PathVariable String code) {
        return FhirResponses.download(fhir.questionnaire(code));
    }
}
