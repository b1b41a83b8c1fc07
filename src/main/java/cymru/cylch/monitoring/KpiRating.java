package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One key performance indicator of an assessment and its rating: the measure, named as it was when the assessment
 * was made; the rating (none yet, in a draft), the explanation "other" needs, and a note any rating may carry; and,
 * once published, the measure's latest value in the period and that value's period (none if it had no value).
 */
public record KpiRating(MeasureId measure, MeasureText name, MeasureText unit, @Nullable PerformanceRating rating,
                        @Nullable String explanation, @Nullable String note, @Nullable BigDecimal measured,
                        @Nullable LocalDate measuredStart) {

    static final int LONGEST = 2000;

    /** The KPI of a new draft: not rated yet. */
    static KpiRating unrated(Measure measure) {
        return new KpiRating(measure.id(), measure.name(), measure.unit(), null, null, null, null, null);
    }

    /** The same KPI with the commissioner's choice, refused if a part is too long or "other" is unexplained. */
    KpiRating chosen(int index, RatingChoice choice) {
        String why = text(choice.explanation(), index, "explanation");
        String said = text(choice.note(), index, "note");
        PerformanceRating chosen = choice.rating();
        if (chosen != null && chosen.needsExplanation() && why == null) {
            throw new RuleViolationException("contractAssessment.explanation.missing", "ratings[" + index + "].explanation");
        }
        return new KpiRating(measure, name, unit, chosen, why, said, measured, measuredStart);
    }

    /** The same KPI with the value it had when the assessment was published. */
    KpiRating measuredAs(@Nullable PeriodRow latest) {
        return new KpiRating(measure, name, unit, rating, explanation, note,
                latest == null ? null : latest.value(), latest == null ? null : latest.period().start());
    }

    private static @Nullable String text(@Nullable String given, int index, String part) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String kept = given.strip();
        if (kept.length() > LONGEST) {
            throw new RuleViolationException("contractAssessment.text.tooLong", "ratings[" + index + "]." + part);
        }
        return kept;
    }
}
