package cymru.cylch.measurement.web;

import cymru.cylch.measurement.FhirExport;
import cymru.cylch.platform.security.CylchUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One measurement as a FHIR R4 QuestionnaireResponse, for those who may read the person's measurements: a
 * download beside it on the person's measurements page, and the same through the API. Each is audited as an
 * export of the person's record and never cached.
 */
@RestController
@PreAuthorize(MeasurementPages.READERS)
@Tag(name = "Measurements")
class MeasurementFhirEndpoints {

    private final FhirExport fhir;

    MeasurementFhirEndpoints(FhirExport fhir) {
        this.fhir = fhir;
    }

    @GetMapping(value = "/api/v1/people/{personId}/measurements/{measurementId}/fhir",
            produces = {FhirExport.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One measurement of a person as a FHIR R4 QuestionnaireResponse to its instrument's "
            + "Questionnaire; 404 unless the caller's organisation holds the person and the measurement is theirs")
    ResponseEntity<String> response(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                                    @PathVariable UUID measurementId) {
        return FhirResponses.body(fhir.response(user, personId, measurementId));
    }

    @GetMapping("/people/{personId}/measurements/{measurementId}/fhir.json")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                                    @PathVariable UUID measurementId) {
        return FhirResponses.download(fhir.response(user, personId, measurementId));
    }
}
