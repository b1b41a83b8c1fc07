package cymru.cylch.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Assessment conversations. Row-level security limits them to the acting organisation's. */
interface Assessments extends JpaRepository<Assessment, UUID> {

    List<Assessment> findByPersonIdOrderByHeldOnDescIdDesc(UUID personId);

    Optional<Assessment> findByIdAndPersonId(UUID id, UUID personId);
}
