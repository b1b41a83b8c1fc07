package cymru.cylch.market;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The history of every standing, appended to and never changed. */
interface StandingChanges extends JpaRepository<StandingChange, UUID> {

    List<StandingChange> findByStandingIdOrderBySequenceDesc(UUID standingId);
}
