package cymru.cylch.contracts;

import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What makes a procurement sound, and a bid, a score or an award acceptable. Each broken rule is a
 * {@link RuleViolationException} with a stable {@code procurement.*} code, also the key of its message in English and
 * Welsh, and, where it is about one lot or criterion of several, that part.
 *
 * <p>The weights are the heart of it. Councils that brokered care as a price-only reverse auction were rightly
 * criticised: the cheapest bid won however poor the care, and the people supported paid the price. So a Cylch tender
 * must weigh quality or outcomes (at least one such criterion), and price may carry no more than a set share of the
 * weight (40% by default, {@code CYLCH_PROCUREMENT_MOST_PRICE_WEIGHT}): price is one weighted factor among several,
 * never the decider on its own. The weights are published and add up to exactly 100, so every bidder knows what
 * counts and how much.
 */
public final class ProcurementRules {

    /** The longest a criterion's title, a lot's title or the procurement's title may be. */
    static final int LONGEST_TITLE = 200;
    static final int LONGEST_STANDSTILL = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int mostPriceWeight;
    private final int leastStandstillDays;

    public ProcurementRules(int mostPriceWeight, int leastStandstillDays) {
        if (mostPriceWeight < 0 || mostPriceWeight > 100) {
            throw new IllegalArgumentException("price's largest weight is a percentage: " + mostPriceWeight);
        }
        this.mostPriceWeight = mostPriceWeight;
        this.leastStandstillDays = leastStandstillDays;
    }

    public int mostPriceWeight() {
        return mostPriceWeight;
    }

    public int leastStandstillDays() {
        return leastStandstillDays;
    }

    /** Checks a draft, or throws the first rule it breaks. {@code now} is when it is drafted or published. */
    public void check(ProcurementDraft draft, Instant now) {
        if (draft.reference().isBlank()) {
            throw new RuleViolationException("procurement.reference.blank");
        }
        if (draft.title().isBlank()) {
            throw new RuleViolationException("procurement.title.blank");
        }
        if (draft.route() != ProcurementRoute.BLOCK_CONTRACT && draft.route() != ProcurementRoute.FRAMEWORK_AGREEMENT) {
            throw new RuleViolationException("procurement.route.notTendered");
        }
        checkLots(draft.lots());
        checkWeights(draft.criteria());
        if (!draft.closesAt().isAfter(now)) {
            throw new RuleViolationException("procurement.closing.past");
        }
        if (draft.standstillDays() < leastStandstillDays || draft.standstillDays() > LONGEST_STANDSTILL) {
            throw new RuleViolationException("procurement.standstill.range");
        }
        if (draft.evaluators().size() < 2) {
            throw new RuleViolationException("procurement.evaluators.tooFew");
        }
        if (draft.contractEnd().isBefore(draft.contractStart())) {
            throw new RuleViolationException("procurement.contract.endBeforeStart");
        }
        if (draft.outcomeStatements().stream().allMatch(String::isBlank)) {
            throw new RuleViolationException("procurement.outcomes.none");
        }
        checkOutcomeShare(draft);
    }

    /**
     * The criteria and their weights: each titled, weighing 1 to 100 percent, together exactly 100; at least one
     * about quality or outcomes; at most one about price, weighing no more than price may.
     */
    public void checkWeights(List<Criterion> criteria) {
        if (criteria.isEmpty()) {
            throw new RuleViolationException("procurement.criteria.none");
        }
        Set<Integer> numbers = new HashSet<>();
        int sum = 0;
        int prices = 0;
        for (Criterion criterion : criteria) {
            String part = String.valueOf(criterion.number());
            if (!numbers.add(criterion.number())) {
                throw new RuleViolationException("procurement.criteria.numbers", part);
            }
            if (criterion.title().isBlank()) {
                throw new RuleViolationException("procurement.criteria.title", part);
            }
            if (criterion.weight() < 1 || criterion.weight() > 100) {
                throw new RuleViolationException("procurement.criteria.weight", part);
            }
            sum += criterion.weight();
            if (criterion.kind() == CriterionKind.PRICE) {
                prices++;
                if (criterion.weight() > mostPriceWeight) {
                    throw new RuleViolationException("procurement.criteria.priceTooHeavy", part);
                }
            }
        }
        if (sum != 100) {
            throw new RuleViolationException("procurement.weights.sum");
        }
        if (prices > 1) {
            throw new RuleViolationException("procurement.criteria.onePrice");
        }
        if (criteria.stream().noneMatch(c -> c.kind().aboutQualityOrOutcomes())) {
            throw new RuleViolationException("procurement.criteria.qualityOrOutcomes");
        }
    }

    private static void checkLots(List<Lot> lots) {
        if (lots.isEmpty()) {
            throw new RuleViolationException("procurement.lots.none");
        }
        Set<Integer> numbers = new HashSet<>();
        for (Lot lot : lots) {
            if (lot.number() < 1 || !numbers.add(lot.number())) {
                throw new RuleViolationException("procurement.lots.numbers", String.valueOf(lot.number()));
            }
            if (lot.title().isBlank()) {
                throw new RuleViolationException("procurement.lots.title", String.valueOf(lot.number()));
            }
        }
    }

    private static void checkOutcomeShare(ProcurementDraft draft) {
        BigDecimal share = draft.outcomeSharePercent();
        if (draft.model() != CommissioningModel.PAYMENT_BY_RESULTS) {
            if (share != null) {
                throw new RuleViolationException("procurement.outcomeShare.notPaymentByResults");
            }
            return;
        }
        if (share == null || share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
            throw new RuleViolationException("procurement.outcomeShare.range");
        }
    }

    /**
     * A bid: for a lot of the procurement, at a price not below nothing, with a response to every criterion
     * evaluators score. Whether bidding is still open is checked where the bid is stored, against the closing time.
     */
    public static void checkBid(ProcurementDraft draft, NewBid bid) {
        if (draft.lot(bid.lot()).isEmpty()) {
            throw new RuleViolationException("procurement.bid.lot");
        }
        if (bid.price().isNegative()) {
            throw new RuleViolationException("procurement.bid.price.negative");
        }
        for (Criterion criterion : draft.scoredCriteria()) {
            String response = bid.responses().get(criterion.number());
            if (response == null || response.isBlank()) {
                throw new RuleViolationException("procurement.bid.response.missing", String.valueOf(criterion.number()));
            }
        }
        for (Integer answered : bid.responses().keySet()) {
            if (draft.criterion(answered).filter(c -> c.kind().scoredByEvaluators()).isEmpty()) {
                throw new RuleViolationException("procurement.bid.response.unknown", String.valueOf(answered));
            }
        }
    }

    /** An evaluator's score: 0 to 5, with a comment that justifies it. */
    public static void checkScore(ScoreEntry entry) {
        if (entry.score() < 0 || entry.score() > WeightedScoring.TOP_SCORE) {
            throw new RuleViolationException("procurement.score.range", entry.bid() + "/" + entry.criterion());
        }
        String comment = entry.comment();
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("procurement.score.comment", entry.bid() + "/" + entry.criterion());
        }
    }

    /**
     * A moderated score: 0 to 5, with a reason where the evaluators' scores differ, or where the agreed score is not
     * the one they all gave.
     */
    public static void checkModeration(ScoreEntry entry, Set<Integer> evaluatorsScores) {
        if (entry.score() < 0 || entry.score() > WeightedScoring.TOP_SCORE) {
            throw new RuleViolationException("procurement.moderation.range", entry.bid() + "/" + entry.criterion());
        }
        boolean agreed = evaluatorsScores.size() == 1 && evaluatorsScores.contains(entry.score());
        String reason = entry.comment();
        if (!agreed && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("procurement.moderation.reason", entry.bid() + "/" + entry.criterion());
        }
    }

    /**
     * The award choices for one lot: each one of the lot's ranked bids, none twice. The bids chosen need no reason as
     * long as no bid left out ranks above one chosen (so the highest, or the top few of a framework's, in rank order;
     * bids tied on a rank are equal); a chosen bid with a higher-ranked bid passed over needs a reason.
     * {@code ranks} are the lot's bids with their ranks (1 the highest).
     */
    public static void checkAward(int lot, List<AwardChoice> choices, Map<UUID, Integer> ranks) {
        Set<UUID> chosen = new HashSet<>();
        for (AwardChoice choice : choices) {
            if (!ranks.containsKey(choice.bid())) {
                throw new RuleViolationException("procurement.award.bid", String.valueOf(lot));
            }
            if (!chosen.add(choice.bid())) {
                throw new RuleViolationException("procurement.award.duplicate", String.valueOf(lot));
            }
        }
        int bestPassedOver = ranks.entrySet().stream().filter(e -> !chosen.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).min().orElse(Integer.MAX_VALUE);
        for (AwardChoice choice : choices) {
            String reason = choice.reason();
            if (ranks.get(choice.bid()) > bestPassedOver && (reason == null || reason.isBlank())) {
                throw new RuleViolationException("procurement.award.reason", String.valueOf(lot));
            }
        }
    }

    /**
     * Every lot that has bids is awarded, and no other: a block contract's lot to one bid, a framework agreement's
     * to one or more (a framework appoints several providers to a lot).
     */
    public static void checkAwardCovers(ProcurementRoute route, List<AwardChoice> choices,
                                        Map<Integer, ?> lotsWithBids) {
        Set<Integer> chosen = new HashSet<>();
        for (AwardChoice choice : choices) {
            if (!lotsWithBids.containsKey(choice.lot())) {
                throw new RuleViolationException("procurement.award.lot", String.valueOf(choice.lot()));
            }
            if (!chosen.add(choice.lot()) && route != ProcurementRoute.FRAMEWORK_AGREEMENT) {
                throw new RuleViolationException("procurement.award.onePerLot", String.valueOf(choice.lot()));
            }
        }
        if (!chosen.containsAll(lotsWithBids.keySet())) {
            throw new RuleViolationException("procurement.award.lot");
        }
    }
}
