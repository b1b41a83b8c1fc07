package cymru.cylch.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Support plan revisions. Row-level security limits them to the acting organisation's. */
interface SupportPlans extends JpaRepository<SupportPlan, UUID> {

    Optional<SupportPlan> findFirstByPersonIdOrderByRevisionDesc(UUID personId);

    Optional<SupportPlan> findFirstByPersonIdOrderByRevisionAsc(UUID personId);

    Optional<SupportPlan> findByPersonIdAndRevision(UUID personId, int revision);

    List<SupportPlan> findByPersonIdOrderByRevisionDesc(UUID personId);

    List<SupportPlan> findByHeldByOrderByPersonIdAscRevisionAsc(UUID heldBy);
}
