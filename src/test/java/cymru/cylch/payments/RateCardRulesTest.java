package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes a rate card and its participants sound, every fault found in one pass, without Spring. */
class RateCardRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    private static RateCardOutcome outcome(String code, String price, String requires, Integer days) {
        return new RateCardOutcome(code, Money.of(price), requires, days);
    }

    private static RateCard card(RateCardOutcome... outcomes) {
        return new RateCard("GBP", new BigDecimal("0.2"), Money.of("11700.00"), List.of(outcomes));
    }

    private static final RateCard SOUND = card(outcome("entry", "700.00", null, null),
            outcome("sustained-6m", "1400.00", "entry", 182));

    private static Participant participant(String id, String planValue, OutcomeEvent... events) {
        return new Participant(id, Money.of(planValue), List.of(events));
    }

    private static List<String> codes(RateCard card, Participant... participants) {
        return RateCardRules.faults(card, List.of(participants)).stream().map(RateCardFault::code).toList();
    }

    /** The arguments as text: codes, amounts, dates, days. */
    private static List<String> texts(RateCardFault fault) {
        return fault.arguments().stream().map(String::valueOf).toList();
    }

    @Test
    void issueTwelvesExampleIsSound() {
        var a = participant("A", "5000.00", new OutcomeEvent("entry", DAY, DAY.plusMonths(7)));

        assertThat(RateCardRules.faults(SOUND, List.of(a))).isEmpty();
    }

    @Test
    void aCardWithoutShareOrCapIsSound() {
        var card = new RateCard("GBP", null, null, List.of(outcome("entry", "0.00", null, null)));

        assertThat(RateCardRules.faults(card, List.of())).isEmpty();
        assertThat(card.share()).isEqualByComparingTo("0");
    }

    @Test
    void everyFaultOfTheCardIsFoundAtOnceWithItsArguments() {
        var card = new RateCard("EUR", new BigDecimal("1.5"), Money.of("-1.00"), List.of(
                outcome("entry", "-5.00", null, 0),
                outcome("entry", "10.00", "missing", -3),
                outcome(" ", "1.00", null, null)));

        assertThat(RateCardRules.faults(card, List.of())).extracting(RateCardFault::code, RateCardRulesTest::texts)
                .containsExactly(
                        tuple("payments.rateCard.currency", List.of("EUR")),
                        tuple("payments.rateCard.upfrontShare.range", List.of("1.5")),
                        tuple("payments.rateCard.participantCap.negative", List.of("-1.00")),
                        tuple("payments.rateCard.outcome.price.negative", List.of("entry", "-5.00")),
                        tuple("payments.rateCard.outcome.sustainedDays.range", List.of("entry", "0")),
                        tuple("payments.rateCard.outcome.duplicate", List.of("entry")),
                        tuple("payments.rateCard.outcome.sustainedDays.range", List.of("entry", "-3")),
                        tuple("payments.rateCard.outcome.requires.unknown", List.of("entry", "missing")),
                        tuple("payments.rateCard.outcome.blank", List.of("3")));
    }

    @Test
    void aNegativeShareIsOutsideTheRangeAndTheEndsAreInside() {
        assertThat(codes(new RateCard("GBP", new BigDecimal("-0.01"), null, List.of())))
                .containsExactly("payments.rateCard.upfrontShare.range");
        assertThat(codes(new RateCard("GBP", BigDecimal.ZERO, Money.ZERO, List.of()))).isEmpty();
        assertThat(codes(new RateCard("GBP", BigDecimal.ONE, null, List.of()))).isEmpty();
    }

    @Test
    void anOutcomeRequiringItselfIsACircle() {
        assertThat(RateCardRules.faults(card(outcome("a", "1.00", "a", null)), List.of()))
                .containsExactly(RateCardFault.of("payments.rateCard.outcome.requires.circular", "a → a"));
    }

    @Test
    void circlesOfAnyLengthAreEachNamedOnceFromTheirFirstOutcome() {
        var card = card(outcome("lead-in", "1.00", "b", null), outcome("b", "1.00", "c", null),
                outcome("c", "1.00", "d", null), outcome("d", "1.00", "b", null),
                outcome("x", "1.00", "y", null), outcome("y", "1.00", "x", null), outcome("free", "1.00", null, null));

        assertThat(RateCardRules.faults(card, List.of())).containsExactly(
                RateCardFault.of("payments.rateCard.outcome.requires.circular", "b → c → d → b"),
                RateCardFault.of("payments.rateCard.outcome.requires.circular", "x → y → x"));
    }

    @Test
    void aChainThatEndsIsNoCircle() {
        var card = card(outcome("c", "1.00", "b", null), outcome("b", "1.00", "a", null),
                outcome("a", "1.00", null, null));

        assertThat(RateCardRules.faults(card, List.of())).isEmpty();
    }

    @Test
    void everyFaultOfTheParticipantsIsFoundAtOnce() {
        var a = participant("A", "-1.00", new OutcomeEvent("exit", DAY, null),
                new OutcomeEvent("entry", DAY, DAY.minusDays(1)));
        var again = participant("A", "10.00");

        assertThat(RateCardRules.faults(SOUND, List.of(a, again)))
                .extracting(RateCardFault::code, RateCardRulesTest::texts).containsExactly(
                        tuple("payments.participant.planValue.negative", List.of("A", "-1.00")),
                        tuple("payments.participant.event.unknownOutcome", List.of("A", "exit")),
                        tuple("payments.participant.event.sustainedBeforeAchieved",
                                List.of("A", "entry", "2026-01-31", "2026-02-01")),
                        tuple("payments.participant.duplicate", List.of("A")));
    }

    @Test
    void sustainedUntilTheDayItWasAchievedIsSound() {
        assertThat(codes(SOUND, participant("A", "1.00", new OutcomeEvent("entry", DAY, DAY)))).isEmpty();
    }

    @Test
    void checkThrowsWithEveryFault() {
        var card = new RateCard("USD", new BigDecimal("2"), null, List.of(outcome("a", "1.00", "a", null)));

        assertThatThrownBy(() -> RateCardRules.check(card, List.of())).isInstanceOf(InvalidRateCard.class)
                .satisfies(e -> assertThat(((InvalidRateCard) e).faults()).extracting(RateCardFault::code)
                        .containsExactly("payments.rateCard.currency", "payments.rateCard.upfrontShare.range",
                                "payments.rateCard.outcome.requires.circular"));
    }
}
