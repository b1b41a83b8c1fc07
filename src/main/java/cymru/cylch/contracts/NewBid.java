package cymru.cylch.contracts;

import cymru.cylch.platform.money.Money;
import java.util.Map;

/**
 * A bid as a provider sends it: the lot, the price, and a response to each criterion by its number. Who bids is never
 * part of it: the provider is always the signed-in user's organisation.
 */
public record NewBid(int lot, Money price, Map<Integer, String> responses) {

    public NewBid {
        responses = Map.copyOf(responses);
    }
}
