package cymru.cylch.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One request for funding as a decider sees it: the person, the revision asked for, the needs as scored, who asked,
 * and the decision and who made it once there is one.
 */
public record FundingCase(FundingRequest request, Person person, PlanDraft draft, List<AssessedNeed> needs,
                          @Nullable String requestedBy, @Nullable FundingDecision decision,
                          @Nullable String decidedBy) {

    public FundingCase {
        needs = List.copyOf(needs);
    }
}
