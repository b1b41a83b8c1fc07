package cymru.cylch.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What Cylch's FHIR resources say: the instrument as it is defined, and a measurement as it was taken. */
class FhirResourcesTest {

    private static final FhirAddress MIXED = FhirAddress.shipped(MixedInstrument.DEFINITION.code());

    private static final Wording SCORES = new Wording("Scores worked out by Cylch", "Sgorau a gyfrifwyd gan Cylch");
    private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    private static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    @Test
    void aQuestionnaireCarriesTheInstrumentInEnglishWithTheWelshAsTranslations() {
        Questionnaire swemwbs = InstrumentQuestionnaire.of(ShippedInstruments.scorer("swemwbs").definition(),
                FhirAddress.shipped("swemwbs"), SCORES);

        assertThat(swemwbs.getUrl()).isEqualTo("https://cylch.cymru/fhir/Questionnaire/swemwbs");
        assertThat(swemwbs.getVersion()).isEqualTo("1");
        assertThat(swemwbs.getName()).isEqualTo("Swemwbs");
        assertThat(swemwbs.getLanguage()).isEqualTo("en");
        assertThat(swemwbs.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
        assertThat(swemwbs.getTitle()).isEqualTo("Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)");
        assertThat(welsh(swemwbs.getTitleElement())).isEqualTo("Graddfa Llesiant Meddyliol Warwick-Caeredin Fer (SWEMWBS)");
        assertThat(welsh(swemwbs.getDescriptionElement())).startsWith("Isod mae rhai datganiadau");
        assertThat(swemwbs.getCopyright()).startsWith("SWEMWBS is © NHS Health Scotland");
        assertThat(welsh(swemwbs.getCopyrightElement())).startsWith("Mae SWEMWBS © NHS Health Scotland");
        assertThat(swemwbs.getItem()).extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactly("item1", "item2", "item3", "item6", "item7", "item9", "item11", "scores");

        QuestionnaireItemComponent first = swemwbs.getItemFirstRep();
        assertThat(first.getType()).isEqualTo(QuestionnaireItemType.CHOICE);
        assertThat(first.getText()).isEqualTo("I’ve been feeling optimistic about the future");
        assertThat(welsh(first.getTextElement())).isEqualTo("Rydw i wedi bod yn teimlo’n obeithiol am y dyfodol");
        List<Coding> options = first.getAnswerOption().stream()
                .map(QuestionnaireItemAnswerOptionComponent::getValueCoding).toList();
        assertThat(options).extracting(Coding::getCode).containsExactly("1", "2", "3", "4", "5");
        assertThat(options).extracting(Coding::getSystem).containsOnly(
                "https://cylch.cymru/fhir/CodeSystem/swemwbs-item1");
        assertThat(options.getFirst().getDisplay()).isEqualTo("None of the time");
        assertThat(welsh(options.getLast().getDisplayElement())).isEqualTo("Drwy’r amser");
        assertThat(options).extracting(FhirResourcesTest::ordinal).containsExactly(
                new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"), new BigDecimal("5"));
    }

    @Test
    void theScoresAreAReadOnlyGroupWithTheirRanges() {
        Questionnaire swemwbs = InstrumentQuestionnaire.of(ShippedInstruments.scorer("swemwbs").definition(),
                FhirAddress.shipped("swemwbs"), SCORES);

        QuestionnaireItemComponent scores = swemwbs.getItem().getLast();

        assertThat(scores.getType()).isEqualTo(QuestionnaireItemType.GROUP);
        assertThat(scores.getText()).isEqualTo("Scores worked out by Cylch");
        assertThat(welsh(scores.getTextElement())).isEqualTo("Sgorau a gyfrifwyd gan Cylch");
        assertThat(scores.getItem()).extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactly("score-raw", "score-metric");
        assertThat(scores.getItem()).allSatisfy(score -> {
            assertThat(score.getType()).isEqualTo(QuestionnaireItemType.DECIMAL);
            assertThat(score.getReadOnly()).isTrue();
        });
        QuestionnaireItemComponent metric = scores.getItem().getLast();
        assertThat(decimal(metric, "minValue")).isEqualByComparingTo("7");
        assertThat(decimal(metric, "maxValue")).isEqualByComparingTo("35");
        assertThat(metric.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces")
                .getValue().primitiveValue()).isEqualTo("2");
    }

    @Test
    void aReverseScoredAnswerCountsTheOtherWayAndYesNoAndNumbersKeepTheirTypes() {
        Questionnaire mixed = InstrumentQuestionnaire.of(MixedInstrument.DEFINITION, FhirAddress.shipped(MixedInstrument.DEFINITION.code()), SCORES);

        QuestionnaireItemComponent lonely = mixed.getItem().get(0);
        QuestionnaireItemComponent goesOut = mixed.getItem().get(1);
        QuestionnaireItemComponent visits = mixed.getItem().get(2);

        assertThat(lonely.getAnswerOption()).extracting(o -> o.getValueCoding().getCode())
                .containsExactly("1", "2", "3");
        assertThat(lonely.getAnswerOption()).extracting(o -> ordinal(o.getValueCoding()))
                .containsExactly(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("1"));
        assertThat(goesOut.getType()).isEqualTo(QuestionnaireItemType.BOOLEAN);
        assertThat(goesOut.getAnswerOption()).isEmpty();
        assertThat(visits.getType()).isEqualTo(QuestionnaireItemType.DECIMAL);
        assertThat(decimal(visits, "minValue")).isEqualByComparingTo("0");
        assertThat(decimal(visits, "maxValue")).isEqualByComparingTo("31");
        assertThat(InstrumentQuestionnaire.computableName("ascot-asc-survey")).isEqualTo("AscotAscSurvey");
        assertThat(InstrumentQuestionnaire.computableName("10-area")).isEqualTo("Instrument10Area");
    }

    @Test
    void aResponseNamesTheVersionMeasuredThePersonByIdAloneAndLeavesOutWhatWasNotAnswered() {
        InstrumentScorer ladder = ShippedInstruments.scorer("cylch-ladder");
        Map<String, @Nullable BigDecimal> answers = new HashMap<>();
        answers.put("self-care", new BigDecimal("7"));
        answers.put("health", null);
        answers.put("money", new BigDecimal("2"));
        Measurement measurement = measurement(ladder, "0", answers);

        QuestionnaireResponse response = MeasurementQuestionnaireResponse.of(measurement, ladder.definition(),
                FhirAddress.shipped("cylch-ladder"));

        assertThat(response.getQuestionnaire()).isEqualTo("https://cylch.cymru/fhir/Questionnaire/cylch-ladder|0");
        assertThat(response.getStatus()).isEqualTo(QuestionnaireResponseStatus.COMPLETED);
        assertThat(response.getSubject().getReference()).isEqualTo("Patient/" + measurement.personId());
        assertThat(response.getSubject().getDisplay()).isNull();
        assertThat(response.getIdentifier().getValue()).isEqualTo(measurement.id().toString());
        assertThat(response.getAuthoredElement().getValueAsString()).isEqualTo("2026-03-01");
        assertThat(response.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("self-care", "money", "scores");
        Coding selfCare = response.getItemFirstRep().getAnswerFirstRep().getValueCoding();
        assertThat(selfCare.getSystem()).isEqualTo("https://cylch.cymru/fhir/CodeSystem/cylch-ladder-self-care");
        assertThat(selfCare.getCode()).isEqualTo("7");
        assertThat(selfCare.getDisplay()).isEqualTo(ladder.definition().item("self-care").orElseThrow()
                .responses().get(6).en());
        // Each area is a score of its own; the mean allows some unanswered areas but not eight of ten.
        assertThat(response.getItem().getLast().getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("score-self-care", "score-money");
        assertThat(answer(response.getItem().getLast().getItem().getLast())).isEqualByComparingTo("2");
    }

    @Test
    void yesAndNoAreBooleansNumbersAreDecimalsAndWithoutAScoreThereIsNoScoresGroup() {
        InstrumentScorer mixed = new InstrumentScorer(MixedInstrument.DEFINITION);

        QuestionnaireResponse yes = MeasurementQuestionnaireResponse.of(measurement(mixed, "2",
                Map.of("goes-out", BigDecimal.ONE, "visits", new BigDecimal("4.5"))), MixedInstrument.DEFINITION, MIXED);
        QuestionnaireResponse no = MeasurementQuestionnaireResponse.of(measurement(mixed, "2",
                Map.of("goes-out", BigDecimal.ZERO)), MixedInstrument.DEFINITION, MIXED);
        // Visits count in no score, so a response with only them has no score to carry.
        QuestionnaireResponse visitsOnly = MeasurementQuestionnaireResponse.of(measurement(mixed, "2",
                Map.of("visits", new BigDecimal("3"))), MixedInstrument.DEFINITION, MIXED);

        assertThat(yes.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("goes-out", "visits", "scores");
        assertThat(yes.getItem().get(0).getAnswerFirstRep().getValueBooleanType().booleanValue()).isTrue();
        assertThat(answer(yes.getItem().get(1))).isEqualByComparingTo("4.5");
        assertThat(no.getItemFirstRep().getAnswerFirstRep().getValueBooleanType().booleanValue()).isFalse();
        assertThat(visitsOnly.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("visits");
    }

    static Measurement measurement(InstrumentScorer scorer, String version, Map<String, @Nullable BigDecimal> answers) {
        return new Measurement(UUID.randomUUID(), UUID.randomUUID(), scorer.definition().code(), version,
                LocalDate.of(2026, 3, 1), AdministrationMode.WITH_WORKER, null, answers, scorer.score(answers),
                Instant.parse("2026-03-01T10:00:00Z"));
    }

    private static String welsh(Element element) {
        Extension translation = element.getExtensionByUrl(TRANSLATION);
        assertThat(translation.getExtensionString("lang")).isEqualTo("cy");
        return translation.getExtensionString("content");
    }

    private static BigDecimal ordinal(Coding option) {
        return new BigDecimal(option.getExtensionByUrl(ORDINAL_VALUE).getValue().primitiveValue());
    }

    private static BigDecimal decimal(QuestionnaireItemComponent item, String extension) {
        return new BigDecimal(item.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/" + extension)
                .getValue().primitiveValue());
    }

    private static BigDecimal answer(QuestionnaireResponseItemComponent item) {
        Type value = item.getAnswerFirstRep().getValue();
        return new BigDecimal(value.primitiveValue());
    }
}
