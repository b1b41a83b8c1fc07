package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes a rate card, and the participants simulated under it, sound. Every fault is found in one pass, so
 * that whoever wrote the card can put all of it right at once; each is a {@link RateCardFault} whose code is also
 * its message key. A card with a circular {@code requires} could never pay the outcomes on the circle, so it is
 * refused rather than simulated.
 */
public final class RateCardRules {

    private RateCardRules() {
    }

    /** Every fault of the card and of the participants, in the order of the card and then of the participants. */
    public static List<RateCardFault> faults(RateCard card, List<Participant> participants) {
        List<RateCardFault> faults = new ArrayList<>(cardFaults(card));
        faults.addAll(participantFaults(card, participants));
        return faults;
    }

    /** Throws {@link InvalidRateCard} naming every fault, if there is one. */
    public static void check(RateCard card, List<Participant> participants) {
        List<RateCardFault> faults = faults(card, participants);
        if (!faults.isEmpty()) {
            throw new InvalidRateCard(faults);
        }
    }

    private static List<RateCardFault> cardFaults(RateCard card) {
        List<RateCardFault> faults = new ArrayList<>();
        if (!Money.CURRENCY.equals(card.currency())) {
            faults.add(RateCardFault.of("payments.rateCard.currency", card.currency()));
        }
        BigDecimal share = card.share();
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            faults.add(RateCardFault.of("payments.rateCard.upfrontShare.range", share.toPlainString()));
        }
        capFault(card.participantCap(), "payments.rateCard.participantCap.negative", faults);
        capFault(card.providerMonthlyCap(), "payments.rateCard.providerMonthlyCap.negative", faults);
        capFault(card.contractCap(), "payments.rateCard.contractCap.negative", faults);
        Set<String> codes = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        for (int i = 0; i < card.outcomes().size(); i++) {
            RateCardOutcome outcome = card.outcomes().get(i);
            if (outcome.code().isBlank()) {
                faults.add(RateCardFault.of("payments.rateCard.outcome.blank", i + 1));
            } else if (!codes.add(outcome.code()) && duplicates.add(outcome.code())) {
                faults.add(RateCardFault.of("payments.rateCard.outcome.duplicate", outcome.code()));
            }
            if (outcome.price().isNegative()) {
                faults.add(RateCardFault.of("payments.rateCard.outcome.price.negative", name(outcome, i),
                        outcome.price()));
            }
            Integer days = outcome.sustainedDays();
            if (days != null && days <= 0) {
                faults.add(RateCardFault.of("payments.rateCard.outcome.sustainedDays.range", name(outcome, i), days));
            }
            String requires = outcome.requires();
            if (requires != null && card.outcome(requires).isEmpty()) {
                faults.add(RateCardFault.of("payments.rateCard.outcome.requires.unknown", name(outcome, i),
                        requires));
            }
            faults.addAll(describedFaults(outcome, name(outcome, i)));
        }
        faults.addAll(circles(card));
        return faults;
    }

    private static void capFault(@Nullable Money cap, String code, List<RateCardFault> faults) {
        if (cap != null && cap.isNegative()) {
            faults.add(RateCardFault.of(code, cap));
        }
    }

    /** Its name and basis, where it has them: an English name, a basis key, and only a review raising a claim. */
    private static List<RateCardFault> describedFaults(RateCardOutcome outcome, String named) {
        List<RateCardFault> faults = new ArrayList<>();
        OutcomeName name = outcome.name();
        if (name != null && name.en().isBlank()) {
            faults.add(RateCardFault.of("payments.rateCard.outcome.name.blank", named));
        }
        OutcomeBasis basis = outcome.basis();
        if (basis != null && basis.key().isBlank()) {
            faults.add(RateCardFault.of("payments.rateCard.outcome.basis.blank", named));
        }
        if (basis != null && basis.raisesClaim() && basis.kind() != OutcomeBasis.Kind.REVIEW_RATING) {
            faults.add(RateCardFault.of("payments.rateCard.outcome.basis.raisesClaim", named));
        }
        return faults;
    }

    /** A blank code is named by the outcome's place on the card. */
    private static String name(RateCardOutcome outcome, int index) {
        return outcome.code().isBlank() ? "#" + (index + 1) : outcome.code();
    }

    /**
     * Each circle of {@code requires} once, written from its first outcome on the card back to it
     * ({@code a → b → a}; a self-requirement is {@code a → a}). Each outcome requires at most one other, so
     * following the links from any outcome either stops or comes round to a circle.
     */
    private static List<RateCardFault> circles(RateCard card) {
        Map<String, @Nullable String> required = new HashMap<>();
        for (RateCardOutcome outcome : card.outcomes()) {
            required.putIfAbsent(outcome.code(), outcome.requires());
        }
        List<RateCardFault> faults = new ArrayList<>();
        Set<String> onACircle = new HashSet<>();
        for (RateCardOutcome outcome : card.outcomes()) {
            String start = outcome.code();
            if (onACircle.contains(start)) {
                continue;
            }
            LinkedHashSet<String> path = new LinkedHashSet<>();
            String at = start;
            while (at != null && required.containsKey(at) && path.add(at)) {
                at = required.get(at);
            }
            if (start.equals(at)) {
                onACircle.addAll(path);
                faults.add(RateCardFault.of("payments.rateCard.outcome.requires.circular",
                        String.join(" → ", path) + " → " + start));
            }
        }
        return faults;
    }

    private static List<RateCardFault> participantFaults(RateCard card, List<Participant> participants) {
        List<RateCardFault> faults = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Participant participant : participants) {
            if (!ids.add(participant.id()) && repeated.add(participant.id())) {
                faults.add(RateCardFault.of("payments.participant.duplicate", participant.id()));
            }
            if (participant.planValue().isNegative()) {
                faults.add(RateCardFault.of("payments.participant.planValue.negative", participant.id(),
                        participant.planValue()));
            }
            for (OutcomeEvent event : participant.events()) {
                if (card.outcome(event.outcome()).isEmpty()) {
                    faults.add(RateCardFault.of("payments.participant.event.unknownOutcome", participant.id(),
                            event.outcome()));
                }
                LocalDate until = event.sustainedUntil();
                if (until != null && until.isBefore(event.achievedOn())) {
                    faults.add(RateCardFault.of("payments.participant.event.sustainedBeforeAchieved",
                            participant.id(), event.outcome(), until, event.achievedOn()));
                }
            }
        }
        return faults;
    }
}
