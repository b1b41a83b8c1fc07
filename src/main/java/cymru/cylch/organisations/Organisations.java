package cymru.cylch.organisations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All organisations. */
interface Organisations extends JpaRepository<Organisation, UUID> {

    boolean existsByNameIgnoreCase(String name);

    /** The organisation itself and those it registered: what its administrators manage. */
    @Query("select o from Organisation o where o.id = ?1 or o.registeredBy = ?1 order by o.name")
    List<Organisation> administeredBy(UUID organisationId);

    List<Organisation> findByIdIn(Collection<UUID> ids);

    List<Organisation> findByKindAndActiveTrueOrderByName(OrganisationKind kind);
}
