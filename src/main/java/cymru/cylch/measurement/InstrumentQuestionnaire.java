package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;

/**
 * An instrument as a FHIR R4 Questionnaire, so that another system can put the same questions and read Cylch's
 * answers: English text with the Welsh as the standard translation extension, each answer's number as its code
 * and the value it counts for in scoring as its ordinal value, and a read-only group for the scores Cylch works
 * out, so that a response carrying them still conforms to the Questionnaire.
 */
final class InstrumentQuestionnaire {

    static final String SCORES = "scores";

    private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    private static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    private static final String MAX_DECIMAL_PLACES = "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces";

    private InstrumentQuestionnaire() {
    }


    /** Scores get a prefix: an instrument may name a score after an item (the ladder's areas are both). */
    static String scoreLinkId(String scoreCode) {
        return "score-" + scoreCode;
    }

    /** How an item is answered in FHIR; a response's answers are typed to match. */
    static QuestionnaireItemType typeOf(Item item) {
        return switch (item.type()) {
            case LIKERT, LADDER -> QuestionnaireItemType.CHOICE;
            case YES_NO -> QuestionnaireItemType.BOOLEAN;
            case NUMBER -> QuestionnaireItemType.DECIMAL;
        };
    }

    /** The answer option for an answer to a scaled item: its number as the code, its label as the display. */
    static Coding option(FhirAddress address, Item item, int answer) {
        Coding coding = new Coding().setSystem(address.answerSystem(item)).setCode(String.valueOf(answer))
                .setDisplay(label(item, answer).en());
        welsh(coding.getDisplayElement(), label(item, answer));
        return coding;
    }

    /** An answer's label (a Likert label, a ladder stage), or its number where the instrument names none. */
    static Wording label(Item item, int answer) {
        int index = answer - item.min().intValueExact();
        if (index < item.responses().size()) {
            return item.responses().get(index);
        }
        return new Wording(String.valueOf(answer), "");
    }

    /** The Questionnaire for an instrument; {@code scoresTitle} names the group of scores in both languages. */
    static Questionnaire of(InstrumentDefinition instrument, FhirAddress address, Wording scoresTitle) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(instrument.code());
        questionnaire.setLanguage("en");
        questionnaire.setText(ResourceNarrative.of(instrument.name().en(),
                instrument.items().stream().map(i -> i.text().en()).toList()));
        questionnaire.setUrl(address.questionnaire());
        questionnaire.setVersion(instrument.version());
        questionnaire.setName(computableName(instrument.code()));
        questionnaire.setTitle(instrument.name().en());
        welsh(questionnaire.getTitleElement(), instrument.name());
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.getSubjectType().add(new CodeType("Patient"));
        questionnaire.setDescription(instrument.description().en());
        welsh(questionnaire.getDescriptionElement(), instrument.description());
        questionnaire.setCopyright(instrument.licence().en());
        welsh(questionnaire.getCopyrightElement(), instrument.licence());
        instrument.items().forEach(item -> questionnaire.addItem(question(address, item)));
        questionnaire.addItem(scores(instrument, scoresTitle));
        return questionnaire;
    }

    private static QuestionnaireItemComponent question(FhirAddress address, Item item) {
        QuestionnaireItemComponent question = new QuestionnaireItemComponent()
                .setLinkId(item.code()).setType(typeOf(item)).setText(item.text().en());
        welsh(question.getTextElement(), item.text());
        switch (item.type()) {
            case LIKERT, LADDER -> {
                for (int answer = item.min().intValueExact(); answer <= item.max().intValueExact(); answer++) {
                    Coding option = option(address, item, answer);
                    // What the answer counts for in scoring: a reverse-scored item's answers count the other way.
                    option.addExtension(ORDINAL_VALUE, new DecimalType(item.scored(BigDecimal.valueOf(answer))));
                    question.addAnswerOption().setValue(option);
                }
            }
            case NUMBER -> range(question, item.min(), item.max());
            case YES_NO -> {
                // A boolean needs nothing more: Cylch stores yes as 1 and no as 0.
            }
        }
        return question;
    }

    private static QuestionnaireItemComponent scores(InstrumentDefinition instrument, Wording title) {
        QuestionnaireItemComponent group = new QuestionnaireItemComponent().setLinkId(SCORES)
                .setType(QuestionnaireItemType.GROUP).setText(title.en());
        welsh(group.getTextElement(), title);
        for (ScoreDefinition score : instrument.scores()) {
            QuestionnaireItemComponent item = group.addItem().setLinkId(scoreLinkId(score.code()))
                    .setType(QuestionnaireItemType.DECIMAL).setText(score.name().en()).setReadOnly(true);
            welsh(item.getTextElement(), score.name());
            range(item, score.min(), score.max());
            item.addExtension(MAX_DECIMAL_PLACES, new IntegerType(score.decimals()));
        }
        return group;
    }

    private static void range(QuestionnaireItemComponent item, BigDecimal min, BigDecimal max) {
        item.addExtension(MIN_VALUE, new DecimalType(min));
        item.addExtension(MAX_VALUE, new DecimalType(max));
    }

    /** The Welsh wording as a translation of the element, when there is one. */
    private static void welsh(Element element, Wording wording) {
        if (wording.cy() == null || wording.cy().isBlank()) {
            return;
        }
        Extension translation = new Extension(TRANSLATION);
        translation.addExtension("lang", new CodeType("cy"));
        translation.addExtension("content", new StringType(wording.cy()));
        element.addExtension(translation);
    }

    /** A name a machine can use (FHIR asks for letters and digits from a capital): ascot-asc-survey, AscotAscSurvey. */
    static String computableName(String code) {
        StringBuilder name = new StringBuilder();
        for (String part : code.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name.insert(0, "Instrument");
        }
        return name.toString();
    }
}
