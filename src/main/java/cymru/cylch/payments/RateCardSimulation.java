package cymru.cylch.payments;

import cymru.cylch.payments.PaymentLine.Reason;
import cymru.cylch.payments.PaymentLine.Status;
import cymru.cylch.platform.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a rate card pays, as of a day, for participants' outcome histories, storing nothing (issue 12's rules).
 * For each participant: the up-front share of the plan value is paid first (half-up to the penny). Each outcome
 * pays its price at most once, once achieved on or before the day; with {@code sustainedDays}, only once it has
 * lasted that many days and the day it had lasted them is on or before the day; and only once the outcome it
 * {@code requires} has been paid. Outcomes are paid in the order they became payable (never before the outcome
 * they require; on one day, a required outcome first, then the card's order). The payment that crosses the
 * participant cap (up-front included) is cut to it, and later ones are refused. A participant with two events for
 * one outcome is paid for the one that became payable first (or else was achieved first) and refused the other.
 * An outcome with {@code sustainedDays} and no event of its own is judged on the event of the outcome it requires,
 * when that event says how long it was sustained: one event, "entry on 1 February, sustained until 1 September",
 * pays entry and, 182 days on, "sustained 6 months", as outcome payments for employment and housing are staged.
 */
public final class RateCardSimulation {

    /** Reasons' codes are message keys under this. */
    private static final String REASONS = "payments.line.";
    private static final String CUT_TO_CAP = "cutToCap";
    private static final String CAP_REACHED = "capReached";

    private RateCardSimulation() {
    }

    /** The payments, or {@link InvalidRateCard} naming every fault of the card and the participants. */
    public static SimulatedPayments simulate(RateCard card, LocalDate asOf, List<Participant> participants) {
        RateCardRules.check(card, participants);
        List<ParticipantPayments> each = participants.stream()
                .map(participant -> new ParticipantRun(card, asOf, participant).pay()).toList();
        Money total = each.stream().map(ParticipantPayments::total).reduce(Money.ZERO, Money::plus);
        return new SimulatedPayments(card.currency(), total, each);
    }

    /** Where an outcome stands before the cap: payable from a day, pending, refused, or never achieved. */
    private sealed interface Standing {
    }

    private record Payable(LocalDate on) implements Standing {
    }

    private record Unpaid(Status status, Reason reason) implements Standing {
    }

    private record NotAchieved() implements Standing {
    }

    private static Reason reason(String code, Object... arguments) {
        return new Reason(REASONS + code, List.of(arguments));
    }

    /** Whether the cap cut the line or refused it. */
    private static boolean byTheCap(PaymentLine line) {
        Reason why = line.reason();
        return why != null && (why.code().equals(REASONS + CUT_TO_CAP) || why.code().equals(REASONS + CAP_REACHED));
    }

    /** One participant's simulation. */
    private static final class ParticipantRun {

        private final RateCard card;
        private final LocalDate asOf;
        private final Participant participant;
        /** For each outcome, the index of the event that counts. */
        private final Map<String, Integer> counted = new HashMap<>();
        private final Map<String, Standing> standings = new HashMap<>();
        private final Map<String, PaymentLine> paidLines = new HashMap<>();

        ParticipantRun(RateCard card, LocalDate asOf, Participant participant) {
            this.card = card;
            this.asOf = asOf;
            this.participant = participant;
            for (int i = 0; i < participant.events().size(); i++) {
                String outcome = participant.events().get(i).outcome();
                Integer before = counted.get(outcome);
                if (before == null || countsBefore(i, before)) {
                    counted.put(outcome, i);
                }
            }
        }

        ParticipantPayments pay() {
            Money cap = card.participantCap();
            Money upfront = participant.planValue().times(card.share());
            boolean capped = false;
            if (cap != null && upfront.isGreaterThan(cap)) {
                upfront = cap;
                capped = true;
            }
            Money room = cap == null ? null : cap.minus(upfront);
            List<PaymentLine> lines = new ArrayList<>();
            Set<String> done = new HashSet<>();
            for (RateCardOutcome outcome : inPaymentOrder()) {
                PaymentLine line = payOne(outcome, room);
                if (room != null) {
                    room = room.minus(line.payable());
                    capped |= byTheCap(line);
                }
                paidLines.put(outcome.code(), line);
                lines.add(line);
                done.add(outcome.code());
            }
            for (int i = 0; i < participant.events().size(); i++) {
                String code = participant.events().get(i).outcome();
                if (counted.get(code) != i) {
                    lines.add(onceOnly(code));
                } else if (!done.contains(code)) {
                    lines.add(unpaid(code));
                }
            }
            for (RateCardOutcome outcome : card.outcomes()) {
                String code = outcome.code();
                if (!counted.containsKey(code) && !done.contains(code) && eventFor(code) != null) {
                    lines.add(unpaid(code));
                }
            }
            Money outcomes = lines.stream().map(PaymentLine::payable).reduce(Money.ZERO, Money::plus);
            return new ParticipantPayments(participant.id(), upfront, outcomes, upfront.plus(outcomes), capped,
                    lines);
        }

        private PaymentLine unpaid(String code) {
            Unpaid unpaid = (Unpaid) standing(code);
            return new PaymentLine(code, Money.ZERO, unpaid.status(), unpaid.reason());
        }

        /**
         * The event an outcome is judged on: its own that counts or, for a sustained outcome without one, the event
         * of the outcome it requires (and so on up) if that event says how long it was sustained; null if none.
         */
        private @Nullable OutcomeEvent eventFor(String code) {
            Integer index = counted.get(code);
            if (index != null) {
                return participant.events().get(index);
            }
            RateCardOutcome outcome = card.outcome(code).orElseThrow();
            String requires = outcome.requires();
            if (outcome.sustainedDays() == null || requires == null) {
                return null;
            }
            OutcomeEvent required = eventFor(requires);
            return required == null || required.sustainedUntil() == null ? null : required;
        }

        /** The outcomes payable before the cap, by the day they became payable, required first, then card order. */
        private List<RateCardOutcome> inPaymentOrder() {
            List<InOrder> payable = new ArrayList<>();
            for (int i = 0; i < card.outcomes().size(); i++) {
                RateCardOutcome outcome = card.outcomes().get(i);
                if (standing(outcome.code()) instanceof Payable(LocalDate on)) {
                    payable.add(new InOrder(outcome, on, depth(outcome.code()), i));
                }
            }
            return payable.stream().sorted(Comparator.comparing(InOrder::on).thenComparingInt(InOrder::depth)
                    .thenComparingInt(InOrder::place)).map(InOrder::outcome).toList();
        }

        /** An outcome's keys in the order of payment, worked out once rather than at every comparison. */
        private record InOrder(RateCardOutcome outcome, LocalDate on, int depth, int place) {
        }

        private PaymentLine payOne(RateCardOutcome outcome, @Nullable Money room) {
            String requires = outcome.requires();
            if (requires != null && paidLines.get(requires).status() != Status.PAID) {
                return new PaymentLine(outcome.code(), Money.ZERO, Status.REFUSED,
                        reason("requiredRefused", requires));
            }
            Money price = outcome.price();
            if (room == null || !price.isGreaterThan(room)) {
                return new PaymentLine(outcome.code(), price, Status.PAID, null);
            }
            Money cap = card.participantCap();
            if (room.amount().signum() > 0) {
                return new PaymentLine(outcome.code(), room, Status.PAID, reason(CUT_TO_CAP, cap));
            }
            return new PaymentLine(outcome.code(), Money.ZERO, Status.REFUSED, reason(CAP_REACHED, cap));
        }

        /** A second event for an outcome: refused, as the outcome pays once. */
        private PaymentLine onceOnly(String code) {
            PaymentLine counts = paidLines.get(code);
            if (counts != null && counts.status() == Status.PAID) {
                return new PaymentLine(code, Money.ZERO, Status.REFUSED, reason("alreadyPaid", code));
            }
            LocalDate achieved = participant.events().get(counted.get(code)).achievedOn();
            return new PaymentLine(code, Money.ZERO, Status.REFUSED, reason("onceOnly", code, achieved));
        }

        /** Where an outcome stands before the cap, with what it requires. Requirements never circle (checked). */
        private Standing standing(String code) {
            Standing known = standings.get(code);
            if (known != null) {
                return known;
            }
            OutcomeEvent event = eventFor(code);
            Standing standing;
            if (event == null) {
                standing = new NotAchieved();
            } else {
                RateCardOutcome outcome = card.outcome(code).orElseThrow();
                standing = own(outcome, event);
                String requires = outcome.requires();
                if (requires != null && standing instanceof Payable(LocalDate on)) {
                    Standing first = standing(requires);
                    if (first instanceof Payable(LocalDate before)) {
                        standing = new Payable(on.isBefore(before) ? before : on);
                    } else if (first instanceof Unpaid unpaid && unpaid.status() == Status.REFUSED) {
                        standing = new Unpaid(Status.REFUSED, reason("requiredRefused", requires));
                    } else {
                        standing = new Unpaid(Status.PENDING, reason("waitsFor", requires));
                    }
                }
            }
            standings.put(code, standing);
            return standing;
        }

        /** Where an event stands by itself: achieved by the day, and sustained long enough by it. */
        private Standing own(RateCardOutcome outcome, OutcomeEvent event) {
            LocalDate achieved = event.achievedOn();
            if (achieved.isAfter(asOf)) {
                return new Unpaid(Status.PENDING, reason("notYetAchieved", achieved, asOf));
            }
            Integer days = outcome.sustainedDays();
            if (days == null) {
                return new Payable(achieved);
            }
            LocalDate until = event.sustainedUntil();
            long lasted = until == null ? 0 : ChronoUnit.DAYS.between(achieved, until);
            if (lasted < days) {
                return new Unpaid(Status.PENDING, reason("notSustainedLongEnough", days, lasted));
            }
            LocalDate sustainedTo = achieved.plusDays(days);
            if (sustainedTo.isAfter(asOf)) {
                return new Unpaid(Status.PENDING, reason("notSustainedByDate", sustainedTo, asOf));
            }
            return new Payable(sustainedTo);
        }

        /** Whether event {@code i} counts for its outcome rather than {@code j}: payable earlier, or achieved earlier. */
        private boolean countsBefore(int i, int j) {
            OutcomeEvent a = participant.events().get(i);
            OutcomeEvent b = participant.events().get(j);
            RateCardOutcome outcome = card.outcome(a.outcome()).orElseThrow();
            Standing first = own(outcome, a);
            Standing second = own(outcome, b);
            if (first instanceof Payable(LocalDate on) && second instanceof Payable(LocalDate other)) {
                return on.isBefore(other);
            }
            if (first instanceof Payable || second instanceof Payable) {
                return first instanceof Payable;
            }
            return a.achievedOn().isBefore(b.achievedOn());
        }

        private int depth(String code) {
            String requires = card.outcome(code).orElseThrow().requires();
            return requires == null ? 0 : 1 + depth(requires);
        }
    }
}
