package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.payments.PaymentLine.Reason;
import cymru.cylch.payments.PaymentLine.Status;
import cymru.cylch.payments.PaymentRunInputs.AgreementToPay;
import cymru.cylch.payments.PaymentRunInputs.ContractToPay;
import cymru.cylch.payments.PaymentRunInputs.DeductionToTake;
import cymru.cylch.payments.PaymentRunInputs.PaidKey;
import cymru.cylch.payments.PaymentRunInputs.VerifiedClaim;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a month's payment run pays, worked out from its inputs alone (no database, no clock), so that the same inputs
 * always give the same lines. For each contract in force in the month:
 * <ul>
 *   <li>its fixed element, a twelfth a year for the days of the month within its term, shared equally by its
 *       suppliers (the odd pennies to the first);</li>
 *   <li>for each agreement, the part of its weekly price that does not depend on outcomes, for the days it ran in the
 *       month (never after it ended, so never after the person died);</li>
 *   <li>under a rate card, what the card owes each agreement as of the month's last day ({@link RateCardSimulation}:
 *       the up-front share of the plan value, each verified outcome once, in order, within the participant's cap),
 *       less what earlier runs paid: more is paid now, less is recovered (a negative line), and what the card holds
 *       back (a stage not yet sustained, a prerequisite not yet paid) is shown with its reason.</li>
 * </ul>
 * Then the card's caps, in the order payments became due: what takes a provider over its monthly cap under the
 * contract is held back to a later run; what takes the contract over its lifetime cap is refused. Last, each
 * deduction pending under the contract from the month or before, whole, as a negative line. Every amount is
 * rounded half-up to the penny once, and the paid lines add up to the run's total exactly.
 */
public final class PaymentCalculation {

    private static final String REASONS = "payments.line.";
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
    private static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);

    private PaymentCalculation() {
    }

    public static List<RunLine> lines(PaymentRunInputs inputs) {
        LocalDate first = inputs.month().atDay(1);
        LocalDate last = inputs.month().atEndOfMonth();
        Map<ServiceAgreementId, List<VerifiedClaim>> claims = inputs.claims().stream()
                .collect(Collectors.groupingBy(VerifiedClaim::agreement));
        // What was paid for each agreement's outcomes, found by agreement: a run looks at every agreement once.
        Map<ServiceAgreementId, List<Map.Entry<PaidKey, Money>>> paidOutcomes = inputs.paidBefore().entrySet()
                .stream().filter(e -> e.getKey().kind() == PayKind.OUTCOME && e.getValue().amount().signum() != 0)
                .collect(Collectors.groupingBy(e -> e.getKey().agreement()));
        Map<ContractId, List<AgreementToPay>> agreements = inputs.agreements().stream()
                .sorted(Comparator.comparing(AgreementToPay::start).thenComparing(a -> a.id().value()))
                .collect(Collectors.groupingBy(AgreementToPay::contract));
        Map<ContractId, List<DeductionToTake>> deductions = inputs.deductions().stream()
                .collect(Collectors.groupingBy(DeductionToTake::contract));
        List<RunLine> lines = new ArrayList<>();
        for (ContractToPay contract : inputs.contracts().stream()
                .sorted(Comparator.comparing(c -> c.id().value())).toList()) {
            // A contract that has ended still pays what it owes by results (stages that fall due later, what a
            // cap held back), recovers what it overpaid and takes its deductions; its fixed element and service
            // payments stop at its end. One not yet started pays and takes nothing.
            if (contract.start().isAfter(last)) {
                continue;
            }
            lines.addAll(fixed(contract, first, last));
            List<AgreementToPay> under = agreements.getOrDefault(contract.id(), List.of());
            Map<ServiceAgreementId, Owed> owed = owed(contract, under, claims, last);
            List<RunLine> byResults = new ArrayList<>();
            for (AgreementToPay agreement : under) {
                service(contract, agreement, first, last).ifPresent(lines::add);
                Owed card = owed.get(agreement.id());
                if (card != null) {
                    byResults.addAll(byResults(contract, agreement, card, inputs.paidBefore(),
                            paidOutcomes.getOrDefault(agreement.id(), List.of())));
                }
            }
            lines.addAll(capped(contract, byResults, inputs.contractPaidBefore()
                    .getOrDefault(contract.id(), Money.ZERO), last));
            deductions.getOrDefault(contract.id(), List.of()).stream()
                    .filter(d -> !d.from().isAfter(inputs.month()))
                    .sorted(Comparator.comparing(DeductionToTake::from).thenComparing(DeductionToTake::id))
                    .forEach(d -> lines.add(deducted(d)));
        }
        return lines;
    }

    /**
     * A deduction taken whole: never capped, and never making room under a cap (caps are of what is paid by
     * results, and a deduction is the council's, not the card's).
     */
    private static RunLine deducted(DeductionToTake deduction) {
        return new RunLine(deduction.provider(), deduction.contract(), null, PayKind.DEDUCTION, null, null,
                Money.ZERO.minus(deduction.amount()), RunLine.Status.PAID, reason("deducted", deduction.reason()),
                deduction.id());
    }

    /** The paid lines' sum. */
    public static Money total(List<RunLine> lines) {
        return lines.stream().filter(RunLine::paid).map(RunLine::amount).reduce(Money.ZERO, Money::plus);
    }

    private static List<RunLine> fixed(ContractToPay contract, LocalDate first, LocalDate last) {
        long days = overlap(contract.start(), contract.end(), first, last);
        if (contract.fixedPerYear().amount().signum() == 0 || days == 0 || contract.suppliers().isEmpty()) {
            return List.of();
        }
        BigDecimal monthDays = BigDecimal.valueOf(ChronoUnit.DAYS.between(first, last) + 1);
        Money month = Money.of(contract.fixedPerYear().amount().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(12).multiply(monthDays), 10, RoundingMode.HALF_UP));
        int suppliers = contract.suppliers().size();
        long pennies = month.amount().movePointRight(2).longValueExact();
        List<RunLine> lines = new ArrayList<>();
        for (int i = 0; i < suppliers; i++) {
            long share = pennies / suppliers + (i < pennies % suppliers ? 1 : 0);
            lines.add(new RunLine(contract.suppliers().get(i), contract.id(), null, PayKind.FIXED, null, null,
                    Money.of(BigDecimal.valueOf(share, 2)), RunLine.Status.PAID, null, null));
        }
        return lines;
    }

    private static Optional<RunLine> service(ContractToPay contract, AgreementToPay agreement, LocalDate first,
                                             LocalDate last) {
        LocalDate end = Optional.ofNullable(agreement.end()).filter(e -> !e.isAfter(contract.end()))
                .orElse(contract.end());
        long days = overlap(agreement.start(), end, first, last);
        BigDecimal notAtRisk = BigDecimal.valueOf(100).subtract(contract.outcomeSharePercent());
        if (days == 0 || notAtRisk.signum() <= 0 || agreement.weeklyPrice().amount().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal amount = agreement.weeklyPrice().amount().multiply(notAtRisk).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(700), 10, RoundingMode.HALF_UP);
        return Optional.of(new RunLine(agreement.provider(), contract.id(), agreement.id(), PayKind.SERVICE, null,
                null, Money.of(amount), RunLine.Status.PAID, null, null));
    }

    /** What an agreement's card owes it as of the month's last day, with the claims that were its events. */
    private record Owed(RateCard card, ParticipantPayments payments, List<VerifiedClaim> claims) {
    }

    /**
     * What each card version of the contract owes the agreements under it that have started: one simulation per
     * version, of all its agreements at once (each participant's payments are its own; the card is checked once).
     */
    private static Map<ServiceAgreementId, Owed> owed(ContractToPay contract, List<AgreementToPay> agreements,
                                                      Map<ServiceAgreementId, List<VerifiedClaim>> claims,
                                                      LocalDate last) {
        Map<RateCardVersion, List<AgreementToPay>> byVersion = new IdentityHashMap<>();
        for (AgreementToPay agreement : agreements) {
            if (!agreement.start().isAfter(last)) {
                RateCardVersion.forAgreementStarting(contract.cards(), agreement.start()).ifPresent(version ->
                        byVersion.computeIfAbsent(version, v -> new ArrayList<>()).add(agreement));
            }
        }
        Map<ServiceAgreementId, Owed> owed = new HashMap<>();
        byVersion.forEach((version, under) -> {
            List<Participant> participants = under.stream().map(agreement -> new Participant(
                    agreement.id().toString(), planValue(agreement), claims.getOrDefault(agreement.id(), List.of())
                    .stream().map(c -> new OutcomeEvent(c.outcome(), c.achievedOn(), c.sustainedUntil())).toList()))
                    .toList();
            List<ParticipantPayments> payments = RateCardSimulation.simulate(version.card(), last, participants)
                    .participants();
            for (int i = 0; i < under.size(); i++) {
                ServiceAgreementId id = under.get(i).id();
                owed.put(id, new Owed(version.card(), payments.get(i), claims.getOrDefault(id, List.of())));
            }
        });
        return owed;
    }

    /** The card's lines for the agreement, before the caps of the provider and the contract. */
    private static List<RunLine> byResults(ContractToPay contract, AgreementToPay agreement, Owed card,
                                           Map<PaidKey, Money> paid, List<Map.Entry<PaidKey, Money>> paidOutcomes) {
        Map<String, VerifiedClaim> byOutcome = card.claims().stream().collect(Collectors.toMap(
                VerifiedClaim::outcome, Function.identity(), (a, b) -> a));
        ParticipantPayments owed = card.payments();
        List<RunLine> lines = new ArrayList<>();
        Money upfront = owed.upfront().minus(paid.getOrDefault(new PaidKey(agreement.id(), PayKind.UPFRONT, null),
                Money.ZERO));
        if (upfront.amount().signum() != 0) {
            // Less up-front than was paid: the agreement ended sooner than planned, so its plan is worth less.
            lines.add(new RunLine(agreement.provider(), contract.id(), agreement.id(), PayKind.UPFRONT, null, null,
                    upfront, RunLine.Status.PAID, upfront.isNegative() ? reason("upfrontReduced") : null, null));
        }
        for (PaymentLine line : owed.lines()) {
            VerifiedClaim claim = byOutcome.get(line.outcome());
            Money payable = line.status() == Status.PAID ? line.payable() : Money.ZERO;
            Money due = payable.minus(paid.getOrDefault(new PaidKey(agreement.id(), PayKind.OUTCOME,
                    line.outcome()), Money.ZERO));
            // What is owed now, less what was paid: more is paid, and what was paid but is no longer owed (held
            // back or refused now, say after a verification is withdrawn) is recovered.
            if (due.amount().signum() != 0) {
                lines.add(new RunLine(agreement.provider(), contract.id(), agreement.id(), PayKind.OUTCOME,
                        line.outcome(), claim == null ? null : claim.id(), due, RunLine.Status.PAID,
                        due.isNegative() ? recovery() : line.reason(), null));
            }
            if (line.status() != Status.PAID && claim != null) {
                Money price = card.card().outcome(line.outcome()).map(RateCardOutcome::price).orElse(Money.ZERO);
                lines.add(new RunLine(agreement.provider(), contract.id(), agreement.id(), PayKind.OUTCOME,
                        line.outcome(), claim.id(), price, line.status() == Status.PENDING
                        ? RunLine.Status.HELD_BACK : RunLine.Status.REFUSED, line.reason(), null));
            }
        }
        // What was paid for outcomes the card no longer owes at all (a claim no longer verified) is recovered, in
        // the outcomes' order, so that the same inputs always give the same lines.
        paidOutcomes.stream()
                .filter(e -> owed.lines().stream().noneMatch(l -> l.outcome().equals(e.getKey().outcome())))
                .sorted(Comparator.comparing(e -> String.valueOf(e.getKey().outcome())))
                .forEach(e -> lines.add(new RunLine(agreement.provider(), contract.id(), agreement.id(),
                        PayKind.OUTCOME, e.getKey().outcome(), null, Money.ZERO.minus(e.getValue()),
                        RunLine.Status.PAID, recovery(), null)));
        return lines;
    }

    /**
     * The provider's monthly cap, then the contract's lifetime cap, over the payments due, in the order they are
     * listed (agreements by start, each agreement's up-front share and then its outcomes in the order they became
     * payable). Recoveries are never capped; they do not make room either, as they may be disputed.
     */
    private static List<RunLine> capped(ContractToPay contract, List<RunLine> due, Money contractPaid,
                                        LocalDate last) {
        Optional<RateCard> card = RateCardVersion.forAgreementStarting(contract.cards(), last).map(RateCardVersion::card);
        @Nullable Money providerCap = card.map(RateCard::providerMonthlyCap).orElse(null);
        @Nullable Money contractCap = card.map(RateCard::contractCap).orElse(null);
        Map<OrganisationId, Money> providerRoom = new HashMap<>();
        Money contractRoom = contractCap == null ? null : contractCap.minus(contractPaid);
        List<RunLine> lines = new ArrayList<>();
        for (RunLine line : due) {
            if (!line.paid() || line.amount().isNegative()) {
                lines.add(line);
                continue;
            }
            List<RunLine> parts = new ArrayList<>();
            RunLine paying = line;
            if (providerCap != null) {
                Money room = providerRoom.getOrDefault(line.provider(), providerCap);
                paying = cut(paying, room, RunLine.Status.HELD_BACK, reason("providerCap", providerCap), parts);
                providerRoom.put(line.provider(), room.minus(paying.amount()));
            }
            if (contractRoom != null && paying.amount().amount().signum() > 0) {
                Money before = paying.amount();
                paying = cut(paying, contractRoom, RunLine.Status.REFUSED, reason("contractCap", contractCap), parts);
                if (providerCap != null) {
                    Money refused = before.minus(paying.amount());
                    providerRoom.put(line.provider(), providerRoom.get(line.provider()).plus(refused));
                }
                contractRoom = contractRoom.minus(paying.amount());
            }
            if (paying.amount().amount().signum() > 0) {
                lines.add(paying);
            }
            lines.addAll(parts);
        }
        return lines;
    }

    /** The part of the line within the room, and the rest, if any, as a line of the status given, into {@code rest}. */
    private static RunLine cut(RunLine line, Money room, RunLine.Status over, Reason why, List<RunLine> rest) {
        Money within = room.isNegative() ? Money.ZERO : line.amount().isGreaterThan(room) ? room : line.amount();
        Money beyond = line.amount().minus(within);
        if (beyond.amount().signum() > 0) {
            rest.add(line.as(over, beyond, why));
        }
        return line.as(RunLine.Status.PAID, within, line.reason());
    }

    /**
     * The plan's value for the up-front share: the weekly price for the agreement's term, at most a year of it,
     * rounded to the penny once. The share is then of this amount, as the remittance shows it, and rounded once more.
     */
    static Money planValue(AgreementToPay agreement) {
        LocalDate end = agreement.end();
        long days = end == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(agreement.start(), end) + 1;
        BigDecimal weekly = agreement.weeklyPrice().amount();
        if (days >= WEEKS_A_YEAR.longValueExact() * 7) {
            return Money.of(weekly.multiply(WEEKS_A_YEAR));
        }
        return Money.of(weekly.multiply(BigDecimal.valueOf(days)).divide(SEVEN, 2, RoundingMode.HALF_UP));
    }

    /** Days from {@code start} to {@code end} (open if null) within {@code first} to {@code last}, both included. */
    private static long overlap(LocalDate start, @Nullable LocalDate end, LocalDate first, LocalDate last) {
        LocalDate from = start.isAfter(first) ? start : first;
        LocalDate to = end == null || end.isAfter(last) ? last : end;
        return from.isAfter(to) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static Reason recovery() {
        return reason("recovered");
    }

    private static Reason reason(String code, Object... arguments) {
        return new Reason(REASONS + code, List.of(arguments));
    }
}
