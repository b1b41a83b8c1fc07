package cymru.cylch.measurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.InstrumentScorer;
import cymru.cylch.measurement.ItemType;
import cymru.cylch.measurement.ScoreMethod;
import cymru.cylch.measurement.Wording;
import cymru.cylch.measurement.web.LocalInstrumentForm.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The rules of the local instrument form, without Spring: what it builds, and what it refuses and where. */
class LocalInstrumentFormTest {

    /** The wording the pages supply from their messages. */
    private static final Map<String, Wording> WORDS = Map.of(
            "localInstrument.scoreName.SUM", new Wording("Total score", "Cyfanswm y sgôr"),
            "localInstrument.scoreName.MEAN", new Wording("Mean score", "Sgôr cymedrig"),
            "localInstrument.answer.no", new Wording("No", "Na"),
            "localInstrument.answer.yes", new Wording("Yes", "Ie"));

    @Test
    void aLikertQuestionnaireBecomesADefinitionThatScoresReverseItemsTheOtherWayRound() {
        var form = likert(List.of(question(null, "I feel safe at home", "Rwy’n teimlo’n ddiogel gartref", false),
                blankQuestion(),
                question(null, "I feel lonely", "Rwy’n teimlo’n unig", true)), "0", false);

        InstrumentDefinition definition = build(form, errorsOf(form)).orElseThrow();

        assertThat(definition.items()).extracting(i -> i.code()).containsExactly("q1", "q2");
        assertThat(definition.items().get(1).reverse()).isTrue();
        assertThat(definition.items().getFirst().responses()).extracting(Wording::cy)
                .containsExactly("Byth", "Weithiau", "Yn aml", "Bob amser");
        var total = definition.score("total").orElseThrow();
        assertThat(total.min()).isEqualByComparingTo("2");
        assertThat(total.max()).isEqualByComparingTo("8");
        // Always safe (4) and never lonely (1, reversed to 4): the best score there is.
        assertThat(new InstrumentScorer(definition).score(answers("q1", 4, "q2", 1)))
                .containsEntry("total", new BigDecimal("8"));
    }

    @Test
    void questionsKeepTheirCodesAndNewOnesTakeCodesNotYetUsed() {
        var form = likert(List.of(question("q2", "Kept", "", false), question(null, "New", "", false),
                question(null, "Also new", "", false)), "0", false);

        var definition = build(form, errorsOf(form)).orElseThrow();

        assertThat(definition.items()).extracting(i -> i.code()).containsExactly("q2", "q1", "q3");
    }

    @Test
    void revisingStartsFromTheDefinitionAndGivesItBack() {
        var form = likert(List.of(question(null, "One", "Un", false), question(null, "Two", "Dau", true)), "1", true);
        var definition = build(form, errorsOf(form)).orElseThrow();

        var again = LocalInstrumentForm.revising(definition.withCode("safe-at-home"));
        var rebuilt = build(again, errorsOf(again)).orElseThrow();

        assertThat(rebuilt.items()).isEqualTo(definition.items());
        assertThat(rebuilt.scores()).isEqualTo(definition.scores());
        // A revision changes wording only, so it offers no blank lines for more questions.
        assertThat(again.questions()).hasSize(2);
    }

    @Test
    void eachMistakeIsShownAgainstItsOwnBoxAndNothingIsBuilt() {
        var form = new LocalInstrumentForm(0, "x", "", null, null, null, null, "", null, ItemType.LIKERT, "1", "x",
                null, null, List.of(question(null, "", "Cwestiwn heb Saesneg", false)), ScoreMethod.SUM, "1", false,
                "7", "-2", false);
        Errors errors = errorsOf(form);

        assertThat(build(form, errors)).isEmpty();
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField() + " " + e.getCode()).contains(
                "nameEn localInstrument.name.missing",
                "licenceEn localInstrument.licence.missing",
                "highest localInstrument.number.invalid",
                "questions[0].textEn localInstrument.question.missing",
                "decimals localInstrument.decimals.range",
                "meaningfulChange localInstrument.meaningful.positive");
    }

    @Test
    void aScaleNeedsALabelForEachAnswerInEachLanguageGiven() {
        var english = withLabels("Never\nOften", null);
        var welsh = withLabels("Never\nSometimes\nOften\nAlways", "Byth\nAml");

        assertThat(codes(english)).containsExactly("labelsEn localInstrument.labels.count");
        assertThat(codes(welsh)).containsExactly("labelsCy localInstrument.labels.count");
    }

    @Test
    void aSumAllowsUnansweredQuestionsOnlyWhenProrated() {
        var unprorated = likert(List.of(question(null, "One", "", false), question(null, "Two", "", false)), "1",
                ScoreMethod.SUM, false);
        var prorated = likert(List.of(question(null, "One", "", false), question(null, "Two", "", false)), "1",
                ScoreMethod.SUM, true);

        assertThat(codes(unprorated)).containsExactly("maxMissing localInstrument.missing.prorate");
        var definition = build(prorated, errorsOf(prorated)).orElseThrow();
        // One of two answered (3): prorated to 6.
        assertThat(new InstrumentScorer(definition).score(answers("q1", 3)))
                .containsEntry("total", new BigDecimal("6"));
    }

    @Test
    void aNumberCannotBeReverseScoredAndAScaleRunsBetweenWholeNumbersOfAtMostElevenAnswers() {
        var number = new LocalInstrumentForm(0, "steps", "Steps", null, null, null, null, "Ours", null,
                ItemType.NUMBER, "0", "20000", null, null, List.of(question(null, "Steps a day", "", true)),
                ScoreMethod.MEAN, "0", false, "0", null, false);
        var fractional = withRange("1.5", "5");
        var wide = withRange("0", "11");

        assertThat(codes(number)).containsExactly("questions[0].textEn localInstrument.question.reverseNumber");
        assertThat(codes(fractional)).containsExactly("lowest localInstrument.range.whole");
        assertThat(codes(wide)).containsExactly("highest localInstrument.range.tooMany");
    }

    @Test
    void aFormWithNoQuestionsIsRefusedAndMoreBlankQuestionsCanBeAdded() {
        var empty = LocalInstrumentForm.blank();

        assertThat(codes(empty)).contains("nameEn localInstrument.questions.none");
        assertThat(empty.withMoreQuestions().questions()).hasSize(2 * LocalInstrumentForm.BLANK_QUESTIONS);
    }

    @Test
    void yesOrNoQuestionsAreLabelledSoTheyCanBeAnswered() {
        var form = new LocalInstrumentForm(0, "checklist", "Checklist", null, null, null, null, "Ours", null,
                ItemType.YES_NO, null, null, null, null, List.of(question(null, "Do you have a key safe?", "", false)),
                ScoreMethod.SUM, "0", false, "0", null, false);

        var item = build(form, errorsOf(form)).orElseThrow().items().getFirst();

        assertThat(item.responses()).containsExactly(new Wording("No", "Na"), new Wording("Yes", "Ie"));
    }

    @Test
    void numbersMustFitWhatCanBeStoredAndAreNotReadWhenAbsurdlyLong() {
        assertThat(codes(withRange("1", "3000000000"))).containsExactly("highest localInstrument.number.limits");
        assertThat(codes(withRange("1", "1e100000000"))).containsExactly("highest localInstrument.number.limits");
        assertThat(codes(withRange("1", "4".repeat(17)))).containsExactly("highest localInstrument.number.invalid");
        assertThat(codes(withRange("0.00001", "4"))).containsExactly("lowest localInstrument.number.limits");
        var wrapped = new LocalInstrumentForm(0, "safe-at-home", "Safe", null, null, null, null, "Ours", null,
                ItemType.LIKERT, "1", "4", "A\nB\nC\nD", null, List.of(question(null, "One", "", false)),
                ScoreMethod.MEAN, "0", false, "4294967297", "1e1000", false);
        assertThat(codes(wrapped)).containsExactly("decimals localInstrument.number.limits",
                "meaningfulChange localInstrument.number.limits");
    }

    @Test
    void aTamperedFormIsRefusedAgainstAFieldNotWithAServerError() {
        var duplicated = likert(List.of(question("q1", "One", "", false), question("q1", "Two", "", false)), "0",
                false);
        var madeUp = likert(List.of(question("x y", "One", "", false)), "0", false);
        List<Question> gaps = new ArrayList<>();
        gaps.add(question(null, "One", "", false));
        gaps.add(null);
        gaps.add(question(null, "Three", "", false));
        var withGaps = likert(gaps, "0", false);
        var none = likert(List.of(), "0", false);

        assertThat(codes(duplicated)).containsExactly("questions[1].textEn localInstrument.question.code");
        assertThat(codes(madeUp)).containsExactly("questions[0].textEn localInstrument.question.code");
        assertThat(build(withGaps, errorsOf(withGaps)).orElseThrow().items()).hasSize(2);
        assertThat(codes(none)).containsExactly("nameEn localInstrument.questions.none");
    }

    private static List<String> codes(LocalInstrumentForm form) {
        Errors errors = errorsOf(form);
        build(form, errors);
        return errors.getFieldErrors().stream().map(e -> e.getField() + " " + e.getCode()).toList();
    }

    private static java.util.Optional<InstrumentDefinition> build(LocalInstrumentForm form, Errors errors) {
        return form.definition(errors, WORDS::get);
    }

    private static Errors errorsOf(LocalInstrumentForm form) {
        return new BeanPropertyBindingResult(form, "localInstrumentForm");
    }

    private static LocalInstrumentForm likert(List<Question> questions, String maxMissing, boolean prorate) {
        return likert(questions, maxMissing, ScoreMethod.SUM, prorate);
    }

    private static LocalInstrumentForm likert(List<Question> questions, String maxMissing, ScoreMethod method,
                                              boolean prorate) {
        return new LocalInstrumentForm(0, "safe-at-home", "Safe at home", "Diogel gartref", "", "", "Our team",
                "Ours to use", "Ein un ni", ItemType.LIKERT, "1", "4", "Never\nSometimes\nOften\nAlways",
                "Byth\nWeithiau\nYn aml\nBob amser", new ArrayList<>(questions), method, maxMissing, prorate, "0",
                "2", false);
    }

    private static LocalInstrumentForm withLabels(String english, String welsh) {
        return new LocalInstrumentForm(0, "safe-at-home", "Safe", null, null, null, null, "Ours", null,
                ItemType.LIKERT, "1", "4", english, welsh, List.of(question(null, "One", "", false)),
                ScoreMethod.SUM, "0", false, "0", null, false);
    }

    private static LocalInstrumentForm withRange(String lowest, String highest) {
        return new LocalInstrumentForm(0, "safe-at-home", "Safe", null, null, null, null, "Ours", null,
                ItemType.LIKERT, lowest, highest, "A\nB\nC\nD", null, List.of(question(null, "One", "", false)),
                ScoreMethod.SUM, "0", false, "0", null, false);
    }

    private static Question question(String code, String english, String welsh, boolean reverse) {
        return new Question(code, english, welsh, reverse);
    }

    private static Question blankQuestion() {
        return new Question(null, "", "", false);
    }

    private static Map<String, BigDecimal> answers(Object... codesAndAnswers) {
        Map<String, BigDecimal> answers = new HashMap<>();
        for (int i = 0; i < codesAndAnswers.length; i += 2) {
            answers.put((String) codesAndAnswers[i], BigDecimal.valueOf((Integer) codesAndAnswers[i + 1]));
        }
        return answers;
    }
}
