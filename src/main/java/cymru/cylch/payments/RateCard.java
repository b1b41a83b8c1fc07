package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a commissioner pays for outcomes: a price for each outcome, paid once per participant, with an up-front
 * share of each participant's plan value paid at the start and caps. Only pounds sterling. A staged outcome
 * (entry, then sustained 3, 6 and 12 months) is one outcome per stage, each requiring the stage before it. The
 * contract's fixed element stays in the contract's payment terms; a card prices what depends on outcomes.
 *
 * @param currency           ISO 4217 code; only {@code GBP} is allowed ({@link RateCardRules})
 * @param upfrontShare       the share of the plan value paid up front, 0 to 1; absent means none
 * @param participantCap     the most one participant can earn, up front and outcomes together; absent means no cap
 * @param providerMonthlyCap the most one provider can earn under the contract in one month's payment run, up front
 *                           and outcomes together; what is over it is held back to a later run; absent means none
 * @param contractCap        the most the contract pays in up-front and outcome payments over its life; what is
 *                           over it is refused; absent means none
 * @param outcomes           the priced outcomes, in the card's order (which breaks ties between payments on one day)
 */
public record RateCard(String currency, @Nullable BigDecimal upfrontShare, @Nullable Money participantCap,
                       @Nullable Money providerMonthlyCap, @Nullable Money contractCap,
                       List<RateCardOutcome> outcomes) {

    public RateCard {
        outcomes = List.copyOf(outcomes);
    }

    /** A card with no caps beyond the participant's, as the simulator takes it. */
    public RateCard(String currency, @Nullable BigDecimal upfrontShare, @Nullable Money participantCap,
                    List<RateCardOutcome> outcomes) {
        this(currency, upfrontShare, participantCap, null, null, outcomes);
    }

    /** The up-front share, zero when the card has none. */
    public BigDecimal share() {
        return upfrontShare == null ? BigDecimal.ZERO : upfrontShare;
    }

    /** The first outcome with this code. */
    public Optional<RateCardOutcome> outcome(String code) {
        // A loop, not a stream: a national payment run asks this some ten million times.
        for (RateCardOutcome outcome : outcomes) {
            if (outcome.code().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
