package cymru.cylch.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All user accounts. */
interface UserAccounts extends JpaRepository<UserAccount, UUID> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    @Query("select distinct u from UserAccount u join u.memberships m where m.organisationId = ?1 order by u.displayName")
    List<UserAccount> membersOf(UUID organisationId);
}
