package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules of contract performance assessments without a database: the rating scale and its UK codes, the rating
 * Cylch suggests, the period an assessment may cover and when the next is due, and that a published assessment is
 * final.
 */
class ContractAssessmentRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final MeasureId ON_TIME = MeasureId.of(UUID.randomUUID());
    private static final MeasureId REVIEWED = MeasureId.of(UUID.randomUUID());

    @Test
    void theRegulationsScaleMapsInOrderToTheUkExtensionsCodes() {
        assertThat(Arrays.stream(PerformanceRating.values()).map(PerformanceRating::ukCode))
                .containsExactly("met", "slightlyBelow", "below", "significantlyBelow", "other");
        assertThat(Arrays.stream(PerformanceRating.values()).map(PerformanceRating::title)).containsExactly(
                "Good", "Approaching target", "Requires improvement", "Inadequate", "Other");
        assertThat(Arrays.stream(PerformanceRating.values()).filter(PerformanceRating::needsExplanation))
                .containsExactly(PerformanceRating.OTHER);
    }

    @Test
    void theSuggestionFollowsTheRatedPeriodsOnly() {
        assertThat(RatingSuggestion.from(List.of(Rag.GREEN, Rag.GREEN, Rag.NOT_REPORTED, Rag.NO_TARGET)))
                .contains(PerformanceRating.GOOD);
        assertThat(RatingSuggestion.from(List.of(Rag.GREEN, Rag.AMBER, Rag.GREEN)))
                .contains(PerformanceRating.APPROACHING_TARGET);
        assertThat(RatingSuggestion.from(List.of(Rag.GREEN, Rag.RED, Rag.AMBER, Rag.GREEN)))
                .contains(PerformanceRating.REQUIRES_IMPROVEMENT);
        assertThat(RatingSuggestion.from(List.of(Rag.RED, Rag.GREEN))).as("half red is not more than half")
                .contains(PerformanceRating.REQUIRES_IMPROVEMENT);
        assertThat(RatingSuggestion.from(List.of(Rag.RED, Rag.RED, Rag.GREEN, Rag.NOT_REPORTED)))
                .contains(PerformanceRating.INADEQUATE);
        assertThat(RatingSuggestion.from(List.of(Rag.NOT_REPORTED, Rag.NO_CASES, Rag.NO_TARGET))).isEmpty();
        assertThat(RatingSuggestion.from(List.of())).isEmpty();
    }

    @Test
    void aPeriodIsAtMostTwelveMonthsAndTheNextIsDueTwelveMonthsAfterItEnds() {
        var year = new AssessmentPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
        assertThat(year.nextDue()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(new AssessmentPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)).end())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> new AssessmentPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contractAssessment.period.overTwelveMonths");
        assertThatThrownBy(() -> new AssessmentPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 31)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contractAssessment.period.backwards");
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        var year = new AssessmentPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
        assertThat(year.overlaps(new AssessmentPeriod(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30)))).isTrue();
        assertThat(year.overlaps(new AssessmentPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1)))).isTrue();
        assertThat(year.overlaps(new AssessmentPeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)))).isTrue();
        assertThat(year.overlaps(new AssessmentPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))).isFalse();
        assertThat(year.overlaps(new AssessmentPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))))
                .isFalse();
    }

    @Test
    void aQuarterCountsOnlyWhenItLiesWhollyWithinThePeriod() {
        var period = new AssessmentPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 3, 31));
        assertThat(period.covers(new Period(Frequency.QUARTERLY, LocalDate.of(2025, 4, 1)))).isFalse();
        assertThat(period.covers(new Period(Frequency.QUARTERLY, LocalDate.of(2025, 7, 1)))).isTrue();
        assertThat(period.covers(new Period(Frequency.QUARTERLY, LocalDate.of(2026, 1, 1)))).isTrue();
        assertThat(period.covers(new Period(Frequency.QUARTERLY, LocalDate.of(2026, 4, 1)))).isFalse();
    }

    @Test
    void otherNeedsAnExplanationAndEveryRatingMayCarryANote() {
        ContractAssessment draft = draft();
        assertThatThrownBy(() -> draft.rated(List.of(new RatingChoice(ON_TIME, PerformanceRating.OTHER, " ", null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("contractAssessment.explanation.missing")
                .extracting(e -> ((RuleViolationException) e).part()).isEqualTo("ratings[0].explanation");
        ContractAssessment rated = draft.rated(List.of(
                new RatingChoice(ON_TIME, PerformanceRating.OTHER, "Visits paused by the flood", null),
                new RatingChoice(REVIEWED, PerformanceRating.GOOD, null, " All reviewed on time ")));
        assertThat(rated.ratings()).extracting(KpiRating::rating, KpiRating::explanation, KpiRating::note)
                .containsExactly(
                        tuple(PerformanceRating.OTHER, "Visits paused by the flood",
                                null),
                        tuple(PerformanceRating.GOOD, null, "All reviewed on time"));
        assertThatThrownBy(() -> draft.rated(List.of(new RatingChoice(REVIEWED, PerformanceRating.GOOD, null,
                "x".repeat(KpiRating.LONGEST + 1))))).hasMessageContaining("contractAssessment.text.tooLong");
    }

    @Test
    void publishingNeedsEveryKpiRatedAndKeepsTheLatestValue() {
        ContractAssessment partly = draft().rated(List.of(new RatingChoice(ON_TIME, PerformanceRating.GOOD, null,
                null)));
        assertThatThrownBy(() -> partly.publishedAt(NOW, k -> null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("contractAssessment.rating.missing");
        ContractAssessment published = partly.rated(List.of(new RatingChoice(REVIEWED,
                PerformanceRating.INADEQUATE, null, null))).publishedAt(NOW, k -> k.measure().equals(ON_TIME)
                ? new PeriodRow(new Period(Frequency.QUARTERLY, LocalDate.of(2026, 7, 1)), null,
                new BigDecimal("92.5"), null, null, Rag.GREEN, false, true) : null);
        assertThat(published.published()).isTrue();
        assertThat(published.publishedAt()).isEqualTo(NOW);
        assertThat(published.ratings()).extracting(KpiRating::measured, KpiRating::measuredStart).containsExactly(
                tuple(new BigDecimal("92.5"), LocalDate.of(2026, 7, 1)),
                tuple(null, null));
        ContractAssessment none = new ContractAssessment(UUID.randomUUID(), OrganisationId.of(UUID.randomUUID()),
                ContractId.of(UUID.randomUUID()), OrganisationId.of(UUID.randomUUID()), draft().period(),
                AssessmentStatus.DRAFT, List.of(), null, NOW, null, 0);
        assertThatThrownBy(() -> none.publishedAt(NOW, k -> null)).hasMessageContaining("contractAssessment.noKpis");
    }

    @Test
    void aPublishedAssessmentIsFinal() {
        ContractAssessment published = draft().rated(List.of(
                new RatingChoice(ON_TIME, PerformanceRating.GOOD, null, null),
                new RatingChoice(REVIEWED, PerformanceRating.GOOD, null, null))).publishedAt(NOW, k -> null);
        assertThatThrownBy(() -> published.rated(List.of(new RatingChoice(ON_TIME, PerformanceRating.INADEQUATE,
                null, null)))).isInstanceOf(RuleViolationException.class).hasMessageContaining("contractAssessment.published");
        assertThatThrownBy(() -> published.publishedAt(NOW.plusSeconds(60), k -> null))
                .hasMessageContaining("contractAssessment.published");
    }

    private static ContractAssessment draft() {
        return new ContractAssessment(UUID.randomUUID(), OrganisationId.of(UUID.randomUUID()),
                ContractId.of(UUID.randomUUID()), OrganisationId.of(UUID.randomUUID()),
                new AssessmentPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30)), AssessmentStatus.DRAFT,
                List.of(kpi(ON_TIME, "Visits on time"), kpi(REVIEWED, "Reviews on time")), null, NOW, null, 0);
    }

    private static KpiRating kpi(MeasureId id, String name) {
        return new KpiRating(id, new MeasureText(name, name), new MeasureText("%", "%"), null, null, null, null,
                null);
    }
}
