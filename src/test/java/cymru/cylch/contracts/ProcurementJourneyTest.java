package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import cymru.cylch.support.ProcurementFixture;
import cymru.cylch.support.ProcurementFixture.Team;
import cymru.cylch.support.SignedIn;
import cymru.cylch.support.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A tender from publication to award with the database: providers bid, evaluators score on their own, the moderator
 * agrees, the commissioner awards, the standstill runs, the contract is let. And the same tender from the wrong side.
 */
@CylchIntegrationTest
class ProcurementJourneyTest {

    /** Monday 1 February 2027, 09:00 UK time. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);
    private static final Instant CLOSES = MONDAY.plusDays(7).atTime(12, 0).atZone(ZoneId.of("Europe/London"))
            .toInstant();

    @Autowired
    ProcurementFixture fixture;

    @Autowired
    OrganisationsFixture organisations;

    @Autowired
    ProcurementManagement procurements;

    @Autowired
    ContractManagement contracts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @AfterEach
    void reset() {
        clock.reset();
        SignedIn.clear();
    }

    @Test
    void aTenderGoesFromPublicationToAwardAndLetsABlockContractForEachWinner() {
        clock.set(MONDAY, LocalTime.of(9, 0));
        Team team = fixture.team();
        TestUser first = fixture.provider(team.council());
        TestUser second = fixture.provider(team.council());
        Procurement tender = fixture.published(team, "HC-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.BLOCK_CONTRACT, CLOSES);
        assertThat(procurements.stage(tender)).isEqualTo(ProcurementStage.PUBLISHED);
        assertThat(procurements.openForBids(ProcurementFixture.asProvider(first))).extracting(Procurement::id)
                .contains(tender.id());

        Bid firstEarly = procurements.bid(ProcurementFixture.asProvider(first), tender.id(),
                ProcurementFixture.bid(1, "400000.00"));
        Bid firstNorth = procurements.bid(ProcurementFixture.asProvider(first), tender.id(),
                ProcurementFixture.bid(1, "380000.00"));
        Bid secondNorth = procurements.bid(ProcurementFixture.asProvider(second), tender.id(),
                ProcurementFixture.bid(1, "300000.00"));
        Bid secondSouth = procurements.bid(ProcurementFixture.asProvider(second), tender.id(),
                ProcurementFixture.bid(2, "250000.00"));
        assertThat(firstNorth.replaces()).as("a new bid for the same lot replaces the first").isEqualTo(firstEarly.id());
        assertThat(procurements.ownBids(ProcurementFixture.asProvider(first), tender.id())).extracting(Bid::id)
                .containsExactly(firstNorth.id());
        assertThat(procurements.bids(team.asCommissioner(), tender.id())).as("sealed until closing").isEmpty();
        assertThat(countRows("procurement_bid", tender)).as("the replaced bid is kept").isEqualTo(4);

        clock.set(CLOSES);
        assertThat(procurements.stage(procurements.procurement(team.asCommissioner(), tender.id())))
                .isEqualTo(ProcurementStage.CLOSED);
        assertThat(procurements.bids(team.asCommissioner(), tender.id())).hasSize(3);

        // Each evaluator scores on their own, and sees only their own scores.
        scoreAll(team.asFirstEvaluator(), tender, Map.of(firstNorth.id(), 5, secondNorth.id(), 2, secondSouth.id(), 3));
        assertThat(procurements.ownScores(team.asSecondEvaluator(), tender.id())).isEmpty();
        assertThat(procurements.stage(procurements.procurement(team.asCommissioner(), tender.id())))
                .isEqualTo(ProcurementStage.CLOSED);
        scoreAll(team.asSecondEvaluator(), tender, Map.of(firstNorth.id(), 4, secondNorth.id(), 2, secondSouth.id(), 3));
        assertThat(procurements.ownScores(team.asSecondEvaluator(), tender.id()))
                .allSatisfy(s -> assertThat(s.evaluator()).isEqualTo(team.secondEvaluator().id()));
        assertThat(procurements.stage(procurements.procurement(team.asCommissioner(), tender.id())))
                .isEqualTo(ProcurementStage.EVALUATED);

        // The moderator sees every score; where evaluators differ a reason is needed.
        var moderation = procurements.moderation(team.asModerator(), tender.id());
        assertThat(moderation.scores()).hasSize(12);
        List<ScoreEntry> agreed = List.of(
                new ScoreEntry(firstNorth.id(), 1, 4, null), new ScoreEntry(firstNorth.id(), 2, 4, null),
                new ScoreEntry(secondNorth.id(), 1, 2, null), new ScoreEntry(secondNorth.id(), 2, 2, null),
                new ScoreEntry(secondSouth.id(), 1, 3, null), new ScoreEntry(secondSouth.id(), 2, 3, null));
        assertThatThrownBy(() -> procurements.moderate(team.asModerator(), tender.id(), agreed))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("procurement.moderation.reason");
                    assertThat(e.part()).isEqualTo(firstNorth.id() + "/1");
                });
        List<ScoreEntry> withReason = new ArrayList<>(agreed);
        withReason.set(0, new ScoreEntry(firstNorth.id(), 1, 4, "Strong staffing, thinner on supervision"));
        withReason.set(1, new ScoreEntry(firstNorth.id(), 2, 4, "Good measures, few examples"));
        procurements.moderate(team.asModerator(), tender.id(), withReason);

        // Quality wins over price: 32 + 24 + 300/380 × 30 = 79.68 against 16 + 12 + 30 = 58.
        var ranking = procurements.ranking(team.asCommissioner(), tender.id());
        assertThat(ranking.get(1)).extracting(r -> r.bid().id()).containsExactly(firstNorth.id(), secondNorth.id());
        assertThat(ranking.get(1).getFirst().total()).isEqualByComparingTo("79.68");
        assertThat(ranking.get(1).get(1).total()).isEqualByComparingTo("58.00");

        assertThatThrownBy(() -> procurements.award(team.asCommissioner(), tender.id(), List.of(
                new AwardChoice(1, secondNorth.id(), null), new AwardChoice(2, secondSouth.id(), null))))
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("procurement.award.reason");
        Procurement awarded = procurements.award(team.asCommissioner(), tender.id(), List.of(
                new AwardChoice(1, firstNorth.id(), null), new AwardChoice(2, secondSouth.id(), null)));
        // Awarded Monday 8 February at noon: eight working days to Wednesday 17 February.
        assertThat(awarded.standstillLastDay()).isEqualTo(LocalDate.of(2027, 2, 17));
        assertThat(procurements.stage(awarded)).isEqualTo(ProcurementStage.STANDSTILL);

        clock.set(LocalDate.of(2027, 2, 17), LocalTime.of(16, 0));
        assertThatThrownBy(() -> procurements.conclude(team.asCommissioner(), tender.id()))
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("procurement.conclude.standstill");

        clock.set(LocalDate.of(2027, 2, 18), LocalTime.of(9, 0));
        Procurement concluded = procurements.conclude(team.asCommissioner(), tender.id());
        assertThat(procurements.stage(concluded)).isEqualTo(ProcurementStage.CONCLUDED);
        assertThat(concluded.contracts()).hasSize(2);
        List<Contract> let = concluded.contracts().stream()
                .map(id -> contracts.contract(team.asCommissioner(), id)).toList();
        assertThat(let).allSatisfy(c -> assertThat(c.route()).isEqualTo(ProcurementRoute.BLOCK_CONTRACT));
        assertThat(let).extracting(c -> c.terms().lots().getFirst().number()).containsExactlyInAnyOrder(1, 2);
        Contract north = let.stream().filter(c -> c.terms().lots().getFirst().number() == 1).findFirst().orElseThrow();
        assertThat(north.terms().suppliedBy(firstNorth.provider())).isTrue();
        assertThat(north.terms().estimatedValue()).isEqualTo(Money.of("380000.00"));
        assertThat(countAudit(tender)).as("every step audited").isGreaterThanOrEqualTo(6);
    }

    @Test
    void aWithdrawnAwardCanBeDecidedAgainAndAFrameworkTakesEveryAwardedSupplier() {
        TwoBids two = moderatedTwoBids(ProcurementRoute.FRAMEWORK_AGREEMENT, 2, 3);
        Team team = two.team();
        Procurement tender = two.tender();
        Bid north = two.firstBid();
        Bid south = two.secondBid();
        List<AwardChoice> choices = List.of(new AwardChoice(1, north.id(), null), new AwardChoice(2, south.id(), null));
        procurements.award(team.asCommissioner(), tender.id(), choices);

        Procurement withdrawn = procurements.withdrawAward(team.asCommissioner(), tender.id(), "A bidder challenged");
        assertThat(procurements.stage(withdrawn)).isEqualTo(ProcurementStage.MODERATED);
        assertThat(procurements.awards(team.asCommissioner(), tender.id())).isEmpty();
        BidOutcome toldNorth = procurements.outcome(ProcurementFixture.asProvider(two.first()), tender.id(),
                north.id());
        assertThat(toldNorth.awardWithdrawn()).as("the bidder is told the council will decide again").isTrue();
        assertThat(toldNorth.result()).isNull();
        Procurement again = procurements.award(team.asCommissioner(), tender.id(), choices);
        assertThat(again.awardRound()).isEqualTo(2);

        clock.set(LocalDate.of(2027, 3, 1), LocalTime.of(9, 0));
        Procurement concluded = procurements.conclude(team.asCommissioner(), tender.id());
        Contract framework = contracts.contract(team.asCommissioner(), concluded.contracts().getFirst());
        assertThat(concluded.contracts()).hasSize(1);
        assertThat(framework.route()).isEqualTo(ProcurementRoute.FRAMEWORK_AGREEMENT);
        assertThat(framework.terms().suppliers()).containsExactlyInAnyOrder(north.provider(), south.provider());
        assertThat(framework.terms().lots()).hasSize(2);
    }

    @Test
    void aFrameworkLotIsAwardedToTwoBidsAndTheFrameworkNamesEachSupplierOnce() {
        clock.set(MONDAY, LocalTime.of(9, 0));
        Team team = fixture.team();
        TestUser first = fixture.provider(team.council());
        TestUser second = fixture.provider(team.council());
        TestUser third = fixture.provider(team.council());
        Procurement tender = fixture.published(team, "FA-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.FRAMEWORK_AGREEMENT, CLOSES);
        Bid firstNorth = bidFor(first, tender, 1);
        Bid firstSouth = bidFor(first, tender, 2);
        Bid secondNorth = bidFor(second, tender, 1);
        Bid thirdNorth = bidFor(third, tender, 1);
        clock.set(CLOSES);
        fixture.moderatedAlike(team, tender, Map.of(firstNorth.id(), 5, firstSouth.id(), 4, secondNorth.id(), 4,
                thirdNorth.id(), 2));

        assertThatThrownBy(() -> procurements.award(team.asCommissioner(), tender.id(), List.of(
                new AwardChoice(1, firstNorth.id(), null), new AwardChoice(1, thirdNorth.id(), null),
                new AwardChoice(2, firstSouth.id(), null))))
                .as("passing over the second for the third needs a reason")
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("procurement.award.reason");
        Procurement awarded = procurements.award(team.asCommissioner(), tender.id(), List.of(
                new AwardChoice(1, firstNorth.id(), null), new AwardChoice(1, secondNorth.id(), null),
                new AwardChoice(2, firstSouth.id(), null)));
        assertThat(procurements.awards(team.asCommissioner(), tender.id())).extracting(AwardDecision::bid)
                .containsExactly(firstNorth.id(), secondNorth.id(), firstSouth.id());
        assertThat(countRows("procurement_award", tender)).isEqualTo(3);

        // Bidders are told: the two appointed to the north lot, and the third not, with the totals but no names.
        BidOutcome toldThird = procurements.outcome(ProcurementFixture.asProvider(third), tender.id(), thirdNorth.id());
        assertThat(toldThird.result()).isEqualTo(BidOutcome.Result.NOT_AWARDED);
        assertThat(toldThird.ownTotal()).isEqualByComparingTo("58.00");
        assertThat(toldThird.successfulTotals()).extracting(Object::toString).containsExactly("100.00", "86.00");
        assertThat(toldThird.standstillEnds()).isEqualTo(awarded.standstillLastDay());
        assertThat(procurements.outcomes(ProcurementFixture.asProvider(second), tender.id()))
                .containsOnlyKeys(secondNorth.id())
                .allSatisfy((bid, told) -> assertThat(told.result()).isEqualTo(BidOutcome.Result.AWARDED));

        clock.set(LocalDate.of(2027, 3, 1), LocalTime.of(9, 0));
        Procurement concluded = procurements.conclude(team.asCommissioner(), tender.id());
        assertThat(concluded.contracts()).hasSize(1);
        Contract framework = contracts.contract(team.asCommissioner(), concluded.contracts().getFirst());
        assertThat(framework.route()).isEqualTo(ProcurementRoute.FRAMEWORK_AGREEMENT);
        assertThat(framework.terms().suppliers()).containsExactlyInAnyOrder(firstNorth.provider(),
                secondNorth.provider());
        assertThat(framework.terms().estimatedValue()).isEqualTo(Money.of("300.00"));
        assertThat(procurements.outcome(ProcurementFixture.asProvider(first), tender.id(), firstNorth.id())
                .contractLet()).isTrue();
    }

    @Test
    void aBlockContractLotIsNotAwardedToTwoBids() {
        TwoBids two = moderatedTwoBids(ProcurementRoute.BLOCK_CONTRACT, 1, 4);
        assertThatThrownBy(() -> procurements.award(two.team().asCommissioner(), two.tender().id(), List.of(
                new AwardChoice(1, two.firstBid().id(), null), new AwardChoice(1, two.secondBid().id(), null))))
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("procurement.award.onePerLot");
        assertThat(countRows("procurement_award", two.tender())).isZero();
    }

    @Test
    void providerBCannotSeeProviderAsBidAndAnotherCouncilCannotSeeTheProcurement() {
        Team team = fixture.team();
        TestUser a = fixture.provider(team.council());
        TestUser b = fixture.provider(team.council());
        Procurement tender = fixture.published(team, "W-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.BLOCK_CONTRACT, Instant.now().plusSeconds(86_400));
        Bid bid = procurements.bid(ProcurementFixture.asProvider(a), tender.id(), ProcurementFixture.bid(1, "100.00"));

        assertThatThrownBy(() -> procurements.ownBid(ProcurementFixture.asProvider(b), tender.id(), bid.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(procurements.ownBids(ProcurementFixture.asProvider(b), tender.id())).isEmpty();
        Team other = fixture.team();
        assertThatThrownBy(() -> procurements.procurement(other.asCommissioner(), tender.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> procurements.bids(other.asCommissioner(), tender.id()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aDraftIsHiddenFromProviders() {
        Team team = fixture.team();
        TestUser provider = fixture.provider(team.council());
        Procurement draft = procurements.draft(team.asCommissioner(), ProcurementFixture.draft(team,
                "D-" + UUID.randomUUID().toString().substring(0, 8), ProcurementRoute.BLOCK_CONTRACT,
                Instant.now().plusSeconds(86_400)));
        assertThatThrownBy(() -> procurements.procurement(ProcurementFixture.asProvider(provider), draft.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> procurements.bid(ProcurementFixture.asProvider(provider), draft.id(),
                ProcurementFixture.bid(1, "1.00"))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aCareManagerAndACommissionerWhoIsNotAnEvaluatorCannotScore() {
        clock.set(MONDAY, LocalTime.of(9, 0));
        Team team = fixture.team();
        TestUser provider = fixture.provider(team.council());
        Procurement tender = fixture.published(team, "S-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.BLOCK_CONTRACT, CLOSES);
        Bid bid = procurements.bid(ProcurementFixture.asProvider(provider), tender.id(), ProcurementFixture.bid(1, "1.00"));
        clock.set(CLOSES);
        List<ScoreEntry> scores = List.of(new ScoreEntry(bid.id(), 1, 5, "Excellent"));

        CylchUser careManager = ProcurementFixture.as(organisations.user(team.council(), Role.CARE_MANAGER),
                Role.CARE_MANAGER);
        assertThatThrownBy(() -> procurements.score(careManager, tender.id(), scores))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> procurements.score(team.asCommissioner(), tender.id(), scores))
                .as("the commissioner who drafted it is not an evaluator").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> procurements.moderation(team.asFirstEvaluator(), tender.id()))
                .as("an evaluator is not the moderator").isInstanceOf(AccessDeniedException.class);
        assertThat(countRows("procurement_score", tender)).isZero();
    }

    @Test
    void aBidAfterTheClosingTimeIsRefusedAndNothingIsStored() {
        clock.set(MONDAY, LocalTime.of(9, 0));
        Team team = fixture.team();
        TestUser provider = fixture.provider(team.council());
        Procurement tender = fixture.published(team, "L-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.BLOCK_CONTRACT, CLOSES);
        Bid early = procurements.bid(ProcurementFixture.asProvider(provider), tender.id(), ProcurementFixture.bid(1, "5.00"));
        clock.set(CLOSES);

        assertThatThrownBy(() -> procurements.bid(ProcurementFixture.asProvider(provider), tender.id(),
                ProcurementFixture.bid(2, "4.00"))).extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("procurement.bid.closed");
        assertThatThrownBy(() -> procurements.withdrawBid(ProcurementFixture.asProvider(provider), tender.id(), 1))
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("procurement.bid.closed");
        assertThat(countRows("procurement_bid", tender)).isEqualTo(1);
        assertThat(procurements.ownBids(ProcurementFixture.asProvider(provider), tender.id())).extracting(Bid::id)
                .containsExactly(early.id());
        assertThat(message("procurement.bid.closed", Locale.ENGLISH)).contains("Bidding has closed");
        assertThat(message("procurement.bid.closed", Locale.of("cy"))).contains("Mae’r cyfnod tendro wedi cau");
    }

    @Test
    void aNegativePriceIsRefusedAndNothingIsStored() {
        Team team = fixture.team();
        TestUser provider = fixture.provider(team.council());
        Procurement tender = fixture.published(team, "N-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.BLOCK_CONTRACT, Instant.now().plusSeconds(86_400));
        assertThatThrownBy(() -> procurements.bid(ProcurementFixture.asProvider(provider), tender.id(),
                ProcurementFixture.bid(1, "-0.01"))).extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("procurement.bid.price.negative");
        assertThat(countRows("procurement_bid", tender)).isZero();
    }

    @Test
    void weightsNotSummingToOneHundredAreRefusedWithTheirOwnMessageInEnglishAndWelsh() {
        Team team = fixture.team();
        var sound = ProcurementFixture.draft(team, "X-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.BLOCK_CONTRACT, Instant.now().plusSeconds(86_400));
        var unsound = new ProcurementDraft(sound.reference(), sound.title(), null, sound.route(), sound.model(),
                sound.lots(), List.of(new Criterion(1, "Quality", CriterionKind.QUALITY, 50, null),
                new Criterion(2, "Price", CriterionKind.PRICE, 30, null)), sound.closesAt(), 8, sound.evaluators(),
                sound.moderator(), sound.contractStart(), sound.contractEnd(), sound.outcomeStatements(), null);
        assertThatThrownBy(() -> procurements.draft(team.asCommissioner(), unsound))
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("procurement.weights.sum");
        assertThat(procurements.procurements(team.asCommissioner())).isEmpty();
        assertThat(message("procurement.weights.sum", Locale.ENGLISH))
                .isEqualTo("The weights must add up to exactly 100%");
        assertThat(message("procurement.weights.sum", Locale.of("cy")))
                .isEqualTo("Rhaid i’r pwysoliadau adio i union 100%");
    }

    @Test
    void evaluatorsMustBeCommissionersOfTheCouncil() {
        Team team = fixture.team();
        Team other = fixture.team();
        var sound = ProcurementFixture.draft(team, "E-" + UUID.randomUUID().toString().substring(0, 8),
                ProcurementRoute.BLOCK_CONTRACT, Instant.now().plusSeconds(86_400));
        var outsider = new ProcurementDraft(sound.reference(), sound.title(), null, sound.route(), sound.model(),
                sound.lots(), sound.criteria(), sound.closesAt(), 8,
                Set.of(team.firstEvaluator().id(), other.firstEvaluator().id()), sound.moderator(),
                sound.contractStart(), sound.contractEnd(), sound.outcomeStatements(), null);
        assertThatThrownBy(() -> procurements.draft(team.asCommissioner(), outsider))
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("procurement.evaluators.notCommissioners");
    }

    private record TwoBids(Team team, Procurement tender, TestUser first, Bid firstBid, Bid secondBid) {
    }

    /**
     * A tender with one bid from each of two providers, the first's for lot 1 at £10 and the second's for
     * {@code secondLot} at £20, closed and moderated with the same score for both.
     */
    private TwoBids moderatedTwoBids(ProcurementRoute route, int secondLot, int score) {
        clock.set(MONDAY, LocalTime.of(9, 0));
        Team team = fixture.team();
        TestUser first = fixture.provider(team.council());
        TestUser second = fixture.provider(team.council());
        Procurement tender = fixture.published(team, "T-" + UUID.randomUUID().toString().substring(0, 8), route,
                CLOSES);
        Bid a = procurements.bid(ProcurementFixture.asProvider(first), tender.id(), ProcurementFixture.bid(1, "10.00"));
        Bid b = procurements.bid(ProcurementFixture.asProvider(second), tender.id(),
                ProcurementFixture.bid(secondLot, "20.00"));
        clock.set(CLOSES);
        fixture.moderatedAlike(team, tender, Map.of(a.id(), score, b.id(), score));
        return new TwoBids(team, tender, first, a, b);
    }

    /** The provider's bid for the lot at £100. */
    private Bid bidFor(TestUser provider, Procurement tender, int lot) {
        return procurements.bid(ProcurementFixture.asProvider(provider), tender.id(), ProcurementFixture.bid(lot, "100.00"));
    }

    private void scoreAll(CylchUser evaluator, Procurement tender, Map<UUID, Integer> scores) {
        List<ScoreEntry> entries = new ArrayList<>();
        scores.forEach((bid, score) -> {
            entries.add(new ScoreEntry(bid, 1, score, "Scored " + score + " on quality"));
            entries.add(new ScoreEntry(bid, 2, score, "Scored " + score + " on outcomes"));
        });
        procurements.score(evaluator, tender.id(), entries);
    }

    private int countRows(String table, Procurement tender) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from " + table + " where procurement_id = ?",
                Integer.class, tender.id().value()));
    }

    private int countAudit(Procurement tender) {
        return SystemScope.call(() -> jdbc.queryForObject(
                "select count(*) from audit_event where record_id = ?", Integer.class, tender.id().toString()));
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
