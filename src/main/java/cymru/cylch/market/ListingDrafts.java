package cymru.cylch.market;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Providers' drafts, one each at most. */
interface ListingDrafts extends JpaRepository<ListingDraft, UUID> {
}
