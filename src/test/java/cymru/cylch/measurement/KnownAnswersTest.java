package cymru.cylch.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped instruments score the published known answers exactly; each test names its source. */
class KnownAnswersTest {

    private static final List<String> ASCOT_ITEMS = List.of("q3a", "q4a", "q5a", "q6a", "q7a", "q8a", "q9a", "q11");

    /**
     * NHS England's Adult Social Care Survey code, github.com/NHSDigital/ASC-User-Survey at commit
     * b1280aa42d4f676d1ae0d6b97b5c021d5b13ddb1: tests/unittests/input_data/preprocess_questionnaire/
     * test_generate_ascof_scores.py (test_generate_1A: 24, 16, 8, 0) and the integration fixture
     * tests/integration/fake_data_return_expected/cleaned_data_expected_test.csv (row 717_0: 5). The weighted
     * scores are the survey code's weighted_quality_of_life_score for the same answers: its ASCOF 1J known answers
     * (0.418845, 0.410181, 0.075093, 0.111865, -0.563269) less each row's adjustment factor.
     */
    @ParameterizedTest(name = "{0} -> {1} and {2}")
    @CsvSource({
            "1 1 1 1 1 1 1 1, 24, 0.998645",
            "2 2 2 2 2 2 2 2, 16, 0.757481",
            "3 3 3 3 3 3 3 3, 8, 0.169593",
            "4 4 4 4 4 4 4 4, 0, -0.170635",
            "4 4 4 4 2 4 4 1, 5, 0.016531"
    })
    void ascotScoresAsTheAdultSocialCareSurveyCodeDoes(String answers, int ascof1a, String weighted) {
        Map<String, BigDecimal> given = new HashMap<>();
        String[] values = answers.split(" ");
        for (int i = 0; i < ASCOT_ITEMS.size(); i++) {
            given.put(ASCOT_ITEMS.get(i), new BigDecimal(values[i]));
        }

        var scores = ShippedInstruments.scorer("ascot-asc-survey").score(given);

        assertThat(scores.get("ascof1a")).isEqualByComparingTo(BigDecimal.valueOf(ascof1a));
        assertThat(scores.get("weighted")).isEqualByComparingTo(weighted);
    }

    /** Same source, test_generate_1A: any one of the eight unanswered means no score (skipna=False). */
    @ParameterizedTest(name = "{0} unanswered")
    @CsvSource({"q5a", "q3a", "q4a", "q6a", "q11"})
    void ascotGivesNoScoreWhenAnyAnswerIsMissing(String unanswered) {
        Map<String, BigDecimal> given = new HashMap<>();
        ASCOT_ITEMS.forEach(item -> given.put(item, BigDecimal.ONE));
        given.put(unanswered, null);

        var scores = ShippedInstruments.scorer("ascot-asc-survey").score(given);

        assertThat(scores).containsEntry("ascof1a", null).containsEntry("weighted", null);
    }

    /**
     * The SWEMWBS raw-to-metric conversion table (Stewart-Brown et al. 2009, as reproduced in
     * github.com/danlewer/aow_adolescent_mh swemwbs_metric_lookup.csv): every row, from answers that sum to it.
     */
    @ParameterizedTest(name = "raw {0} -> {1}")
    @CsvSource({
            "7, 7.00", "8, 9.51", "9, 11.25", "10, 12.40", "11, 13.33", "12, 14.08", "13, 14.75", "14, 15.32",
            "15, 15.84", "16, 16.36", "17, 16.88", "18, 17.43", "19, 17.98", "20, 18.59", "21, 19.25", "22, 19.98",
            "23, 20.73", "24, 21.54", "25, 22.35", "26, 23.21", "27, 24.11", "28, 25.03", "29, 26.02", "30, 27.03",
            "31, 28.13", "32, 29.31", "33, 30.70", "34, 32.55", "35, 35.00"
    })
    void swemwbsConvertsEveryRawScoreByThePublishedTable(int raw, String metric) {
        var scorer = ShippedInstruments.scorer("swemwbs");
        Map<String, BigDecimal> given = new HashMap<>();
        int remaining = raw;
        for (Item item : scorer.definition().items()) {
            given.put(item.code(), BigDecimal.ONE);
            remaining -= 1;
        }
        for (Item item : scorer.definition().items()) {
            int extra = Math.min(4, remaining);
            given.put(item.code(), BigDecimal.valueOf(1 + extra));
            remaining -= extra;
        }

        var scores = scorer.score(given);

        assertThat(scores.get("raw")).isEqualByComparingTo(BigDecimal.valueOf(raw));
        assertThat(scores.get("metric")).isEqualByComparingTo(metric);
        assertThat(scores.get("metric").scale()).isEqualTo(2);
    }

    /** Warwick's scoring guidance: WEMWBS is the sum of 14 items scored 1 to 5, from 14 to 70. */
    @ParameterizedTest(name = "all {0} -> {1}")
    @CsvSource({"1, 14", "3, 42", "5, 70"})
    void wemwbsIsTheSumOfItsFourteenItems(int each, int total) {
        var scorer = ShippedInstruments.scorer("wemwbs");
        Map<String, BigDecimal> given = new HashMap<>();
        scorer.definition().items().forEach(item -> given.put(item.code(), BigDecimal.valueOf(each)));

        assertThat(scorer.score(given).get("total")).isEqualByComparingTo(BigDecimal.valueOf(total));
    }
}
