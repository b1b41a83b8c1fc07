package cymru.cylch.market;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every council's standing with every provider. */
interface ProviderStandings extends JpaRepository<ProviderStanding, UUID> {

    Optional<ProviderStanding> findByCouncilIdAndProviderId(UUID councilId, UUID providerId);

    List<ProviderStanding> findByCouncilId(UUID councilId);

    List<ProviderStanding> findByProviderId(UUID providerId);
}
