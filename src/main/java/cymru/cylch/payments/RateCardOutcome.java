package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One priced outcome of a {@link RateCard}.
 *
 * @param code          the outcome's code, unique on the card ({@code entry}, {@code sustained-6m})
 * @param price         what it pays, once per participant
 * @param requires      the code of the outcome that must be paid first, if any
 * @param sustainedDays for how many days after it is achieved it must be sustained before it pays, if at all
 * @param name          what it is called, in English and Welsh; absent on a card only simulated
 * @param basis         what shows it was achieved, which the care manager checks a claim against; absent when the
 *                      evidence is only what the provider sends
 */
public record RateCardOutcome(String code, Money price, @Nullable String requires, @Nullable Integer sustainedDays,
                              @Nullable OutcomeName name, @Nullable OutcomeBasis basis) {

    public RateCardOutcome(String code, Money price, @Nullable String requires, @Nullable Integer sustainedDays) {
        this(code, price, requires, sustainedDays, null, null);
    }

    /** Its name in the language, or its code when it has none. */
    public String nameIn(String language) {
        return name == null ? code : name.in(language);
    }

    /** Whether a review rated achieved raises a claim for it by itself. */
    public boolean raisedByReview() {
        return basis != null && basis.raisesClaim();
    }
}
