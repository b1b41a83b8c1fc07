package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * A measurement as a FHIR R4 QuestionnaireResponse to its instrument's Questionnaire: the answers given, typed
 * as the Questionnaire asks, and the scores Cylch worked out then. The person is named by Cylch's id alone;
 * whoever receives it knows who that is already, or should not.
 */
final class MeasurementQuestionnaireResponse {

    static final String IDENTIFIER_SYSTEM = "https://cylch.cymru/fhir/measurement";

    private MeasurementQuestionnaireResponse() {
    }

    /** The response; unanswered items and absent scores are left out, as FHIR has no empty answer. */
    static QuestionnaireResponse of(Measurement measurement, InstrumentDefinition instrument, FhirAddress address) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(measurement.id().toString());
        response.setLanguage("en");
        response.getIdentifier().setSystem(IDENTIFIER_SYSTEM).setValue(measurement.id().toString());
        // The version the measurement was scored with, which may be older than the instrument is now.
        response.setQuestionnaire(address.questionnaire() + "|"
                + measurement.instrumentVersion());
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference("Patient/" + measurement.personId()));
        response.setAuthoredElement(new DateTimeType(measurement.administeredOn().toString()));
        List<String> lines = new ArrayList<>();
        for (Item item : instrument.items()) {
            BigDecimal answer = measurement.answers().get(item.code());
            if (answer != null) {
                response.addItem().setLinkId(item.code()).addAnswer().setValue(answer(address, item, answer));
                lines.add(item.text().en() + ": " + words(item, answer));
            }
        }
        QuestionnaireResponseItemComponent scores = new QuestionnaireResponseItemComponent()
                .setLinkId(InstrumentQuestionnaire.SCORES);
        for (ScoreDefinition score : instrument.scores()) {
            BigDecimal value = measurement.scores().get(score.code());
            if (value != null) {
                scores.addItem().setLinkId(InstrumentQuestionnaire.scoreLinkId(score.code()))
                        .addAnswer().setValue(new DecimalType(value));
                lines.add(score.name().en() + ": " + value.toPlainString());
            }
        }
        if (scores.hasItem()) {
            response.addItem(scores);
        }
        response.setText(ResourceNarrative.of(instrument.name().en() + ", " + measurement.administeredOn(), lines));
        return response;
    }

    private static Type answer(FhirAddress address, Item item, BigDecimal answer) {
        return switch (InstrumentQuestionnaire.typeOf(item)) {
            case CHOICE -> InstrumentQuestionnaire.option(address, item, answer.intValueExact());
            // Cylch stores yes as 1 and no as 0.
            case BOOLEAN -> new BooleanType(answer.signum() != 0);
            default -> new DecimalType(answer);
        };
    }

    private static String words(Item item, BigDecimal answer) {
        return item.type() == ItemType.NUMBER ? answer.toPlainString()
                : InstrumentQuestionnaire.label(item, answer.intValueExact()).en();
    }
}
