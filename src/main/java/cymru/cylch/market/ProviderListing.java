package cymru.cylch.market;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;

/**
 * A provider's published listing as a council sees it: what brokerage reads to find providers that offer a
 * service in an area with hours free (and Welsh-speaking staff where the person asked for Welsh).
 */
public record ProviderListing(OrganisationId provider, int version, Instant publishedAt, ListingContent content) {

    static ProviderListing of(PublishedListing published) {
        return new ProviderListing(OrganisationId.of(published.providerId()), published.number(),
                published.publishedAt(), published.content());
    }
}
