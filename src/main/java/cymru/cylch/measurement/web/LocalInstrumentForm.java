package cymru.cylch.measurement.web;

import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.Item;
import cymru.cylch.measurement.ItemType;
import cymru.cylch.measurement.MissingRule;
import cymru.cylch.measurement.ScoreDefinition;
import cymru.cylch.measurement.ScoreMethod;
import cymru.cylch.measurement.Wording;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * An administrator making (or revising) their organisation's own instrument: its names and licence in English
 * and Welsh, one answer scale for every question (a Likert scale or ladder with a label per answer, yes/no, or a
 * number), the questions, and one score over them all (their sum or mean, with how many may go unanswered).
 * Numbers are kept as typed and read in {@link #definition}, so a mistyped one is shown against its box. Question
 * lines left blank are ignored; each kept question keeps its code across versions, so answers stay comparable.
 */
record LocalInstrumentForm(
        int basedOnVersion,
        @SingleLineText @Size(max = 40) @Nullable String code,
        @SingleLineText @Size(max = 200) @Nullable String nameEn,
        @SingleLineText @Size(max = 200) @Nullable String nameCy,
        @MultiLineText @Size(max = 2000) @Nullable String descriptionEn,
        @MultiLineText @Size(max = 2000) @Nullable String descriptionCy,
        @MultiLineText @Size(max = 2000) @Nullable String source,
        @MultiLineText @Size(max = 2000) @Nullable String licenceEn,
        @MultiLineText @Size(max = 2000) @Nullable String licenceCy,
        @NotNull @Nullable ItemType answerType,
        @Nullable String lowest,
        @Nullable String highest,
        @MultiLineText @Size(max = 4000) @Nullable String labelsEn,
        @MultiLineText @Size(max = 4000) @Nullable String labelsCy,
        List<@Valid Question> questions,
        @NotNull @Nullable ScoreMethod scoreMethod,
        @Nullable String maxMissing,
        @Nullable Boolean prorate,
        @Nullable String decimals,
        @Nullable String meaningfulChange,
        @Nullable Boolean lowerIsBetter) {

    static final int BLANK_QUESTIONS = 5;
    static final int MAX_QUESTIONS = 60;
    /** Sum and mean: the methods a council can set up here (tables and weights come with published instruments). */
    static final List<ScoreMethod> METHODS = List.of(ScoreMethod.SUM, ScoreMethod.MEAN);
    private static final int MOST_ANSWERS = 11;
    /**
     * Answers are stored as numeric(12, 4) and scores as numeric(14, 6): with at most 60 questions, answers within
     * a million either way and four decimal places keep every sum in its column.
     */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000);
    private static final int MOST_DECIMALS = 4;
    /** Longer than any number within the limits: refused before it is read (1e100000000 is costly to handle). */
    private static final int LONGEST_NUMBER = 16;
    /** Codes Cylch gave questions: kept across versions, and safe in addresses and exports. */
    private static final java.util.regex.Pattern QUESTION_CODE = java.util.regex.Pattern.compile("q[1-9][0-9]{0,2}");

    LocalInstrumentForm {
        // Posted indexes with gaps (questions[0], questions[2]) leave nulls: a missing line is a blank one.
        questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions.stream()
                .map(q -> q == null ? new Question(null, null, null, false) : q).toList());
    }

    /** One question as typed; {@code code} is blank for a new one. */
    record Question(@Nullable String code, @SingleLineText @Size(max = 500) @Nullable String textEn,
                    @SingleLineText @Size(max = 500) @Nullable String textCy, @Nullable Boolean reverse) {

        boolean blank() {
            return isBlank(textEn) && isBlank(textCy);
        }
    }

    static LocalInstrumentForm blank() {
        return new LocalInstrumentForm(0, null, null, null, null, null, null, null, null, ItemType.LIKERT, "1", "5",
                null, null, blankQuestions(BLANK_QUESTIONS), ScoreMethod.SUM, "0", false, "0", null, false);
    }

    /** The latest version as the starting point of the next. */
    static LocalInstrumentForm revising(InstrumentDefinition d) {
        Item first = d.items().getFirst();
        ScoreDefinition score = d.scores().getFirst();
        List<Question> questions = new ArrayList<>(d.items().stream()
                .map(i -> new Question(i.code(), i.text().en(), i.text().cy(), i.reverse())).toList());
        return new LocalInstrumentForm(Integer.parseInt(d.version()), d.code(), d.name().en(), d.name().cy(),
                d.description().en(), d.description().cy(), d.source(), d.licence().en(), d.licence().cy(),
                first.type(), first.min().toPlainString(), first.max().toPlainString(),
                lines(first.responses().stream().map(Wording::en).toList()),
                lines(first.responses().stream().map(Wording::cy).toList()), questions, score.method(),
                String.valueOf(score.missing().maxMissing()), score.missing().prorate(),
                String.valueOf(score.decimals()),
                score.meaningfulChange() == null ? null : score.meaningfulChange().toPlainString(),
                score.lowerIsBetter());
    }

    /** The same form with more blank question lines (the "add more questions" button; no JavaScript needed). */
    LocalInstrumentForm withMoreQuestions() {
        List<Question> more = new ArrayList<>(questions);
        more.addAll(blankQuestions(Math.min(BLANK_QUESTIONS, MAX_QUESTIONS - questions.size())));
        return new LocalInstrumentForm(basedOnVersion, code, nameEn, nameCy, descriptionEn, descriptionCy, source,
                licenceEn, licenceCy, answerType, lowest, highest, labelsEn, labelsCy, more, scoreMethod, maxMissing,
                prorate, decimals, meaningfulChange, lowerIsBetter);
    }

    /**
     * The definition the form describes (code and version are the service's to settle), or empty with every
     * problem rejected against its field.
     *
     * @param words fixed wording by message key, in English and Welsh (the score's name, yes and no)
     */
    Optional<InstrumentDefinition> definition(Errors errors, Function<String, Wording> words) {
        requireText(errors, "nameEn", nameEn, "localInstrument.name.missing");
        requireText(errors, "licenceEn", licenceEn, "localInstrument.licence.missing");
        Scale scale = scale(errors, words);
        List<Item> items = items(errors, scale);
        ScoreDefinition score = score(errors, items,
                words.apply("localInstrument.scoreName." + (scoreMethod == null ? ScoreMethod.SUM : scoreMethod)));
        if (errors.hasErrors() || score == null) {
            return Optional.empty();
        }
        return Optional.of(new InstrumentDefinition(code == null ? "" : code.strip(), "1",
                new Wording(nameEn.strip(), strip(nameCy)),
                new Wording(strip(descriptionEn), strip(descriptionCy)), strip(source),
                new Wording(licenceEn.strip(), strip(licenceCy)), items, List.of(score)));
    }

    /** The answer scale every question shares. */
    private record Scale(BigDecimal min, BigDecimal max, List<Wording> labels) {
    }

    private @Nullable Scale scale(Errors errors, Function<String, Wording> words) {
        if (answerType == null) {
            return null;
        }
        if (answerType == ItemType.YES_NO) {
            // Stored as 0 and 1; the labels are what the buttons say.
            return new Scale(BigDecimal.ZERO, BigDecimal.ONE,
                    List.of(words.apply("localInstrument.answer.no"), words.apply("localInstrument.answer.yes")));
        }
        BigDecimal min = number(errors, "lowest", lowest);
        BigDecimal max = number(errors, "highest", highest);
        if (min == null || max == null) {
            return null;
        }
        if (min.compareTo(max) >= 0) {
            FormErrors.reject(errors, "highest", "localInstrument.range.order");
            return null;
        }
        if (answerType == ItemType.NUMBER) {
            return new Scale(min, max, List.of());
        }
        if (!whole(min) || !whole(max)) {
            FormErrors.reject(errors, "lowest", "localInstrument.range.whole");
            return null;
        }
        int answers = max.subtract(min).intValue() + 1;
        if (answers > MOST_ANSWERS) {
            FormErrors.reject(errors, "highest", "localInstrument.range.tooMany");
            return null;
        }
        List<String> english = nonBlankLines(labelsEn);
        List<String> welsh = nonBlankLines(labelsCy);
        if (english.size() != answers) {
            FormErrors.reject(errors, "labelsEn", "localInstrument.labels.count");
            return null;
        }
        if (!welsh.isEmpty() && welsh.size() != answers) {
            FormErrors.reject(errors, "labelsCy", "localInstrument.labels.count");
            return null;
        }
        List<Wording> labels = IntStream.range(0, answers)
                .mapToObj(i -> new Wording(english.get(i), welsh.isEmpty() ? "" : welsh.get(i))).toList();
        return new Scale(min, max, labels);
    }

    private List<Item> items(Errors errors, @Nullable Scale scale) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String posted = questions.get(i).code();
            if (!isBlank(posted) && (!QUESTION_CODE.matcher(posted).matches() || !taken.add(posted))) {
                // Only a tampered form gets here: codes are hidden fields Cylch wrote.
                FormErrors.reject(errors, "questions[" + i + "].textEn", "localInstrument.question.code");
            }
        }
        List<Item> items = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q.blank()) {
                continue;
            }
            if (isBlank(q.textEn())) {
                FormErrors.reject(errors, "questions[" + i + "].textEn", "localInstrument.question.missing");
                continue;
            }
            boolean reverse = Boolean.TRUE.equals(q.reverse());
            if (reverse && answerType == ItemType.NUMBER) {
                FormErrors.reject(errors, "questions[" + i + "].textEn", "localInstrument.question.reverseNumber");
                continue;
            }
            String itemCode = q.code();
            while (isBlank(itemCode)) {
                String candidate = "q" + next++;
                itemCode = taken.add(candidate) ? candidate : null;
            }
            if (scale != null) {
                items.add(new Item(itemCode, answerType, new Wording(q.textEn().strip(), strip(q.textCy())),
                        scale.min(), scale.max(), reverse, null, scale.labels()));
            }
        }
        // Against a field that always exists: a form posted with no question lines has no questions[0].
        if (questions.stream().allMatch(Question::blank)) {
            FormErrors.reject(errors, "nameEn", "localInstrument.questions.none");
        }
        if (items.size() > MAX_QUESTIONS) {
            FormErrors.reject(errors, "nameEn", "localInstrument.questions.tooMany");
        }
        return items;
    }

    private @Nullable ScoreDefinition score(Errors errors, List<Item> items, Wording name) {
        long asked = questions.stream().filter(q -> !q.blank()).count();
        Integer missing = whole(errors, "maxMissing", maxMissing, 0, (int) Math.max(0, asked - 1));
        Integer places = whole(errors, "decimals", decimals, 0, 3);
        BigDecimal threshold = isBlank(meaningfulChange) ? null : number(errors, "meaningfulChange", meaningfulChange);
        if (threshold != null && (threshold.signum() <= 0 || threshold.compareTo(LARGEST) > 0)) {
            FormErrors.reject(errors, "meaningfulChange", "localInstrument.meaningful.positive");
        }
        boolean prorated = Boolean.TRUE.equals(prorate);
        if (scoreMethod == ScoreMethod.SUM && missing != null && missing > 0 && !prorated) {
            FormErrors.reject(errors, "maxMissing", "localInstrument.missing.prorate");
        }
        if (scoreMethod == null || missing == null || places == null || items.isEmpty() || errors.hasErrors()) {
            return null;
        }
        Item item = items.getFirst();
        BigDecimal count = BigDecimal.valueOf(items.size());
        boolean sum = scoreMethod == ScoreMethod.SUM;
        return new ScoreDefinition(sum ? "total" : "mean", name, scoreMethod,
                items.stream().map(Item::code).toList(), new MissingRule(missing, sum && prorated), places,
                sum ? item.min().multiply(count) : item.min(), sum ? item.max().multiply(count) : item.max(),
                threshold, null, null, null, null, false, Boolean.TRUE.equals(lowerIsBetter));
    }

    /** A number within a million either way, with at most four decimal places, or an error against the field. */
    private static @Nullable BigDecimal number(Errors errors, String field, @Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        BigDecimal value;
        try {
            value = text.length() > LONGEST_NUMBER ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null) {
            FormErrors.reject(errors, field, "localInstrument.number.invalid");
            return null;
        }
        if (value.abs().compareTo(LARGEST) > 0 || value.stripTrailingZeros().scale() > MOST_DECIMALS) {
            FormErrors.reject(errors, field, "localInstrument.number.limits");
            return null;
        }
        return value;
    }

    private static @Nullable Integer whole(Errors errors, String field, @Nullable String typed, int low, int high) {
        BigDecimal value = number(errors, field, isBlank(typed) ? "0" : typed);
        if (value == null) {
            return null;
        }
        if (!whole(value) || value.compareTo(BigDecimal.valueOf(low)) < 0
                || value.compareTo(BigDecimal.valueOf(high)) > 0) {
            FormErrors.reject(errors, field, "localInstrument." + field + ".range");
            return null;
        }
        return value.intValue();
    }

    private static void requireText(Errors errors, String field, @Nullable String typed, String messageKey) {
        if (isBlank(typed)) {
            FormErrors.reject(errors, field, messageKey);
        }
    }

    private static boolean whole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static List<Question> blankQuestions(int count) {
        return new ArrayList<>(IntStream.range(0, Math.max(0, count))
                .mapToObj(i -> new Question(null, null, null, false)).toList());
    }

    private static List<String> nonBlankLines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    private static @Nullable String lines(List<String> values) {
        return values.stream().allMatch(v -> v == null || v.isBlank()) ? null : String.join("\n", values);
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
