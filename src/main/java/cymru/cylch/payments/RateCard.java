package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a commissioner pays for outcomes: a price for each outcome, paid once per participant, with an up-front
 * share of each participant's plan value paid at the start and a cap on what one participant can earn. Only
 * pounds sterling. Issue 12 adds caps per provider per period and per contract, sustainment in stages, each
 * outcome's link to an outcome domain, review rating or instrument result, and versions with effective dates;
 * they belong beside these fields, not inside them.
 *
 * @param currency       ISO 4217 code; only {@code GBP} is allowed ({@link RateCardRules})
 * @param upfrontShare   the share of the plan value paid up front, 0 to 1; absent means none
 * @param participantCap the most one participant can earn, up front and outcomes together; absent means no cap
 * @param outcomes       the priced outcomes, in the card's order (which breaks ties between payments on one day)
 */
public record RateCard(String currency, @Nullable BigDecimal upfrontShare, @Nullable Money participantCap,
                       List<RateCardOutcome> outcomes) {

    public RateCard {
        outcomes = List.copyOf(outcomes);
    }

    /** The up-front share, zero when the card has none. */
    public BigDecimal share() {
        return upfrontShare == null ? BigDecimal.ZERO : upfrontShare;
    }

    /** The first outcome with this code. */
    public Optional<RateCardOutcome> outcome(String code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
