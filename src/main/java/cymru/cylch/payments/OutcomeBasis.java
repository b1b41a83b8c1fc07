package cymru.cylch.payments;

/**
 * What shows a rate card outcome was achieved: an outcome of a domain of the national outcome framework reviewed as
 * achieved ({@code wales-nof/control}), a review rating ({@code ACHIEVED}), or an instrument's result
 * ({@code swemwbs}: a meaningful improvement on it). The care manager verifies a claim against the person's
 * reviews and measurements of that kind. With {@code raisesClaim}, a review rating the outcome achieved raises the
 * claim for the provider working to it, where the contract says so; only review ratings can.
 */
public record OutcomeBasis(Kind kind, String key, boolean raisesClaim) {

    public enum Kind { OUTCOME_DOMAIN, REVIEW_RATING, INSTRUMENT_RESULT }
}
