package cymru.cylch.measurement.web;

import cymru.cylch.measurement.FhirExport;
import cymru.cylch.measurement.FhirExport.FhirDocument;
import cymru.cylch.platform.documents.Downloads;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A FHIR resource as the API answers it (the body itself) and as a page offers it (a file to save). */
final class FhirResponses {

    static final MediaType FHIR_JSON = new MediaType(MediaType.parseMediaType(FhirExport.MEDIA_TYPE),
            StandardCharsets.UTF_8);

    private FhirResponses() {
    }

    static ResponseEntity<String> body(FhirDocument document) {
        return ResponseEntity.ok().contentType(FHIR_JSON).cacheControl(CacheControl.noStore()).body(document.json());
    }

    static ResponseEntity<byte[]> download(FhirDocument document) {
        return Downloads.attachment(document.fileName(), FHIR_JSON, document.json().getBytes(StandardCharsets.UTF_8));
    }
}
