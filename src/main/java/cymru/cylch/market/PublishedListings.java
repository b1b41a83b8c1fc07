package cymru.cylch.market;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every published version of every listing. */
interface PublishedListings extends JpaRepository<PublishedListing, UUID> {

    /** The latest published version of each of these providers' listings. */
    @Query("""
            select v from PublishedListing v where v.providerId in ?1
            and v.number = (select max(w.number) from PublishedListing w where w.providerId = v.providerId)""")
    List<PublishedListing> latestOf(Collection<UUID> providerIds);

    Optional<PublishedListing> findFirstByProviderIdOrderByNumberDesc(UUID providerId);

    List<PublishedListing> findByProviderIdOrderByNumberDesc(UUID providerId);
}
