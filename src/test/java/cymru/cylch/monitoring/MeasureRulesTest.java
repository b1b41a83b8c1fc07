package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The measure arithmetic, ratings with polarity, periods, targets in force and the forecast, as plain rules. */
class MeasureRulesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void percentageIsPartOverWholeTimesHundredRoundedHalfUp() {
        MeasureFormula formula = MeasureFormula.of(Shape.PERCENTAGE, 1);
        assertThat(formula.value(d("2"), d("3"))).isEqualByComparingTo("66.7");
        assertThat(formula.value(d("1"), d("8"))).isEqualByComparingTo("12.5");
    }

    @Test
    void rateUsesItsFactorAndCountIsTheNumerator() {
        assertThat(new MeasureFormula(Shape.RATE, d("1000"), 2).value(d("3"), d("1200")))
                .isEqualByComparingTo("2.50");
        assertThat(MeasureFormula.of(Shape.COUNT, 0).value(d("41"), null)).isEqualByComparingTo("41");
    }

    @Test
    void aZeroDenominatorHasNoValueRatherThanZero() {
        assertThat(MeasureFormula.of(Shape.PERCENTAGE, 1).value(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
        assertThatThrownBy(() -> MeasureFormula.of(Shape.PERCENTAGE, 1).value(d("2"), BigDecimal.ZERO))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("measure.value.partOfNothing");
    }

    @Test
    void figuresTheShapeCannotTakeAreRefusedByName() {
        MeasureFormula percentage = MeasureFormula.of(Shape.PERCENTAGE, 1);
        assertThat(code(() -> percentage.check(d("5"), d("4")))).isEqualTo("measure.value.partOverWhole");
        assertThat(code(() -> percentage.check(d("-1"), d("4")))).isEqualTo("measure.value.negative");
        assertThat(code(() -> percentage.check(d("1"), null))).isEqualTo("measure.value.denominatorMissing");
        assertThat(code(() -> MeasureFormula.of(Shape.COUNT, 0).check(d("1"), d("2"))))
                .isEqualTo("measure.value.denominatorNotUsed");
        assertThat(code(() -> percentage.check(d("1e20"), d("1e21")))).isEqualTo("measure.figure.tooLarge");
        assertThat(code(() -> percentage.check(d("0.00001"), d("1")))).isEqualTo("measure.figure.tooPrecise");
        // An amount may be negative: recoveries can outweigh payments.
        assertThat(MeasureFormula.of(Shape.AMOUNT, 2).value(d("-12.5"), null)).isEqualByComparingTo("-12.50");
    }

    @Test
    void aPercentageAlwaysUsesAFactorOfHundred() {
        assertThat(code(() -> new MeasureFormula(Shape.PERCENTAGE, d("1000"), 1)))
                .isEqualTo("measure.factor.percentage");
        assertThat(code(() -> new MeasureFormula(Shape.COUNT, d("10"), 0))).isEqualTo("measure.factor.count");
    }

    @Test
    void higherIsBetterIsGreenAtTheTargetAmberWithinTheBandRedBelow() {
        RagBands bands = RagBands.usual(Polarity.HIGHER_IS_BETTER);
        assertThat(bands.rate(d("90"), d("90"), Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(bands.rate(d("81"), d("90"), Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(bands.rate(d("80.9"), d("90"), Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.RED);
    }

    @Test
    void lowerIsBetterTurnsTheBandsRound() {
        RagBands bands = RagBands.usual(Polarity.LOWER_IS_BETTER);
        assertThat(bands.rate(d("8"), d("8"), Polarity.LOWER_IS_BETTER)).isEqualTo(Rag.GREEN);
        assertThat(bands.rate(d("8.8"), d("8"), Polarity.LOWER_IS_BETTER)).isEqualTo(Rag.AMBER);
        assertThat(bands.rate(d("8.9"), d("8"), Polarity.LOWER_IS_BETTER)).isEqualTo(Rag.RED);
        assertThat(bands.rate(d("2"), d("8"), Polarity.LOWER_IS_BETTER)).isEqualTo(Rag.GREEN);
    }

    @Test
    void aMissingValueIsNotReportedAndAMissingTargetUnrated() {
        RagBands bands = RagBands.usual(Polarity.HIGHER_IS_BETTER);
        assertThat(bands.rate(null, d("90"), Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.NOT_REPORTED);
        assertThat(bands.rate(d("50"), null, Polarity.HIGHER_IS_BETTER)).isEqualTo(Rag.NO_TARGET);
    }

    @Test
    void bandsOnTheWrongSideOfGreenAreRefused() {
        assertThat(code(() -> new RagBands(d("100"), d("110")).checkedFor(Polarity.HIGHER_IS_BETTER)))
                .isEqualTo("measure.bands.amberAboveGreen");
        assertThat(code(() -> new RagBands(d("100"), d("90")).checkedFor(Polarity.LOWER_IS_BETTER)))
                .isEqualTo("measure.bands.amberBelowGreen");
    }

    @Test
    void quartersAndYearsAreTheFinancialOnes() {
        assertThat(Frequency.QUARTERLY.startOf(LocalDate.of(2026, 11, 15))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Frequency.QUARTERLY.startOf(LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Frequency.ANNUAL.startOf(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Frequency.ANNUAL.startOf(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(new Period(Frequency.QUARTERLY, LocalDate.of(2026, 10, 1)).end())
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aSubjectsOwnTargetWinsOverTheMeasuresFromItsPeriodOn() {
        MeasureId id = MeasureId.of(UUID.randomUUID());
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        List<MeasureTarget> targets = List.of(
                new MeasureTarget(id, "", LocalDate.of(2026, 4, 1), d("90"), "all", at, null),
                new MeasureTarget(id, "p", LocalDate.of(2026, 7, 1), d("80"), "one", at, null),
                new MeasureTarget(id, "", LocalDate.of(2026, 10, 1), d("95"), "raised", at, null));
        assertThat(TargetsInForce.at(targets, "p", LocalDate.of(2026, 5, 1))).isEqualByComparingTo("90");
        assertThat(TargetsInForce.at(targets, "p", LocalDate.of(2026, 11, 1))).isEqualByComparingTo("80");
        assertThat(TargetsInForce.at(targets, "q", LocalDate.of(2026, 11, 1))).isEqualByComparingTo("95");
        assertThat(TargetsInForce.at(targets, "q", LocalDate.of(2026, 3, 1))).isNull();
    }

    @Test
    void theForecastCarriesTheTrendForwardWithinItsBounds() {
        List<Forecast.Point> rising = List.of(new Forecast.Point(0, d("90")), new Forecast.Point(1, d("94")),
                new Forecast.Point(2, d("98")));
        assertThat(Forecast.of(rising, List.of(3, 4), Shape.PERCENTAGE, 1))
                .containsExactly(d("100.0"), d("100.0"));
        assertThat(Forecast.of(rising, List.of(3), Shape.COUNT, 0)).containsExactly(d("102"));
        assertThat(Forecast.of(rising.subList(0, 2), List.of(3), Shape.COUNT, 0)).isEmpty();
        // A gap in reporting keeps its place in time.
        List<Forecast.Point> gap = List.of(new Forecast.Point(0, d("10")), new Forecast.Point(1, d("12")),
                new Forecast.Point(4, d("18")));
        assertThat(Forecast.of(gap, List.of(5), Shape.COUNT, 0)).containsExactly(d("20"));
    }

    @Test
    void aCorrectionReplacesItsPeriodOnlyAndKeepsTheHistory() {
        MeasureId id = MeasureId.of(UUID.randomUUID());
        Measure measure = new Measure(id, OrganisationId.of(UUID.randomUUID()), null,
                new MeasureText("n", "n"), Quadrant.HOW_MUCH, MeasureFormula.of(Shape.COUNT, 0),
                new MeasureText("n", "n"), null, new MeasureText("", ""), Frequency.MONTHLY,
                Polarity.HIGHER_IS_BETTER, MeasureSource.IMPORTED, null, false, Attachment.COUNCIL, null,
                RagBands.usual(Polarity.HIGHER_IS_BETTER), null, null, null, Instant.EPOCH, null, 0);
        Period october = new Period(Frequency.MONTHLY, LocalDate.of(2026, 10, 1));
        MeasureValue first = value(id, october, "10", null);
        MeasureValue corrected = value(id, october, "12", first.id());
        MeasureValue november = value(id, october.next(), "11", null);
        MeasureSeries series = MeasureSeries.of(measure, Subject.COUNCIL, List.of(first, corrected, november),
                List.of(), october.previous(), october.next(), 1);
        assertThat(series.rows()).extracting(PeriodRow::value).containsExactly(null, d("12"), d("11"), null);
        assertThat(series.rows().getFirst().rag()).isEqualTo(Rag.NOT_REPORTED);
        assertThat(series.rows().get(1).corrected()).isTrue();
        assertThat(series.rows().get(2).corrected()).isFalse();
        assertThat(series.history()).hasSize(3);
    }

    private static MeasureValue value(MeasureId id, Period period, String figure, @Nullable UUID corrects) {
        return new MeasureValue(UUID.randomUUID(), id, "", period.start(), new Figures(d(figure), null), d(figure),
                MeasureSource.IMPORTED, corrects, corrects == null ? null : "late return", Instant.now(), null, null);
    }

    private static String code(Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolationException broken) {
            return broken.code();
        }
        throw new AssertionError("no rule was broken");
    }
}
