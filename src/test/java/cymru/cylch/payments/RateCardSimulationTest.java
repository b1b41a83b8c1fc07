package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cymru.cylch.payments.PaymentLine.Status;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The simulator's rules, one at a time, on cards small enough to work out by hand. */
class RateCardSimulationTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);

    private static RateCardOutcome outcome(String code, String price, @Nullable String requires,
                                           @Nullable Integer days) {
        return new RateCardOutcome(code, Money.of(price), requires, days);
    }

    private static RateCard card(@Nullable String share, @Nullable String cap, RateCardOutcome... outcomes) {
        return new RateCard("GBP", share == null ? null : new BigDecimal(share), cap == null ? null : Money.of(cap),
                List.of(outcomes));
    }

    private static final RateCard ISSUE_12 = card("0.2", "11700.00", outcome("entry", "700.00", null, null),
            outcome("sustained-6m", "1400.00", "entry", 182));

    private static OutcomeEvent event(String outcome, LocalDate achieved, @Nullable LocalDate until) {
        return new OutcomeEvent(outcome, achieved, until);
    }

    private static ParticipantPayments one(RateCard card, String planValue, OutcomeEvent... events) {
        return RateCardSimulation.simulate(card, AS_OF, List.of(new Participant("A", Money.of(planValue),
                List.of(events)))).participants().getFirst();
    }

    private static @Nullable String reason(PaymentLine line) {
        return line.reason() == null ? null : line.reason().code().replace("payments.line.", "");
    }

    /** The reason's arguments as text: codes, amounts, dates, days. */
    private static List<String> arguments(PaymentLine line) {
        return line.reason().arguments().stream().map(String::valueOf).toList();
    }

    @Test
    void issueTwelvesExample() {
        // Up front 20% of £5,000.00 = £1,000.00; entry achieved 2026-02-01, on or before 2027-03-31: £700.00;
        // sustained-6m has no event of its own, so it is judged on entry's: sustained 212 days (to 2026-09-01), its
        // 182 reached on 2026-08-02, before 2027-03-31: £1,400.00. £3,100.00 in all, below the £11,700.00 cap.
        var payments = RateCardSimulation.simulate(ISSUE_12, AS_OF, List.of(new Participant("A",
                Money.of("5000.00"), List.of(event("entry", FEB, LocalDate.of(2026, 9, 1))))));

        assertThat(payments.currency()).isEqualTo("GBP");
        assertThat(payments.total()).isEqualTo(Money.of("3100.00"));
        var a = payments.participants().getFirst();
        assertThat(a.upfront()).isEqualTo(Money.of("1000.00"));
        assertThat(a.outcomes()).isEqualTo(Money.of("2100.00"));
        assertThat(a.capped()).isFalse();
        assertThat(a.lines()).containsExactly(new PaymentLine("entry", Money.of("700.00"), Status.PAID, null),
                new PaymentLine("sustained-6m", Money.of("1400.00"), Status.PAID, null));
    }

    @Test
    void aSustainedOutcomeWithoutAnEventOfItsOwnIsJudgedOnTheEventOfTheOutcomeItRequires() {
        // Entry sustained 89 days (to 2026-05-01): sustained-6m pending, not refused; the day before its 182 days
        // are reached (2026-08-01), pending too; entry itself is paid either way.
        var shortly = RateCardSimulation.simulate(ISSUE_12, AS_OF, List.of(new Participant("A",
                Money.of("5000.00"), List.of(event("entry", FEB, LocalDate.of(2026, 5, 1)))))).participants().getFirst();
        var early = RateCardSimulation.simulate(ISSUE_12, LocalDate.of(2026, 8, 1), List.of(new Participant("A",
                Money.of("5000.00"), List.of(event("entry", FEB, LocalDate.of(2026, 9, 1)))))).participants().getFirst();
        var notAtAll = RateCardSimulation.simulate(ISSUE_12, AS_OF, List.of(new Participant("A",
                Money.of("5000.00"), List.of()))).participants().getFirst();
        var unsaid = RateCardSimulation.simulate(ISSUE_12, AS_OF, List.of(new Participant("A",
                Money.of("5000.00"), List.of(event("entry", FEB, null))))).participants().getFirst();

        assertThat(shortly.total()).isEqualTo(Money.of("1700.00"));
        assertThat(shortly.lines().get(1).outcome()).isEqualTo("sustained-6m");
        assertThat(shortly.lines().get(1).status()).isEqualTo(Status.PENDING);
        assertThat(arguments(shortly.lines().get(1))).containsExactly("182", "89");
        assertThat(early.lines()).extracting(PaymentLine::status).containsExactly(Status.PAID, Status.PENDING);
        assertThat(notAtAll.lines()).as("nothing achieved, nothing to say").isEmpty();
        assertThat(unsaid.lines()).as("an entry that says nothing of how long it lasted: no sustained line")
                .extracting(PaymentLine::outcome).containsExactly("entry");
    }

    @Test
    void theUpFrontShareIsRoundedHalfUpToThePenny() {
        // 1/3 of £100.01 is 33.336666…, so £33.34; a fifth of £0.03 is 0.006, so £0.01.
        assertThat(one(card("0.333333333", null), "100.01").upfront()).isEqualTo(Money.of("33.34"));
        assertThat(one(card("0.2", null), "0.03").upfront()).isEqualTo(Money.of("0.01"));
        assertThat(one(card(null, null), "5000.00").total()).isEqualTo(Money.ZERO);
    }

    @Test
    void anOutcomeAchievedAfterTheDayIsPending() {
        var a = one(ISSUE_12, "0.00", event("entry", AS_OF.plusDays(1), null));

        assertThat(a.lines()).extracting(PaymentLine::status, RateCardSimulationTest::reason, PaymentLine::payable)
                .containsExactly(tuple(Status.PENDING, "notYetAchieved", Money.ZERO));
        assertThat(arguments(a.lines().getFirst())).containsExactly("2027-04-01", "2027-03-31");
    }

    @Test
    void anOutcomeAchievedOnTheDayIsPaid() {
        assertThat(one(ISSUE_12, "0.00", event("entry", AS_OF, null)).outcomes()).isEqualTo(Money.of("700.00"));
    }

    @Test
    void aSustainedOutcomePaysOnlyOnceSustainedLongEnoughAndByTheDay() {
        var notLongEnough = one(ISSUE_12, "0.00", event("entry", FEB, null),
                event("sustained-6m", FEB, FEB.plusDays(181)));
        var exactlyLongEnough = one(ISSUE_12, "0.00", event("entry", FEB, null),
                event("sustained-6m", FEB, FEB.plusDays(182)));
        LocalDate late = AS_OF.minusDays(100);
        var notYetByTheDay = one(ISSUE_12, "0.00", event("entry", FEB, null),
                event("sustained-6m", late, late.plusDays(300)));
        var neverSaidToLast = one(ISSUE_12, "0.00", event("entry", FEB, null), event("sustained-6m", FEB, null));

        assertThat(notLongEnough.lines().get(1)).extracting(PaymentLine::status, RateCardSimulationTest::reason)
                .containsExactly(Status.PENDING, "notSustainedLongEnough");
        assertThat(arguments(notLongEnough.lines().get(1))).containsExactly("182", "181");
        assertThat(exactlyLongEnough.lines().get(1)).isEqualTo(
                new PaymentLine("sustained-6m", Money.of("1400.00"), Status.PAID, null));
        assertThat(notYetByTheDay.lines().get(1)).extracting(PaymentLine::status, RateCardSimulationTest::reason)
                .containsExactly(Status.PENDING, "notSustainedByDate");
        assertThat(arguments(notYetByTheDay.lines().get(1)))
                .containsExactly(late.plusDays(182).toString(), "2027-03-31");
        assertThat(arguments(neverSaidToLast.lines().get(1))).containsExactly("182", "0");
    }

    @Test
    void anOutcomeWaitsForTheOneItRequires() {
        var missing = one(ISSUE_12, "0.00", event("sustained-6m", FEB, FEB.plusDays(200)));
        var pending = one(ISSUE_12, "0.00", event("entry", AS_OF.plusDays(3), null),
                event("sustained-6m", FEB, FEB.plusDays(200)));

        assertThat(missing.lines()).extracting(PaymentLine::outcome, PaymentLine::status,
                RateCardSimulationTest::reason).containsExactly(tuple("sustained-6m", Status.PENDING, "waitsFor"));
        assertThat(arguments(missing.lines().getFirst())).containsExactly("entry");
        assertThat(pending.lines()).extracting(PaymentLine::status).containsOnly(Status.PENDING);
        assertThat(pending.outcomes()).isEqualTo(Money.ZERO);
    }

    @Test
    void aRequiredOutcomeIsPaidFirstEvenWhenAchievedLaterOrOnTheSameDay() {
        // "later" comes first on the card and is achieved first, but requires "first", achieved after it: both are
        // paid on the day "first" became payable, "first" before "later".
        var card = card(null, null, outcome("later", "5.00", "first", null), outcome("first", "3.00", null, null));
        var a = one(card, "0.00", event("later", FEB, null), event("first", FEB.plusDays(10), null));

        assertThat(a.lines()).extracting(PaymentLine::outcome).containsExactly("first", "later");
        assertThat(a.outcomes()).isEqualTo(Money.of("8.00"));
    }

    @Test
    void outcomesArePaidInTheOrderTheyBecamePayableAndTheCapCutsTheOneThatCrossesIt() {
        // Up front 10% of £1,000.00 = £100.00 counts toward the £600.00 cap; c (payable 1 Jan) pays £300.00 to
        // £400.00; a (payable 1 Feb) would take it to £650.00, so is cut to £200.00; b (1 Mar) is refused.
        var card = card("0.1", "600.00", outcome("a", "250.00", null, null), outcome("b", "100.00", null, null),
                outcome("c", "300.00", null, null));
        var a = one(card, "1000.00", event("b", LocalDate.of(2026, 3, 1), null),
                event("a", LocalDate.of(2026, 2, 1), null), event("c", LocalDate.of(2026, 1, 1), null));

        assertThat(a.lines()).extracting(PaymentLine::outcome, PaymentLine::payable, PaymentLine::status,
                RateCardSimulationTest::reason).containsExactly(
                tuple("c", Money.of("300.00"), Status.PAID, null),
                tuple("a", Money.of("200.00"), Status.PAID, "cutToCap"),
                tuple("b", Money.ZERO, Status.REFUSED, "capReached"));
        assertThat(a.capped()).isTrue();
        assertThat(a.total()).isEqualTo(Money.of("600.00"));
        assertThat(arguments(a.lines().get(1))).containsExactly("600.00");
    }

    @Test
    void onOneDayTheCardsOrderDecidesWhichTheCapCuts() {
        var card = card(null, "10.00", outcome("x", "8.00", null, null), outcome("y", "8.00", null, null));
        var a = one(card, "0.00", event("y", FEB, null), event("x", FEB, null));

        assertThat(a.lines()).extracting(PaymentLine::outcome, PaymentLine::payable)
                .containsExactly(tuple("x", Money.of("8.00")), tuple("y", Money.of("2.00")));
    }

    @Test
    void anUpFrontPaymentAboveTheCapIsCutToItAndEveryOutcomeRefused() {
        var a = one(card("0.5", "1000.00", outcome("entry", "10.00", null, null)), "5000.00",
                event("entry", FEB, null));

        assertThat(a.upfront()).isEqualTo(Money.of("1000.00"));
        assertThat(a.capped()).isTrue();
        assertThat(a.lines()).extracting(PaymentLine::status, RateCardSimulationTest::reason)
                .containsExactly(tuple(Status.REFUSED, "capReached"));
        assertThat(a.total()).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void anOutcomeWhoseRequiredOutcomeWasRefusedIsRefused() {
        // The cap is reached by the up-front payment, so "entry" is refused, and "sustained-6m" with it.
        var a = one(card("1", "100.00", outcome("entry", "10.00", null, null),
                outcome("sustained-6m", "20.00", "entry", 30)), "100.00",
                event("entry", FEB, null), event("sustained-6m", FEB, FEB.plusDays(40)));

        assertThat(a.lines()).extracting(PaymentLine::outcome, PaymentLine::status, RateCardSimulationTest::reason)
                .containsExactly(tuple("entry", Status.REFUSED, "capReached"),
                        tuple("sustained-6m", Status.REFUSED, "requiredRefused"));
    }

    @Test
    void aSecondEventForAnOutcomeIsRefusedAsAlreadyPaid() {
        var a = one(ISSUE_12, "0.00", event("entry", FEB, null), event("entry", FEB.plusDays(30), null));

        assertThat(a.lines()).extracting(PaymentLine::status, PaymentLine::payable, RateCardSimulationTest::reason)
                .containsExactly(tuple(Status.PAID, Money.of("700.00"), null),
                        tuple(Status.REFUSED, Money.ZERO, "alreadyPaid"));
        assertThat(a.outcomes()).isEqualTo(Money.of("700.00"));
    }

    @Test
    void ofTwoEventsForOneOutcomeTheOneThatBecamePayableCounts() {
        // The first attempt lasted 20 days, the second the 182 needed: the second is paid, the first is not counted.
        LocalDate again = FEB.plusDays(40);
        var a = one(ISSUE_12, "0.00", event("entry", FEB, null), event("sustained-6m", FEB, FEB.plusDays(20)),
                event("sustained-6m", again, again.plusDays(200)));

        assertThat(a.lines()).extracting(PaymentLine::outcome, PaymentLine::status, RateCardSimulationTest::reason)
                .containsExactly(tuple("entry", Status.PAID, null), tuple("sustained-6m", Status.PAID, null),
                        tuple("sustained-6m", Status.REFUSED, "alreadyPaid"));
    }

    @Test
    void ofTwoEventsForOneOutcomeThatHasNotPaidTheFirstAchievedCountsAndTheOtherIsNot() {
        LocalDate soon = AS_OF.plusDays(5);
        var a = one(ISSUE_12, "0.00", event("entry", soon.plusDays(9), null), event("entry", soon, null));

        assertThat(a.lines()).extracting(PaymentLine::status, RateCardSimulationTest::reason)
                .containsExactly(tuple(Status.REFUSED, "onceOnly"), tuple(Status.PENDING, "notYetAchieved"));
        assertThat(arguments(a.lines().getFirst())).containsExactly("entry", soon.toString());
    }

    @Test
    void theCardTotalIsTheSumOfTheParticipantsTotals() {
        var payments = RateCardSimulation.simulate(ISSUE_12, AS_OF, List.of(
                new Participant("A", Money.of("5000.00"), List.of(event("entry", FEB, null))),
                new Participant("B", Money.of("333.33"), List.of())));

        // A: £1,000.00 + £700.00; B: 20% of £333.33 = £66.666, so £66.67.
        assertThat(payments.participants()).extracting(ParticipantPayments::total)
                .containsExactly(Money.of("1700.00"), Money.of("66.67"));
        assertThat(payments.total()).isEqualTo(Money.of("1766.67"));
    }

    @Test
    void anUnsoundCardIsNotSimulated() {
        var card = card("0.2", null, outcome("a", "1.00", "a", null));

        assertThatThrownBy(() -> RateCardSimulation.simulate(card, AS_OF, List.of()))
                .isInstanceOf(InvalidRateCard.class);
    }
}
