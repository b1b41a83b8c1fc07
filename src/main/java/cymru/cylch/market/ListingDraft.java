package cymru.cylch.market;

import cymru.cylch.platform.database.ChangeStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A provider's listing as it is being changed, seen by nobody outside the provider until it is published. */
@Entity
@Table(name = "provider_listing_draft")
public class ListingDraft {

    @Id
    @Column(name = "provider_id")
    private UUID providerId;

    @Embedded
    private ListingContent content;

    @Embedded
    private ChangeStamp stamp;

    @Version
    private @Nullable Long version;

    protected ListingDraft() {
        // for JPA
    }

    ListingDraft(UUID providerId, ListingContent content, @Nullable UUID by, Instant now) {
        this.providerId = providerId;
        this.content = content;
        this.stamp = ChangeStamp.created(by, now);
    }

    void change(ListingContent content, @Nullable UUID by, Instant now) {
        this.content = content;
        this.stamp = stamp.changed(by, now);
    }

    public UUID providerId() {
        return providerId;
    }

    public ListingContent content() {
        return content;
    }

    public ChangeStamp stamp() {
        return stamp;
    }
}
