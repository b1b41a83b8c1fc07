package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procurements made in bulk by Cylch itself (the demo county), under the same rules as one drafted by hand: a
 * published procurement with the bids providers sent, stored exactly as {@link ProcurementManagement} would store
 * them. Runs in the caller's (system) scope; no one is signed in.
 */
@Service
@Transactional
public class ProcurementSetup {

    private final Procurements procurements;
    private final ProcurementRules rules;

    ProcurementSetup(Procurements procurements, ProcurementSettings settings) {
        this.procurements = procurements;
        this.rules = settings.rules();
    }

    /** A bid a provider sent, at a time. */
    public record SentBid(OrganisationId provider, NewBid bid, Instant sentAt, @Nullable UUID sentBy) {
    }

    /** Drafts and publishes the procurement at {@code publishedAt}, with the bids sent after it, and returns its id. */
    public ProcurementId publishedWithBids(ProcurementId id, OrganisationId commissioner, ProcurementDraft draft,
                                           UUID by, Instant publishedAt, List<SentBid> bids) {
        rules.check(draft, publishedAt);
        procurements.insert(id, commissioner, draft, publishedAt, by);
        procurements.publish(id, publishedAt, by);
        for (SentBid sent : bids) {
            ProcurementRules.checkBid(draft, sent.bid());
            if (!procurements.insertBid(UUID.randomUUID(), id, commissioner, sent.provider(), sent.bid().lot(),
                    sent.bid().price(), new TreeMap<>(sent.bid().responses()), null, sent.sentAt(), sent.sentBy())) {
                throw new IllegalStateException("the demo procurement closed before its bids were sent");
            }
        }
        return id;
    }

    /** Drafts the procurement at {@code at}, unpublished, and returns its id. */
    public ProcurementId drafted(ProcurementId id, OrganisationId commissioner, ProcurementDraft draft, UUID by,
                                 Instant at) {
        rules.check(draft, at);
        procurements.insert(id, commissioner, draft, at, by);
        return id;
    }

    /** Whether the procurement exists already (the demo county is loaded once). */
    @Transactional(readOnly = true)
    public boolean exists(ProcurementId id) {
        return procurements.find(id).isPresent();
    }
}
