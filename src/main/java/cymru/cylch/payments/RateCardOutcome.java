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
 */
public record RateCardOutcome(String code, Money price, @Nullable String requires, @Nullable Integer sustainedDays) {
}
