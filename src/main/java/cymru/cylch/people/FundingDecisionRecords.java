package cymru.cylch.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Decisions on requests for funding. Row-level security limits them to the acting organisation's. */
interface FundingDecisionRecords extends JpaRepository<FundingDecision, UUID> {

    List<FundingDecision> findByRequestIdIn(Collection<UUID> requestIds);

    Optional<FundingDecision> findByPlanId(UUID planId);

    /** The latest decisions, for the queue's "recently decided". */
    List<FundingDecision> findAllByOrderByDecidedAtDesc(Limit limit);
}
