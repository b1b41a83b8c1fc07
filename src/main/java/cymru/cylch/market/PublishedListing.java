package cymru.cylch.market;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One published version of a provider's listing, kept for good; the highest number is the one councils see. */
@Entity
@Table(name = "provider_listing_version")
public class PublishedListing {

    @Id
    private UUID id;

    @Column(name = "provider_id")
    private UUID providerId;

    private int number;

    @Embedded
    private ListingContent content;

    @Column(name = "published_by")
    private @Nullable UUID publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected PublishedListing() {
        // for JPA
    }

    PublishedListing(UUID id, UUID providerId, int number, ListingContent content, @Nullable UUID by, Instant now) {
        this.id = id;
        this.providerId = providerId;
        this.number = number;
        this.content = content;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public int number() {
        return number;
    }

    public ListingContent content() {
        return content;
    }

    public @Nullable UUID publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
