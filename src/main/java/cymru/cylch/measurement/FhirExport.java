package cymru.cylch.measurement;

import ca.uhn.fhir.context.FhirContext;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import java.util.Locale;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instruments and measurements for other health and care systems, as FHIR R4 JSON: an instrument as a
 * Questionnaire, a measurement as a QuestionnaireResponse to it. A response is part of the person's record, so
 * exporting one is audited as an export of that record, as printing their plan is.
 */
@Service
public class FhirExport {

    /** The media type FHIR gives its JSON format. */
    public static final String MEDIA_TYPE = "application/fhir+json";

    private final Measurements measurements;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ObjectProvider<FhirContext> fhir;

    FhirExport(Measurements measurements, AuditLog audit, MessageSource messages, ObjectProvider<FhirContext> fhir) {
        this.measurements = measurements;
        this.audit = audit;
        this.messages = messages;
        this.fhir = fhir;
    }

    /** A FHIR resource as JSON, with a file name to save it under. */
    public record FhirDocument(String fileName, String json) {
    }

    /** The Questionnaire of one of the instruments the actor's organisation can use. */
    @Transactional(readOnly = true)
    public FhirDocument questionnaire(CylchUser actor, String code) {
        InstrumentDefinition instrument = instrument(actor, code);
        return new FhirDocument("questionnaire-" + instrument.code() + "-" + instrument.version() + ".json",
                json(InstrumentQuestionnaire.of(instrument, address(actor, instrument.code()), scoresTitle())));
    }

    /**
     * One of the person's measurements as a QuestionnaireResponse; not found unless the actor's organisation holds
     * the person and the measurement is theirs. The export is audited in the same transaction.
     */
    @Transactional
    public FhirDocument response(CylchUser actor, UUID personId, UUID measurementId) {
        Measurement measurement = measurements.one(actor, personId, measurementId);
        InstrumentDefinition scoredBy = measurements.scoredBy(actor, measurement)
                .orElseThrow(() -> new RecordNotFoundException("instrument", measurement.instrument()));
        String json = json(MeasurementQuestionnaireResponse.of(measurement, scoredBy,
                address(actor, scoredBy.code())));
        audit.record(AuditAction.EXPORTED, "person", personId,
                "FHIR QuestionnaireResponse of measurement " + measurementId);
        return new FhirDocument("questionnaire-response-" + measurementId + ".json", json);
    }

    private InstrumentDefinition instrument(CylchUser actor, String code) {
        return measurements.instrument(actor, code).orElseThrow(() -> new RecordNotFoundException("instrument", code));
    }

    private FhirAddress address(CylchUser actor, String code) {
        return measurements.isOwn(actor, code) ? FhirAddress.ownedBy(actor.organisationId(), code)
                : FhirAddress.shipped(code);
    }

    private Wording scoresTitle() {
        return new Wording(messages.getMessage("fhir.scores", null, Locale.of("en")),
                messages.getMessage("fhir.scores", null, Locale.of("cy")));
    }

    private String json(IBaseResource resource) {
        // A parser is cheap and not shared between threads; the context behind it is the costly part.
        return fhir.getObject().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }
}
