package cymru.cylch.people;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Everyone held by every organisation; callers always say which organisation is asking. */
interface People extends JpaRepository<Person, UUID> {

    @Query("select p from Person p left join fetch p.contacts where p.id = ?1 and p.heldBy = ?2")
    Optional<Person> findHeld(UUID id, UUID heldBy);

    /**
     * Takes the person's row for the rest of the transaction, so that changes to their plan and its funding happen
     * one at a time (two care managers saving at once, or a decision and a withdrawal).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.id = ?1")
    Optional<Person> lockById(UUID id);

    @Query("select count(p) > 0 from Person p where p.heldBy = ?1 and p.nhsNumber = ?2 and p.id <> ?3")
    boolean nhsNumberTaken(UUID heldBy, String nhsNumber, UUID except);

    @Query(value = "select 'CY' || nextval('person_reference_seq')", nativeQuery = true)
    String nextReference();

    @Query(value = "select 'CY' || nextval('person_reference_seq') from generate_series(1, ?1)", nativeQuery = true)
    List<String> nextReferences(int count);
}
