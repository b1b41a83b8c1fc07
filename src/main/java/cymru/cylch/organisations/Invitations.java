package cymru.cylch.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Invitations to join organisations. */
interface Invitations extends JpaRepository<Invitation, UUID> {

    @Query("""
            select i from Invitation i where i.organisationId = ?1 and lower(i.inviteeUsername) = lower(?2)
            and i.status = cymru.cylch.organisations.Invitation.Status.OPEN""")
    Optional<Invitation> findOpen(UUID organisationId, String username);

    @Query("""
            select i from Invitation i where i.organisationId = ?1
            and i.status = cymru.cylch.organisations.Invitation.Status.OPEN order by i.invitedAt desc""")
    List<Invitation> openFrom(UUID organisationId);

    @Query("""
            select i from Invitation i where i.inviteeUserId = ?1
            and i.status = cymru.cylch.organisations.Invitation.Status.OPEN order by i.invitedAt desc""")
    List<Invitation> openTo(UUID userId);

    /** Accepted invitations of accounts homed in the given organisation, waiting for its approval. */
    @Query("""
            select i from Invitation i, UserAccount u where u.id = i.inviteeUserId and u.homeOrganisationId = ?1
            and i.status = cymru.cylch.organisations.Invitation.Status.OPEN and i.needsApproval = true
            and i.acceptedAt is not null and i.approvedAt is null order by i.acceptedAt""")
    List<Invitation> awaitingApprovalBy(UUID homeOrganisationId);
}
