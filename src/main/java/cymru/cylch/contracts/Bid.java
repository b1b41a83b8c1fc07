package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider's bid for one lot: its response to each published criterion (by the criterion's number) and its price
 * for the lot over the contract's term. Bids are history: replacing one adds a new bid that {@code replaces} it, and
 * withdrawing one adds a withdrawal; the provider's current bid for a lot is its latest, unless that was withdrawn.
 */
public record Bid(UUID id, ProcurementId procurement, OrganisationId provider, int lot, Money price,
                  Map<Integer, String> responses, Instant submittedAt, @Nullable UUID submittedBy,
                  @Nullable UUID replaces) {

    public Bid {
        responses = Map.copyOf(responses);
    }

    public String responseTo(int criterion) {
        return responses.getOrDefault(criterion, "");
    }
}
