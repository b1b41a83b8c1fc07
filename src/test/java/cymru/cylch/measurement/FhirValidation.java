package cymru.cylch.measurement;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI's R4 instance validator, offline: the base specification and its extensions from the validation
 * resources, terminology checked in memory (no terminology server), and the given Questionnaires, so that a
 * QuestionnaireResponse is checked against the Questionnaire it names. Slow to build; make one per test class.
 */
final class FhirValidation {

    private final FhirContext context;
    private final FhirValidator validator;

    FhirValidation(FhirContext context, List<Questionnaire> questionnaires) {
        this.context = context;
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context),
                new KnownQuestionnaires(context, questionnaires));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
        validator = context.newValidator().setValidateAgainstStandardSchema(false)
                .setValidateAgainstStandardSchematron(false);
        validator.registerValidatorModule(instanceValidator);
    }

    /** Every message the validator has about the resource, as it would see it arriving as JSON. */
    List<SingleValidationMessage> messages(IBaseResource resource) {
        String json = context.newJsonParser().encodeResourceToString(resource);
        return validator.validateWithResult(json).getMessages();
    }

    /** Messages of severity error or worse. */
    List<String> errors(IBaseResource resource) {
        return messages(resource).stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(FhirValidation::describe).toList();
    }

    static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

    /**
     * Serves the Questionnaires by canonical URL, with or without {@code |version}, as a response names its
     * Questionnaire. HAPI's PrePopulatedValidationSupport keeps only structure definitions, value sets, code
     * systems and search parameters: it silently drops a Questionnaire, and the validator then checks a response
     * against nothing (it says so only as a warning).
     */
    private static final class KnownQuestionnaires implements IValidationSupport {

        private final FhirContext context;
        private final Map<String, Questionnaire> byUrl = new HashMap<>();

        KnownQuestionnaires(FhirContext context, List<Questionnaire> questionnaires) {
            this.context = context;
            for (Questionnaire questionnaire : questionnaires) {
                byUrl.put(questionnaire.getUrl(), questionnaire);
                byUrl.put(questionnaire.getUrl() + "|" + questionnaire.getVersion(), questionnaire);
            }
        }

        @Override
        public FhirContext getFhirContext() {
            return context;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            Questionnaire found = byUrl.get(url);
            if (found == null || (type != null && !type.isInstance(found))) {
                return null;
            }
            return (T) found;
        }
    }
}
