package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How bids are scored, priced and ranked. */
class WeightedScoringTest {

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion(1, "Quality of care", CriterionKind.QUALITY, 40, null),
            new Criterion(2, "Outcomes for people", CriterionKind.OUTCOMES, 30, null),
            new Criterion(3, "Price", CriterionKind.PRICE, 30, null));

    @Test
    void aScoreGivesItsShareOfTheCriterionsWeight() {
        assertThat(WeightedScoring.qualityPoints(5, 40)).isEqualByComparingTo("40");
        assertThat(WeightedScoring.qualityPoints(3, 40)).isEqualByComparingTo("24");
        assertThat(WeightedScoring.qualityPoints(0, 40)).isEqualByComparingTo("0");
        assertThat(WeightedScoring.qualityPoints(1, 15)).isEqualByComparingTo("3");
    }

    @Test
    void scoresOffThePublishedScaleAreAMistake() {
        assertThatThrownBy(() -> WeightedScoring.qualityPoints(6, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeightedScoring.qualityPoints(-1, 40)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLowestPriceGetsTheWholePriceWeightAndOthersTheirRatioOfIt() {
        Money lowest = Money.of("80000.00");
        assertThat(WeightedScoring.pricePoints(lowest, lowest, 30)).isEqualByComparingTo("30");
        assertThat(WeightedScoring.pricePoints(lowest, Money.of("160000.00"), 30)).isEqualByComparingTo("15");
        assertThat(WeightedScoring.shown(WeightedScoring.pricePoints(lowest, Money.of("120000.00"), 30)))
                .isEqualByComparingTo("20.00");
        assertThat(WeightedScoring.shown(WeightedScoring.pricePoints(Money.of("100.00"), Money.of("300.00"), 40)))
                .isEqualByComparingTo("13.33");
    }

    @Test
    void aPriceOfNothingIsTheLowestThereCanBe() {
        assertThat(WeightedScoring.pricePoints(Money.ZERO, Money.ZERO, 25)).isEqualByComparingTo("25");
        assertThat(WeightedScoring.pricePoints(Money.ZERO, Money.of("10.00"), 25)).isEqualByComparingTo("0");
    }

    @Test
    void betterCareWinsOverACheaperPriceWhenQualityWeighsMore() {
        Bid cheap = bid("90000.00", 0);
        Bid good = bid("120000.00", 1);
        var ranked = WeightedScoring.rank(List.of(cheap, good), CRITERIA, Map.of(
                cheap.id(), Map.of(1, 2, 2, 2),
                good.id(), Map.of(1, 5, 2, 4)));

        assertThat(ranked).extracting(r -> r.bid().id()).containsExactly(good.id(), cheap.id());
        // good: 40 + 24 + 90/120 × 30 = 22.5 -> 86.50; cheap: 16 + 12 + 30 = 58.00
        assertThat(ranked.get(0).total()).isEqualByComparingTo("86.50");
        assertThat(ranked.get(0).points()).containsEntry(3, new BigDecimal("22.50"));
        assertThat(ranked.get(1).total()).isEqualByComparingTo("58.00");
        assertThat(ranked).extracting(WeightedScoring.RankedBid::rank).containsExactly(1, 2);
    }

    @Test
    void equalTotalsShareARankInTheOrderTheyWereSubmitted() {
        Bid first = bid("100.00", 0);
        Bid second = bid("100.00", 1);
        Bid third = bid("200.00", 2);
        var ranked = WeightedScoring.rank(List.of(third, second, first), CRITERIA, Map.of(
                first.id(), Map.of(1, 3, 2, 3), second.id(), Map.of(1, 3, 2, 3), third.id(), Map.of(1, 3, 2, 3)));

        assertThat(ranked).extracting(r -> r.bid().id()).containsExactly(first.id(), second.id(), third.id());
        assertThat(ranked).extracting(WeightedScoring.RankedBid::rank).containsExactly(1, 1, 3);
    }

    @Test
    void aBidWithoutAnAgreedScoreCannotBeRanked() {
        Bid bid = bid("100.00", 0);
        assertThatThrownBy(() -> WeightedScoring.rank(List.of(bid), CRITERIA, Map.of(bid.id(), Map.of(1, 3))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void totalsNeverExceedOneHundredAndTopMarksAtTheLowestPriceGetExactlyThat() {
        Random random = new Random(20_261_204L);
        for (int round = 0; round < 500; round++) {
            Bid a = bid(random.nextInt(1, 1_000_000) + ".00", 0);
            Bid b = bid(random.nextInt(1, 1_000_000) + "." + random.nextInt(10, 100), 1);
            var ranked = WeightedScoring.rank(List.of(a, b), CRITERIA, Map.of(
                    a.id(), Map.of(1, random.nextInt(6), 2, random.nextInt(6)),
                    b.id(), Map.of(1, random.nextInt(6), 2, random.nextInt(6))));
            assertThat(ranked).allSatisfy(r -> assertThat(r.total()).isBetween(BigDecimal.ZERO,
                    new BigDecimal("100.00")));
            assertThat(ranked.get(0).total()).isGreaterThanOrEqualTo(ranked.get(1).total());
        }
        Bid best = bid("500.00", 0);
        assertThat(WeightedScoring.rank(List.of(best), CRITERIA, Map.of(best.id(), Map.of(1, 5, 2, 5))).get(0).total())
                .isEqualByComparingTo("100.00");
    }

    private static Bid bid(String price, int second) {
        return new Bid(UUID.randomUUID(), ProcurementId.of(UUID.randomUUID()), OrganisationId.of(UUID.randomUUID()),
                1, Money.of(price), Map.of(), Instant.parse("2026-12-01T10:00:00Z").plusSeconds(second), null, null);
    }
}
