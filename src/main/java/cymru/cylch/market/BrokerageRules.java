package cymru.cylch.market;

import cymru.cylch.people.OutcomeId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules of brokerage, without Spring: what a support request must be, which providers are eligible for it, what
 * a proposal must be, and how proposals are weighed against each other.
 */
public final class BrokerageRules {

    /** Proposals are taken for at least this long, so that providers have time to answer. */
    public static final Duration SHORTEST_OFFER = Duration.ofHours(2);
    /** And for no more than this, so that nobody waits for support while a request sits open. */
    public static final Duration LONGEST_OFFER = Duration.ofDays(28);

    static final int LONGEST_TEXT = 4000;
    private static final BigDecimal HOURS_IN_A_WEEK = BigDecimal.valueOf(168);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BrokerageRules() {
    }

    /**
     * Checks a request about to be put to the market, given when it is, the council's day, and the outcomes agreed
     * with the person.
     */
    public static void checkRequest(NewSupportRequest request, Instant now, LocalDate today,
                                    Set<OutcomeId> personsOutcomes) {
        if (request.start().isBefore(today)) {
            throw new RuleViolationException("brokerage.request.startPast");
        }
        checkHours(request.weeklyHours());
        if (request.weeklyBudget().isNegative()) {
            throw new RuleViolationException("brokerage.request.budgetNegative");
        }
        if (request.outcomes().isEmpty()) {
            throw new RuleViolationException("brokerage.request.outcomesNone");
        }
        if (!personsOutcomes.containsAll(request.outcomes())) {
            throw new RuleViolationException("brokerage.request.outcomesNotThePersons");
        }
        checkClosing(request.closesAt(), now);
        request.weights().checked();
    }

    /** Checks a closing time for proposals set at {@code now}. */
    public static void checkClosing(Instant closesAt, Instant now) {
        if (closesAt.isBefore(now.plus(SHORTEST_OFFER))) {
            throw new RuleViolationException("brokerage.request.closesTooSoon");
        }
        if (closesAt.isAfter(now.plus(LONGEST_OFFER))) {
            throw new RuleViolationException("brokerage.request.closesTooLate");
        }
    }

    /**
     * The providers eligible for a request: the council may give them new work (accredited, not suspended), they
     * supply under a contract or framework that covers the service in the area, and their published listing offers
     * the service in the area with at least the hours free, and Welsh-speaking staff where the person asked for
     * Welsh. In the order of their ids, so that offers are made the same way every time.
     */
    public static List<OrganisationId> eligible(String service, String area, BigDecimal weeklyHours, boolean welsh,
                                                Set<OrganisationId> mayTakeNewWork, Set<OrganisationId> onContract,
                                                List<ProviderListing> listings) {
        return listings.stream()
                .filter(l -> mayTakeNewWork.contains(l.provider()) && onContract.contains(l.provider()))
                .filter(l -> offers(l.content(), service, area, weeklyHours, welsh))
                .map(ProviderListing::provider).distinct().sorted(Comparator.comparing(OrganisationId::value))
                .toList();
    }

    static boolean offers(ListingContent listing, String service, String area, BigDecimal weeklyHours,
                          boolean welsh) {
        return listing.services().contains(service) && listing.areas().contains(area)
                && BigDecimal.valueOf(listing.vacancyHours()).compareTo(weeklyHours) >= 0
                && (!welsh || listing.welshSpeakingStaff() > 0);
    }

    /** Checks a provider's proposal for the request at {@code now}. */
    public static void checkProposal(SupportRequest request, NewProposal proposal, Instant now, LocalDate today) {
        if (!request.takesProposals(now)) {
            throw new RuleViolationException("brokerage.proposal.closed");
        }
        Set<OutcomeId> answered = proposal.approaches().stream().filter(a -> !a.approach().isBlank())
                .map(OutcomeApproach::outcome).collect(Collectors.toSet());
        Set<OutcomeId> asked = request.outcomes().stream().map(RequestedOutcome::outcome).collect(Collectors.toSet());
        if (!answered.containsAll(asked)) {
            throw new RuleViolationException("brokerage.proposal.approachMissing");
        }
        if (!asked.containsAll(proposal.approaches().stream().map(OutcomeApproach::outcome).toList())) {
            throw new RuleViolationException("brokerage.proposal.approachNotAsked");
        }
        if (proposal.approaches().stream().anyMatch(a -> a.approach().length() > LONGEST_TEXT)) {
            throw new RuleViolationException("brokerage.proposal.approachLong");
        }
        if (proposal.weeklyPrice().isNegative()) {
            throw new RuleViolationException("brokerage.proposal.priceNegative");
        }
        checkHours(proposal.weeklyHours());
        if (proposal.start().isBefore(today)) {
            throw new RuleViolationException("brokerage.proposal.startPast");
        }
    }

    private static void checkHours(BigDecimal hours) {
        if (hours.signum() <= 0 || hours.compareTo(HOURS_IN_A_WEEK) > 0) {
            throw new RuleViolationException("brokerage.hours.range");
        }
    }

    /** Checks a worker's scores: each a whole number from 0 to {@link ProposalScore#MOST}. */
    public static ProposalScore checkScore(int quality, int outcomes) {
        if (quality < 0 || outcomes < 0 || quality > ProposalScore.MOST || outcomes > ProposalScore.MOST) {
            throw new RuleViolationException("brokerage.score.range");
        }
        return new ProposalScore(quality, outcomes);
    }

    /**
     * One proposal weighed: its price score (the lowest price proposed over its own, out of 10: the cheapest scores
     * 10), and, once the worker has scored it for quality and outcomes, its weighted total out of 10.
     */
    public record Weighed(Proposal proposal, @Nullable ProposalScore score, BigDecimal priceScore,
                          @Nullable BigDecimal total) {
    }

    /**
     * Weighs the proposals with the request's weights, best first; proposals not yet scored come last, cheapest
     * first.
     */
    public static List<Weighed> weigh(List<Proposal> proposals, Map<ProposalId, ProposalScore> scores,
                                      AwardWeights weights) {
        BigDecimal lowest = proposals.stream().map(p -> p.weeklyPrice().amount()).min(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        Function<Proposal, Weighed> weigh = p -> {
            BigDecimal price = priceScore(lowest, p.weeklyPrice().amount());
            ProposalScore score = scores.get(p.id());
            BigDecimal total = score == null ? null : BigDecimal.valueOf((long) score.quality() * weights.quality()
                            + (long) score.outcomes() * weights.outcomes())
                    .add(price.multiply(BigDecimal.valueOf(weights.price())))
                    .divide(HUNDRED, 2, RoundingMode.HALF_UP);
            return new Weighed(p, score, price, total);
        };
        Comparator<Weighed> best = Comparator.comparing((Weighed w) -> w.total() == null)
                .thenComparing(w -> w.total() == null ? BigDecimal.ZERO : w.total(), Comparator.reverseOrder())
                .thenComparing(w -> w.proposal().weeklyPrice())
                .thenComparing(w -> w.proposal().submittedAt());
        return proposals.stream().map(weigh).sorted(best).toList();
    }

    static BigDecimal priceScore(BigDecimal lowest, BigDecimal price) {
        if (price.signum() == 0) {
            return BigDecimal.TEN.setScale(2, RoundingMode.UNNECESSARY);
        }
        return lowest.multiply(BigDecimal.TEN).divide(price, 2, RoundingMode.HALF_UP);
    }
}
