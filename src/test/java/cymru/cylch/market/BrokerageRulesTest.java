package cymru.cylch.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.SupportPlanId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Brokerage's rules without Spring: eligibility, weights, scoring, what a request and a proposal must be. */
class BrokerageRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final OutcomeId WALK = OutcomeId.of(UUID.randomUUID());
    private static final OutcomeId CHAPEL = OutcomeId.of(UUID.randomUUID());

    private static final OrganisationId WELSH_SPEAKING = provider();
    private static final OrganisationId ENGLISH_ONLY = provider();
    private static final OrganisationId NOT_ON_A_CONTRACT = provider();
    private static final OrganisationId SUSPENDED = provider();
    private static final OrganisationId FULL = provider();
    private static final OrganisationId ELSEWHERE = provider();

    private static OrganisationId provider() {
        return OrganisationId.of(UUID.randomUUID());
    }

    private static ProviderListing listed(OrganisationId provider, List<String> services, List<String> areas,
                                          int vacancies, int welshSpeakingStaff) {
        return new ProviderListing(provider, 1, NOW, new ListingContent(services, areas, new BigDecimal("26.00"),
                null, null, 400, vacancies, welshSpeakingStaff, welshSpeakingStaff > 0, null, null, null, null));
    }

    private static final List<ProviderListing> LISTINGS = List.of(
            listed(WELSH_SPEAKING, List.of("home-care"), List.of("MYN-ABW"), 40, 3),
            listed(ENGLISH_ONLY, List.of("home-care", "reablement"), List.of("MYN-ABW", "MYN-DOL"), 40, 0),
            listed(NOT_ON_A_CONTRACT, List.of("home-care"), List.of("MYN-ABW"), 40, 2),
            listed(SUSPENDED, List.of("home-care"), List.of("MYN-ABW"), 40, 2),
            listed(FULL, List.of("home-care"), List.of("MYN-ABW"), 5, 2),
            listed(ELSEWHERE, List.of("home-care"), List.of("MYN-DOL"), 40, 2));
    private static final Set<OrganisationId> MAY_TAKE_NEW_WORK = Set.of(WELSH_SPEAKING, ENGLISH_ONLY,
            NOT_ON_A_CONTRACT, FULL, ELSEWHERE);
    private static final Set<OrganisationId> ON_CONTRACT = Set.of(WELSH_SPEAKING, ENGLISH_ONLY, SUSPENDED, FULL,
            ELSEWHERE);

    @Test
    void eligibleProvidersMayTakeNewWorkAreOnAContractAndListTheServiceInTheAreaWithTheHoursFree() {
        assertThat(BrokerageRules.eligible("home-care", "MYN-ABW", new BigDecimal("10"), false, MAY_TAKE_NEW_WORK,
                ON_CONTRACT, LISTINGS)).containsExactlyInAnyOrder(WELSH_SPEAKING, ENGLISH_ONLY);
    }

    @Test
    void aPersonWhoAskedForWelshIsOfferedOnlyToProvidersWithWelshSpeakingStaff() {
        assertThat(BrokerageRules.eligible("home-care", "MYN-ABW", new BigDecimal("10"), true, MAY_TAKE_NEW_WORK,
                ON_CONTRACT, LISTINGS)).containsExactly(WELSH_SPEAKING);
    }

    @Test
    void aServiceOrAreaNobodyListsHasNoEligibleProvider() {
        assertThat(BrokerageRules.eligible("supported-living", "MYN-ABW", BigDecimal.ONE, false, MAY_TAKE_NEW_WORK,
                ON_CONTRACT, LISTINGS)).isEmpty();
        assertThat(BrokerageRules.eligible("reablement", "MYN-DOL", BigDecimal.ONE, false, MAY_TAKE_NEW_WORK,
                ON_CONTRACT, LISTINGS)).containsExactly(ENGLISH_ONLY);
    }

    @Test
    void weightsAddUpToAHundredAndPriceNeverCountsForMoreThanHalf() {
        assertThatCode(() -> new AwardWeights(40, 40, 20).checked()).doesNotThrowAnyException();
        assertThatCode(() -> new AwardWeights(25, 25, 50).checked()).doesNotThrowAnyException();
        breaks(() -> new AwardWeights(40, 40, 30).checked(), "brokerage.weights.sum");
        breaks(() -> new AwardWeights(20, 20, 60).checked(), "brokerage.weights.price");
        breaks(() -> new AwardWeights(0, 0, 100).checked(), "brokerage.weights.price");
        breaks(() -> new AwardWeights(110, -30, 20).checked(), "brokerage.weights.range");
    }

    private static Proposal proposal(String price, int secondsAfter) {
        return new Proposal(ProposalId.of(UUID.randomUUID()), SupportRequestId.of(UUID.randomUUID()), provider(),
                List.of(), Money.of(price), BigDecimal.TEN, TODAY, false, null, NOW.plusSeconds(secondsAfter));
    }

    @Test
    void theCheapestScoresTenForPriceAndTheOthersLessInProportion() {
        assertThat(BrokerageRules.priceScore(new BigDecimal("200.00"), new BigDecimal("200.00")))
                .isEqualByComparingTo("10.00");
        assertThat(BrokerageRules.priceScore(new BigDecimal("200.00"), new BigDecimal("250.00")))
                .isEqualByComparingTo("8.00");
        assertThat(BrokerageRules.priceScore(new BigDecimal("0.00"), new BigDecimal("0.00")))
                .isEqualByComparingTo("10.00");
        assertThat(BrokerageRules.priceScore(new BigDecimal("0.00"), new BigDecimal("300.00")))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void qualityAndOutcomesCanOutweighALowerPrice() {
        Proposal cheap = proposal("200.00", 0);
        Proposal better = proposal("250.00", 1);
        Proposal unscored = proposal("150.00", 2);
        var weighed = BrokerageRules.weigh(List.of(cheap, better, unscored),
                Map.of(cheap.id(), new ProposalScore(5, 5), better.id(), new ProposalScore(9, 8)), AwardWeights.USUAL);

        // Price scores against the lowest proposed (£150): cheap 7.50, better 6.00.
        // cheap: (5 * 40 + 5 * 40 + 7.5 * 20) / 100 = 5.50; better: (9 * 40 + 8 * 40 + 6 * 20) / 100 = 8.00.
        assertThat(weighed).extracting(BrokerageRules.Weighed::proposal).containsExactly(better, cheap, unscored);
        assertThat(weighed.get(0).total()).isEqualByComparingTo("8.00");
        assertThat(weighed.get(1).total()).isEqualByComparingTo("5.50");
        assertThat(weighed.get(2).total()).isNull();
        assertThat(weighed.get(2).priceScore()).isEqualByComparingTo("10.00");
    }

    @Test
    void withPriceAtHalfTheCheapestWinsWhenQualityAndOutcomesAreEqual() {
        Proposal cheap = proposal("200.00", 0);
        Proposal dear = proposal("400.00", 1);
        var weighed = BrokerageRules.weigh(List.of(dear, cheap),
                Map.of(cheap.id(), new ProposalScore(7, 7), dear.id(), new ProposalScore(7, 7)),
                new AwardWeights(25, 25, 50));
        assertThat(weighed.getFirst().proposal()).isEqualTo(cheap);
        assertThat(weighed.getFirst().total()).isEqualByComparingTo("8.50");
        assertThat(weighed.get(1).total()).isEqualByComparingTo("6.00");
    }

    @Test
    void scoresAreWholeNumbersFromNoughtToTen() {
        assertThat(BrokerageRules.checkScore(0, 10)).isEqualTo(new ProposalScore(0, 10));
        breaks(() -> BrokerageRules.checkScore(11, 5), "brokerage.score.range");
        breaks(() -> BrokerageRules.checkScore(5, -1), "brokerage.score.range");
    }

    private static NewSupportRequest request(LocalDate start, String hours, String budget, List<OutcomeId> outcomes,
                                             Instant closes, AwardWeights weights) {
        return new NewSupportRequest(PersonId.of(UUID.randomUUID()), "home-care", start, new BigDecimal(hours),
                Money.of(budget), false, null, outcomes, closes, weights);
    }

    @Test
    void aRequestStartsTodayOrLaterForSomeHoursWithinABudgetForThePersonsOwnOutcomes() {
        Set<OutcomeId> theirs = Set.of(WALK, CHAPEL);
        Instant closes = NOW.plus(Duration.ofDays(3));
        assertThatCode(() -> BrokerageRules.checkRequest(request(TODAY, "10", "250.00", List.of(WALK), closes,
                AwardWeights.USUAL), NOW, TODAY, theirs)).doesNotThrowAnyException();
        breaks(() -> BrokerageRules.checkRequest(request(TODAY.minusDays(1), "10", "250.00", List.of(WALK), closes,
                AwardWeights.USUAL), NOW, TODAY, theirs), "brokerage.request.startPast");
        breaks(() -> BrokerageRules.checkRequest(request(TODAY, "0", "250.00", List.of(WALK), closes,
                AwardWeights.USUAL), NOW, TODAY, theirs), "brokerage.hours.range");
        breaks(() -> BrokerageRules.checkRequest(request(TODAY, "169", "250.00", List.of(WALK), closes,
                AwardWeights.USUAL), NOW, TODAY, theirs), "brokerage.hours.range");
        breaks(() -> BrokerageRules.checkRequest(request(TODAY, "10", "-1.00", List.of(WALK), closes,
                AwardWeights.USUAL), NOW, TODAY, theirs), "brokerage.request.budgetNegative");
        breaks(() -> BrokerageRules.checkRequest(request(TODAY, "10", "250.00", List.of(), closes,
                AwardWeights.USUAL), NOW, TODAY, theirs), "brokerage.request.outcomesNone");
        breaks(() -> BrokerageRules.checkRequest(request(TODAY, "10", "250.00",
                List.of(OutcomeId.of(UUID.randomUUID())), closes, AwardWeights.USUAL), NOW, TODAY, theirs),
                "brokerage.request.outcomesNotThePersons");
        breaks(() -> BrokerageRules.checkRequest(request(TODAY, "10", "250.00", List.of(WALK), closes,
                new AwardWeights(50, 50, 10)), NOW, TODAY, theirs), "brokerage.weights.sum");
    }

    @Test
    void proposalsCloseNoSoonerThanTwoHoursAndNoLaterThanFourWeeks() {
        breaks(() -> BrokerageRules.checkClosing(NOW.plus(Duration.ofMinutes(119)), NOW),
                "brokerage.request.closesTooSoon");
        assertThatCode(() -> BrokerageRules.checkClosing(NOW.plus(Duration.ofHours(2)), NOW))
                .doesNotThrowAnyException();
        breaks(() -> BrokerageRules.checkClosing(NOW.plus(Duration.ofDays(29)), NOW),
                "brokerage.request.closesTooLate");
    }

    private static SupportRequest open(Instant closes) {
        return new SupportRequest(SupportRequestId.of(UUID.randomUUID()), provider(), PersonId.of(UUID.randomUUID()),
                SupportPlanId.of(UUID.randomUUID()), "home-care", "MYN-ABW", TODAY, BigDecimal.TEN, Money.of("250.00"),
                false, null, List.of(new RequestedOutcome(WALK, "I want to walk to the shop", "wales-nof/health"),
                new RequestedOutcome(CHAPEL, "I want to get to chapel", "wales-nof/relationships")), closes,
                AwardWeights.USUAL, RequestStatus.OPEN, null, NOW.minusSeconds(60), null, null, null, null);
    }

    private static NewProposal answering(List<OutcomeApproach> approaches, String price, String hours,
                                         LocalDate start) {
        return new NewProposal(approaches, Money.of(price), new BigDecimal(hours), start, true, null);
    }

    @Test
    void aProposalAnswersEveryOutcomeOfTheRequestAtAPriceNotBelowNothingBeforeItCloses() {
        SupportRequest request = open(NOW.plus(Duration.ofDays(1)));
        var both = List.of(new OutcomeApproach(WALK, "Walk with them twice a week"),
                new OutcomeApproach(CHAPEL, "Drive them on Sundays"));
        assertThatCode(() -> BrokerageRules.checkProposal(request, answering(both, "240.00", "10", TODAY), NOW,
                TODAY)).doesNotThrowAnyException();
        breaks(() -> BrokerageRules.checkProposal(request, answering(both.subList(0, 1), "240.00", "10", TODAY), NOW,
                TODAY), "brokerage.proposal.approachMissing");
        breaks(() -> BrokerageRules.checkProposal(request, answering(List.of(both.get(0),
                new OutcomeApproach(CHAPEL, "  ")), "240.00", "10", TODAY), NOW, TODAY),
                "brokerage.proposal.approachMissing");
        breaks(() -> BrokerageRules.checkProposal(request, answering(List.of(both.get(0), both.get(1),
                new OutcomeApproach(OutcomeId.of(UUID.randomUUID()), "Something else")), "240.00", "10", TODAY), NOW,
                TODAY), "brokerage.proposal.approachNotAsked");
        breaks(() -> BrokerageRules.checkProposal(request, answering(both, "-0.01", "10", TODAY), NOW, TODAY),
                "brokerage.proposal.priceNegative");
        breaks(() -> BrokerageRules.checkProposal(request, answering(both, "240.00", "0", TODAY), NOW, TODAY),
                "brokerage.hours.range");
        breaks(() -> BrokerageRules.checkProposal(request, answering(both, "240.00", "10", TODAY.minusDays(1)), NOW,
                TODAY), "brokerage.proposal.startPast");
        breaks(() -> BrokerageRules.checkProposal(request, answering(both, "240.00", "10", TODAY),
                request.closesAt(), TODAY), "brokerage.proposal.closed");
    }

    private static void breaks(Runnable check, String code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(RuleViolationException.class,
                rule -> assertThat(rule.code()).isEqualTo(code));
    }
}
