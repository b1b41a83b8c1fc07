package cymru.cylch.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Requests for funding. Row-level security limits them to the acting organisation's. */
interface FundingRequests extends JpaRepository<FundingRequest, UUID> {

    /** The person's request still waiting for a decision (at most one). */
    @Query("""
            select r from FundingRequest r where r.personId = :personId
            and not exists (select 1 from FundingDecision d where d.requestId = r.id)""")
    Optional<FundingRequest> findWaiting(UUID personId);

    /** Every request still waiting, oldest first. */
    @Query("""
            select r from FundingRequest r
            where not exists (select 1 from FundingDecision d where d.requestId = r.id)
            order by r.requestedAt, r.id""")
    List<FundingRequest> findAllWaiting();

    List<FundingRequest> findByPersonIdOrderByRequestedAtDesc(UUID personId);
}
