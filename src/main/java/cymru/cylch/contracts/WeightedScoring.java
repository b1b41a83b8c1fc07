package cymru.cylch.contracts;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How bids for a lot are scored and ranked. Each criterion evaluators score gives {@code score / 5 × weight} points
 * (the agreed, moderated score on the published 0 to 5 scale); price gives {@code lowest price / bid price × weight}
 * points, so the lowest price for the lot gets the whole weight and a price twice as high gets half. A bid's total is
 * the sum, out of 100. Points are worked out exactly and rounded half-up to two decimal places once, at the end, so
 * that two bids with the same scores always tie.
 */
public final class WeightedScoring {

    /** The top of the published scale. */
    public static final int TOP_SCORE = 5;

    private static final BigDecimal TOP = BigDecimal.valueOf(TOP_SCORE);
    private static final int WORKING_SCALE = 10;

    private WeightedScoring() {
    }

    /** A bid with its points per criterion (by number), its total, and its rank in the lot (1 is the highest). */
    public record RankedBid(Bid bid, Map<Integer, BigDecimal> points, BigDecimal total, int rank) {

        public RankedBid {
            points = Map.copyOf(points);
        }
    }

    /** Points for a score on the 0 to 5 scale under a criterion of this weight. */
    public static BigDecimal qualityPoints(int score, int weight) {
        if (score < 0 || score > TOP_SCORE) {
            throw new IllegalArgumentException("a score is 0 to " + TOP_SCORE + ": " + score);
        }
        return BigDecimal.valueOf(score).multiply(BigDecimal.valueOf(weight))
                .divide(TOP, WORKING_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Points for a price under a price criterion of this weight, given the lowest price bid for the lot: the lowest
     * gets the whole weight. A price of nothing is the lowest there can be and gets the whole weight.
     */
    public static BigDecimal pricePoints(Money lowest, Money price, int weight) {
        if (price.isNegative() || lowest.isNegative() || lowest.isGreaterThan(price)) {
            throw new IllegalArgumentException("prices are not negative and the lowest is not above any other");
        }
        if (price.amount().signum() == 0) {
            return BigDecimal.valueOf(weight).setScale(WORKING_SCALE, RoundingMode.UNNECESSARY);
        }
        return lowest.amount().multiply(BigDecimal.valueOf(weight))
                .divide(price.amount(), WORKING_SCALE, RoundingMode.HALF_UP);
    }

    /** Rounded to two decimal places, as shown. */
    public static BigDecimal shown(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The bids for one lot ranked by total, highest first; bids with equal totals share a rank and keep the order in
     * which they were submitted. {@code moderated} gives, for each bid, its agreed score by criterion number; every
     * criterion evaluators score must have one.
     */
    public static List<RankedBid> rank(List<Bid> bids, List<Criterion> criteria,
                                       Map<UUID, Map<Integer, Integer>> moderated) {
        if (bids.isEmpty()) {
            return List.of();
        }
        Money lowest = bids.stream().map(Bid::price).min(Comparator.naturalOrder()).orElseThrow();
        List<RankedBid> unranked = new ArrayList<>();
        for (Bid bid : bids) {
            Map<Integer, BigDecimal> points = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Criterion criterion : criteria) {
                BigDecimal these;
                if (criterion.kind().scoredByEvaluators()) {
                    Integer score = moderated.getOrDefault(bid.id(), Map.of()).get(criterion.number());
                    if (score == null) {
                        throw new IllegalStateException("bid " + bid.id() + " has no agreed score for criterion "
                                + criterion.number());
                    }
                    these = qualityPoints(score, criterion.weight());
                } else {
                    these = pricePoints(lowest, bid.price(), criterion.weight());
                }
                points.put(criterion.number(), shown(these));
                total = total.add(these);
            }
            unranked.add(new RankedBid(bid, points, shown(total), 0));
        }
        List<RankedBid> sorted = unranked.stream()
                .sorted(Comparator.comparing(RankedBid::total).reversed()
                        .thenComparing(r -> r.bid().submittedAt()))
                .toList();
        List<RankedBid> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            RankedBid bid = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).total().compareTo(bid.total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankedBid(bid.bid(), bid.points(), bid.total(), rank));
        }
        return List.copyOf(ranked);
    }
}
