package cymru.cylch.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.payments.PaymentLine.Reason;
import cymru.cylch.payments.PaymentRunInputs.AgreementToPay;
import cymru.cylch.payments.PaymentRunInputs.ContractToPay;
import cymru.cylch.payments.PaymentRunInputs.DeductionToTake;
import cymru.cylch.payments.PaymentRunInputs.PaidKey;
import cymru.cylch.payments.PaymentRunInputs.VerifiedClaim;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A month's payment run worked out from its inputs: fixed elements, service payments, the card's dues and caps. */
class PaymentCalculationTest {

    private static final ContractId CONTRACT = ContractId.of(UUID.fromString("00000000-0000-0000-0000-00000000c001"));
    private static final OrganisationId FIRST = OrganisationId.of(UUID.fromString(
            "00000000-0000-0000-0000-0000000000a1"));
    private static final OrganisationId SECOND = OrganisationId.of(UUID.fromString(
            "00000000-0000-0000-0000-0000000000a2"));
    private static final OrganisationId THIRD = OrganisationId.of(UUID.fromString(
            "00000000-0000-0000-0000-0000000000a3"));
    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    /** Issue 12's example card, with the caps given. */
    private static RateCard card(@Nullable String providerCap, @Nullable String contractCap) {
        return new RateCard("GBP", new BigDecimal("0.2"), Money.of("11700.00"),
                providerCap == null ? null : Money.of(providerCap), contractCap == null ? null : Money.of(contractCap),
                List.of(new RateCardOutcome("entry", Money.of("700.00"), null, null),
                        new RateCardOutcome("sustained-6m", Money.of("1400.00"), "entry", 182)));
    }

    private static ContractToPay contract(String fixed, String share, @Nullable RateCard card,
                                          OrganisationId... suppliers) {
        List<RateCardVersion> cards = card == null ? List.of() : List.of(new RateCardVersion(CONTRACT, 1, FIRST,
                LocalDate.of(2026, 1, 1), card, "Agreed", Instant.EPOCH));
        return new ContractToPay(CONTRACT, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), Money.of(fixed),
                new BigDecimal(share), List.of(suppliers), cards);
    }

    private static AgreementToPay agreement(int n, OrganisationId provider, LocalDate start, @Nullable LocalDate end,
                                            String weekly) {
        return new AgreementToPay(ServiceAgreementId.of(new UUID(0, n)), CONTRACT, provider, start, end,
                Money.of(weekly));
    }

    private static VerifiedClaim claim(AgreementToPay agreement, String outcome, LocalDate achieved,
                                       @Nullable LocalDate sustained) {
        return new VerifiedClaim(ClaimId.of(UUID.randomUUID()), agreement.id(), outcome, achieved, sustained);
    }

    private static PaymentRunInputs inputs(YearMonth month, ContractToPay contract, List<AgreementToPay> agreements,
                                           List<VerifiedClaim> claims, Map<PaidKey, Money> paid, String contractPaid) {
        return new PaymentRunInputs(month, List.of(contract), agreements, claims, paid,
                Map.of(CONTRACT, Money.of(contractPaid)), List.of());
    }

    @Test
    void theFixedElementIsATwelfthForTheDaysInTermSharedByTheSuppliersToThePenny() {
        List<RunLine> lines = PaymentCalculation.lines(inputs(JUNE, contract("10000.00", "0", null, FIRST, SECOND,
                THIRD), List.of(), List.of(), Map.of(), "0"));

        assertThat(lines).extracting(RunLine::provider, l -> l.amount().toString()).containsExactly(
                tuple(FIRST, "277.78"), tuple(SECOND,
                        "277.78"), tuple(THIRD, "277.77"));
        assertThat(PaymentCalculation.total(lines)).isEqualTo(Money.of("833.33"));
        var startsMidMonth = new ContractToPay(CONTRACT, LocalDate.of(2026, 6, 16), LocalDate.of(2027, 6, 15),
                Money.of("10000.00"), BigDecimal.ZERO, List.of(FIRST), List.of());
        assertThat(PaymentCalculation.total(PaymentCalculation.lines(inputs(JUNE, startsMidMonth, List.of(),
                List.of(), Map.of(), "0")))).as("15 of June's 30 days").isEqualTo(Money.of("416.67"));
    }

    @Test
    void theServicePaymentIsThePriceNotAtRiskForTheDaysTheAgreementRan() {
        var whole = agreement(1, FIRST, LocalDate.of(2026, 3, 1), null, "280.00");
        var ended = agreement(2, FIRST, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 10), "280.00");
        var later = agreement(3, FIRST, LocalDate.of(2026, 7, 1), null, "280.00");

        List<RunLine> lines = PaymentCalculation.lines(inputs(JUNE, contract("0", "20", null, FIRST),
                List.of(whole, ended, later), List.of(), Map.of(), "0"));

        assertThat(lines).allMatch(l -> l.kind() == PayKind.SERVICE);
        assertThat(lines).extracting(RunLine::agreement, l -> l.amount().toString()).containsExactly(
                tuple(whole.id(), "960.00"),
                tuple(ended.id(), "320.00"));
    }

    @Test
    void theCardPaysWhatItOwesLessWhatEarlierRunsPaidAndShowsWhatWaits() {
        var agreement = agreement(1, FIRST, LocalDate.of(2026, 1, 15), null, "100.00");
        var entry = claim(agreement, "entry", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 1));
        var sustained = claim(agreement, "sustained-6m", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 1));
        ContractToPay contract = contract("0", "100", card(null, null), FIRST);

        List<RunLine> january = PaymentCalculation.lines(inputs(YearMonth.of(2026, 1), contract, List.of(agreement),
                List.of(entry, sustained), Map.of(), "0"));
        List<RunLine> july = PaymentCalculation.lines(inputs(YearMonth.of(2026, 7), contract, List.of(agreement),
                List.of(entry, sustained), Map.of(new PaidKey(agreement.id(), PayKind.UPFRONT, null),
                        Money.of("1040.00"), new PaidKey(agreement.id(), PayKind.OUTCOME, "entry"),
                        Money.of("700.00")), "1740.00"));
        List<RunLine> august = PaymentCalculation.lines(inputs(YearMonth.of(2026, 8), contract, List.of(agreement),
                List.of(entry, sustained), Map.of(new PaidKey(agreement.id(), PayKind.UPFRONT, null),
                        Money.of("1040.00"), new PaidKey(agreement.id(), PayKind.OUTCOME, "entry"),
                        Money.of("700.00")), "1740.00"));

        assertThat(january).extracting(RunLine::kind, RunLine::outcome, l -> l.amount().toString(), RunLine::status)
                .as("a fifth of a year at £100 a week up front; entry achieved in February")
                .containsExactly(tuple(PayKind.UPFRONT, null, "1040.00",
                                RunLine.Status.PAID),
                        tuple(PayKind.OUTCOME, "entry", "700.00",
                                RunLine.Status.HELD_BACK),
                        tuple(PayKind.OUTCOME, "sustained-6m", "1400.00",
                                RunLine.Status.HELD_BACK));
        assertThat(july).extracting(RunLine::outcome, RunLine::status).as("182 days from 1 February is 2 August")
                .containsExactly(tuple("sustained-6m", RunLine.Status.HELD_BACK));
        assertThat(august).extracting(RunLine::outcome, l -> l.amount().toString(), RunLine::status)
                .containsExactly(tuple("sustained-6m", "1400.00", RunLine.Status.PAID));
        assertThat(august.getFirst().claim()).isEqualTo(sustained.id());
    }

    @Test
    void overTheProvidersMonthlyCapIsHeldBackAndPaidNextMonth() {
        var a = agreement(1, FIRST, LocalDate.of(2026, 5, 1), null, "0.00");
        var b = agreement(2, FIRST, LocalDate.of(2026, 5, 2), null, "0.00");
        ContractToPay contract = contract("0", "100", card("1000.00", null), FIRST);
        var claims = List.of(claim(a, "entry", LocalDate.of(2026, 6, 3), null),
                claim(b, "entry", LocalDate.of(2026, 6, 4), null));

        List<RunLine> june = PaymentCalculation.lines(inputs(JUNE, contract, List.of(a, b), claims, Map.of(), "0"));
        List<RunLine> july = PaymentCalculation.lines(inputs(YearMonth.of(2026, 7), contract, List.of(a, b), claims,
                Map.of(new PaidKey(a.id(), PayKind.OUTCOME, "entry"), Money.of("700.00"),
                        new PaidKey(b.id(), PayKind.OUTCOME, "entry"), Money.of("300.00")), "1000.00"));

        assertThat(june).extracting(RunLine::agreement, l -> l.amount().toString(), RunLine::status).containsExactly(
                tuple(a.id(), "700.00", RunLine.Status.PAID),
                tuple(b.id(), "300.00", RunLine.Status.PAID),
                tuple(b.id(), "400.00", RunLine.Status.HELD_BACK));
        assertThat(june.get(2).reason().code()).isEqualTo("payments.line.providerCap");
        assertThat(PaymentCalculation.total(june)).isEqualTo(Money.of("1000.00"));
        assertThat(july).extracting(RunLine::agreement, l -> l.amount().toString(), RunLine::status).containsExactly(
                tuple(b.id(), "400.00", RunLine.Status.PAID));
    }

    @Test
    void overTheContractsCapIsRefusedAndWhatNoLongerCountsIsRecovered() {
        var a = agreement(1, FIRST, LocalDate.of(2026, 5, 1), null, "0.00");
        var b = agreement(2, SECOND, LocalDate.of(2026, 5, 2), null, "0.00");
        ContractToPay contract = contract("0", "100", card(null, "1000.00"), FIRST, SECOND);

        List<RunLine> june = PaymentCalculation.lines(inputs(JUNE, contract, List.of(a, b),
                List.of(claim(a, "entry", LocalDate.of(2026, 6, 3), null)),
                Map.of(new PaidKey(b.id(), PayKind.OUTCOME, "entry"), Money.of("700.00")), "900.00"));

        assertThat(june).extracting(RunLine::agreement, l -> l.amount().toString(), RunLine::status).containsExactly(
                tuple(a.id(), "100.00", RunLine.Status.PAID),
                tuple(a.id(), "600.00", RunLine.Status.REFUSED),
                tuple(b.id(), "-700.00", RunLine.Status.PAID));
        assertThat(june.get(1).reason().code()).isEqualTo("payments.line.contractCap");
        assertThat(june.get(2).reason().code()).isEqualTo("payments.line.recovered");
        assertThat(PaymentCalculation.total(june)).isEqualTo(Money.of("-600.00"));
    }

    @Test
    void thePlanValueIsTheWeeklyPriceForTheTermAtMostAYear() {
        assertThat(PaymentCalculation.planValue(agreement(1, FIRST, LocalDate.of(2026, 1, 1), null, "100.00")))
                .isEqualTo(Money.of("5200.00"));
        assertThat(PaymentCalculation.planValue(agreement(1, FIRST, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 11), "100.00"))).as("six weeks").isEqualTo(Money.of("600.00"));
        assertThat(PaymentCalculation.planValue(agreement(1, FIRST, LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 1, 1), "100.00"))).isEqualTo(Money.of("5200.00"));
    }

    @Test
    void thePlanValueIsRoundedOnceAndTheUpFrontShareIsOfIt() {
        var tenDays = agreement(1, FIRST, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10), "100.00");
        assertThat(PaymentCalculation.planValue(tenDays)).as("£1,000 / 7, to the penny once")
                .isEqualTo(Money.of("142.86"));
        var card = new RateCard("GBP", new BigDecimal("0.25"), null, null, null,
                List.of(new RateCardOutcome("entry", Money.of("700.00"), null, null)));

        List<RunLine> june = PaymentCalculation.lines(inputs(JUNE, contract("0", "100", card, FIRST),
                List.of(tenDays), List.of(), Map.of(), "0"));

        assertThat(june).extracting(RunLine::kind, l -> l.amount().toString())
                .as("a quarter of the plan value as shown, £142.86, half-up").containsExactly(
                        tuple(PayKind.UPFRONT, "35.72"));
    }

    @Test
    void anAgreementEndedSoonerThanPlannedHasTheUpFrontShareOfItsShorterPlanAndTheRestRecovered() {
        var ended = agreement(1, FIRST, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 11), "100.00");

        List<RunLine> june = PaymentCalculation.lines(inputs(JUNE, contract("0", "100", card(null, null), FIRST),
                List.of(ended), List.of(), Map.of(new PaidKey(ended.id(), PayKind.UPFRONT, null),
                        Money.of("1040.00")), "1040.00"));

        assertThat(june).extracting(RunLine::kind, l -> l.amount().toString(), l -> l.reason().code())
                .as("six weeks' plan is £600; a fifth is £120; £920 of £1,040 comes back").containsExactly(
                        tuple(PayKind.UPFRONT, "-920.00", "payments.line.upfrontReduced"));
    }

    @Test
    void anOutcomePaidThatIsNoLongerDueIsRecoveredAndShownAsWaiting() {
        var agreement = agreement(1, FIRST, LocalDate.of(2026, 1, 15), null, "0.00");
        // Paid for sustained-6m before; its claim now shows it not yet sustained (a verification corrected).
        var entry = claim(agreement, "entry", LocalDate.of(2026, 2, 1), null);
        var notYet = claim(agreement, "sustained-6m", LocalDate.of(2026, 2, 1), null);

        List<RunLine> june = PaymentCalculation.lines(inputs(JUNE, contract("0", "100", card(null, null), FIRST),
                List.of(agreement), List.of(entry, notYet), Map.of(
                        new PaidKey(agreement.id(), PayKind.OUTCOME, "entry"), Money.of("700.00"),
                        new PaidKey(agreement.id(), PayKind.OUTCOME, "sustained-6m"), Money.of("1400.00")),
                "2100.00"));

        assertThat(june).extracting(RunLine::outcome, l -> l.amount().toString(), RunLine::status,
                        l -> l.reason().code())
                .containsExactly(
                        tuple("sustained-6m", "-1400.00", RunLine.Status.PAID, "payments.line.recovered"),
                        tuple("sustained-6m", "1400.00", RunLine.Status.HELD_BACK, june.get(1).reason().code()));
        assertThat(PaymentCalculation.total(june)).isEqualTo(Money.of("-1400.00"));
    }

    @Test
    void aContractThatHasEndedStillPaysWhatItOwesByResultsButNoFixedOrServicePayment() {
        var ending = new ContractToPay(CONTRACT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31),
                Money.of("12000.00"), new BigDecimal("50"), List.of(FIRST), contract("0", "50", card("1000.00",
                null), FIRST).cards());
        var a = agreement(1, FIRST, LocalDate.of(2026, 1, 1), null, "0.00");
        var b = agreement(2, FIRST, LocalDate.of(2026, 1, 2), null, "0.00");
        var claims = List.of(claim(a, "entry", LocalDate.of(2026, 5, 3), null),
                claim(b, "entry", LocalDate.of(2026, 5, 4), null));

        List<RunLine> june = PaymentCalculation.lines(inputs(JUNE, ending, List.of(a, b), claims,
                Map.of(new PaidKey(a.id(), PayKind.OUTCOME, "entry"), Money.of("700.00"),
                        new PaidKey(b.id(), PayKind.OUTCOME, "entry"), Money.of("300.00")), "1000.00"));

        assertThat(june).extracting(RunLine::kind, RunLine::agreement, l -> l.amount().toString(), RunLine::status)
                .as("what May's cap held back is paid in June; nothing fixed or for service after May")
                .containsExactly(tuple(PayKind.OUTCOME, b.id(), "400.00", RunLine.Status.PAID));
    }

    @Test
    void serviceInAContractsLastMonthStopsAtTheContractsEnd() {
        var ending = new ContractToPay(CONTRACT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 10),
                Money.of("0.00"), BigDecimal.ZERO, List.of(FIRST), List.of());
        var runsOn = agreement(1, FIRST, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), "70.00");

        List<RunLine> june = PaymentCalculation.lines(inputs(JUNE, ending, List.of(runsOn), List.of(), Map.of(),
                "0"));

        assertThat(june).extracting(RunLine::kind, l -> l.amount().toString()).as("10 days at £10 a day")
                .containsExactly(tuple(PayKind.SERVICE, "100.00"));
    }

    private static DeductionToTake deduction(int n, ContractId contract, String amount, YearMonth from) {
        return new DeductionToTake(new UUID(7, n), contract, FIRST, Money.of(amount), from,
                "Visits missed: 14 in May");
    }

    @Test
    void aDeductionIsTakenWholeAsANegativeLineNeitherCappedNorMakingRoomUnderTheCap() {
        var a = agreement(1, FIRST, LocalDate.of(2026, 5, 1), null, "0.00");
        var b = agreement(2, FIRST, LocalDate.of(2026, 5, 2), null, "0.00");
        ContractToPay contract = contract("0", "100", card("1000.00", null), FIRST);
        var claims = List.of(claim(a, "entry", LocalDate.of(2026, 6, 3), null),
                claim(b, "entry", LocalDate.of(2026, 6, 4), null));
        DeductionToTake deduction = deduction(1, CONTRACT, "2500.00", YearMonth.of(2026, 5));

        List<RunLine> june = PaymentCalculation.lines(new PaymentRunInputs(JUNE, List.of(contract), List.of(a, b),
                claims, Map.of(), Map.of(CONTRACT, Money.ZERO), List.of(deduction)));

        assertThat(june).extracting(RunLine::kind, RunLine::agreement, l -> l.amount().toString(), RunLine::status)
                .as("the cap holds back as much as without the deduction").containsExactly(
                        tuple(PayKind.OUTCOME, a.id(), "700.00", RunLine.Status.PAID),
                        tuple(PayKind.OUTCOME, b.id(), "300.00", RunLine.Status.PAID),
                        tuple(PayKind.OUTCOME, b.id(), "400.00", RunLine.Status.HELD_BACK),
                        tuple(PayKind.DEDUCTION, null, "-2500.00", RunLine.Status.PAID));
        assertThat(june.getLast()).satisfies(line -> {
            assertThat(line.provider()).isEqualTo(FIRST);
            assertThat(line.contract()).isEqualTo(CONTRACT);
            assertThat(line.deduction()).isEqualTo(deduction.id());
            assertThat(line.claim()).isNull();
            assertThat(line.reason()).isEqualTo(new Reason("payments.line.deducted",
                    List.of("Visits missed: 14 in May")));
        });
        assertThat(PaymentCalculation.total(june)).as("£1,000 paid less £2,500 deducted")
                .isEqualTo(Money.of("-1500.00"));
        assertThat(PayKind.DEDUCTION.byResults()).isFalse();
        assertThat(PayKind.DEDUCTION.account()).isEqualTo(LedgerAccount.PERFORMANCE_DEDUCTIONS);
    }

    @Test
    void aDeductionIsTakenOnlyUnderAContractOfTheRunThatHasStartedFromItsMonth() {
        ContractToPay contract = contract("1200.00", "0", null, FIRST);
        var notYetStarted = new ContractToPay(ContractId.of(new UUID(9, 9)), LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30), Money.of("1200.00"), BigDecimal.ZERO, List.of(FIRST), List.of());
        List<DeductionToTake> deductions = List.of(
                deduction(1, CONTRACT, "30.00", JUNE),
                deduction(2, CONTRACT, "40.00", JUNE.plusMonths(1)),
                deduction(3, ContractId.of(new UUID(8, 8)), "50.00", JUNE),
                deduction(4, notYetStarted.id(), "60.00", JUNE));

        List<RunLine> june = PaymentCalculation.lines(new PaymentRunInputs(JUNE, List.of(contract, notYetStarted),
                List.of(), List.of(), Map.of(), Map.of(), deductions));

        assertThat(june).extracting(RunLine::kind, l -> l.amount().toString(), RunLine::deduction)
                .as("not July's, nor one under a contract not in the run or not yet started").containsExactly(
                        tuple(PayKind.FIXED, "100.00", null),
                        tuple(PayKind.DEDUCTION, "-30.00", deductions.getFirst().id()));
        assertThat(PaymentCalculation.total(june)).isEqualTo(Money.of("70.00"));
    }
}
