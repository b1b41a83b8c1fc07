package cymru.cylch.people;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Outcomes agreed with people. Row-level security limits them to the acting organisation's. */
interface PersonalOutcomes extends JpaRepository<PersonalOutcome, UUID> {

    List<PersonalOutcome> findByPersonIdOrderByAgreedOnAscIdAsc(UUID personId);
}
