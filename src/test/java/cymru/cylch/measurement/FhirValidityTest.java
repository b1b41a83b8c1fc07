package cymru.cylch.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cylch's FHIR resources are valid FHIR R4 by HAPI's own validator, run offline: every shipped instrument's
 * Questionnaire, and responses to each, complete and partly answered, checked against their Questionnaire.
 * Broken responses are refused, which shows the validator really reads the Questionnaire.
 */
class FhirValidityTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Wording SCORES = new Wording("Scores worked out by Cylch", "Sgorau a gyfrifwyd gan Cylch");
    private static final List<InstrumentDefinition> INSTRUMENTS = Stream.concat(
            ShippedInstruments.definitions().stream(), Stream.of(MixedInstrument.DEFINITION)).toList();
    private static final FhirValidation VALIDATOR = new FhirValidation(FHIR,
            INSTRUMENTS.stream().map(i -> InstrumentQuestionnaire.of(i, FhirAddress.shipped(i.code()), SCORES)).toList());

    static Stream<String> shipped() {
        return ShippedInstruments.definitions().stream().map(InstrumentDefinition::code);
    }

    static Stream<String> everyKindOfItem() {
        return INSTRUMENTS.stream().map(InstrumentDefinition::code);
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedInstrumentsQuestionnaireIsValid(String code) {
        Questionnaire questionnaire = InstrumentQuestionnaire.of(definition(code), FhirAddress.shipped(code), SCORES);

        assertOnlyAcceptedMessages(VALIDATOR.messages(questionnaire));
    }

    @Test
    void aQuestionnaireWithYesNoNumberAndReverseScoredItemsIsValid() {
        assertOnlyAcceptedMessages(VALIDATOR.messages(InstrumentQuestionnaire.of(MixedInstrument.DEFINITION, FhirAddress.shipped(MixedInstrument.DEFINITION.code()), SCORES)));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfItem")
    void aCompleteResponseIsValidAgainstItsQuestionnaire(String code) {
        InstrumentDefinition instrument = definition(code);
        Map<String, @Nullable BigDecimal> answers = new HashMap<>();
        instrument.items().forEach(item -> answers.put(item.code(), item.max()));

        QuestionnaireResponse response = response(instrument, answers);

        assertThat(response.getItem()).hasSize(instrument.items().size() + 1);
        assertOnlyAcceptedMessages(VALIDATOR.messages(response));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfItem")
    void aPartlyAnsweredResponseIsValidAgainstItsQuestionnaire(String code) {
        InstrumentDefinition instrument = definition(code);
        Map<String, @Nullable BigDecimal> answers = new HashMap<>();
        // Every other item answered (the lowest answer), the rest recorded as unanswered.
        for (int i = 0; i < instrument.items().size(); i++) {
            Item item = instrument.items().get(i);
            answers.put(item.code(), i % 2 == 0 ? item.min() : null);
        }

        QuestionnaireResponse response = response(instrument, answers);

        assertThat(response.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                .doesNotContain(instrument.items().get(1).code());
        assertOnlyAcceptedMessages(VALIDATOR.messages(response));
    }

    @Test
    void aResponseWithAnAnswerThatIsNotAnOptionIsRefused() {
        QuestionnaireResponse response = completeSwemwbs();
        response.getItemFirstRep().getAnswerFirstRep().getValueCoding().setCode("6");

        assertThat(VALIDATOR.errors(response)).anySatisfy(error -> assertThat(error)
                .contains("QuestionnaireResponse.item[0].answer[0]").contains("swemwbs-item1::6")
                .contains("not in the set of permitted values"));
    }

    @Test
    void aResponseWithAnItemTheQuestionnaireDoesNotHaveIsRefused() {
        QuestionnaireResponse response = completeSwemwbs();
        response.addItem().setLinkId("item4").addAnswer().setValue(new StringType("often"));

        assertThat(VALIDATOR.errors(response)).anySatisfy(error -> assertThat(error)
                .contains("LinkId 'item4' not found in questionnaire"));
    }

    @Test
    void aResponseWithAWronglyTypedAnswerIsRefused() {
        QuestionnaireResponse response = completeSwemwbs();
        response.getItem().getLast().getItemFirstRep().getAnswerFirstRep().setValue(new StringType("twenty"));

        assertThat(VALIDATOR.errors(response)).isNotEmpty();
    }

    private static QuestionnaireResponse completeSwemwbs() {
        InstrumentDefinition swemwbs = definition("swemwbs");
        Map<String, @Nullable BigDecimal> answers = new HashMap<>();
        swemwbs.items().forEach(item -> answers.put(item.code(), new BigDecimal("3")));
        QuestionnaireResponse response = response(swemwbs, answers);
        assertThat(VALIDATOR.errors(response)).as("the unbroken response").isEmpty();
        return response;
    }

    private static QuestionnaireResponse response(InstrumentDefinition instrument,
                                                  Map<String, @Nullable BigDecimal> answers) {
        return MeasurementQuestionnaireResponse.of(FhirResourcesTest.measurement(new InstrumentScorer(instrument),
                instrument.version(), answers), instrument, FhirAddress.shipped(instrument.code()));
    }

    private static InstrumentDefinition definition(String code) {
        return INSTRUMENTS.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * No errors and no warnings. The one message accepted is information: Welsh ({@code cy}, valid BCP 47) is not
     * among the "Common Languages" of FHIR R4, a list the translation extension only prefers.
     */
    private static void assertOnlyAcceptedMessages(List<SingleValidationMessage> messages) {
        List<String> unexpected = new ArrayList<>();
        for (SingleValidationMessage m : messages) {
            boolean welshNotCommon = m.getSeverity() == ResultSeverityEnum.INFORMATION
                    && m.getMessage().contains("The value provided ('cy') was not found in the value set 'Common Languages'");
            if (!welshNotCommon) {
                unexpected.add(FhirValidation.describe(m));
            }
        }
        assertThat(unexpected).isEmpty();
    }
}
