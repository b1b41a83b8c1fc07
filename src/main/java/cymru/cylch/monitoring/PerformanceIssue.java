package cymru.cylch.monitoring;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A council's record of a provider's poor performance, under a contract, about a measure, or neither: what went
 * wrong, and what the choice of route turns on (its seriousness, the risks, whether the contract was breached, the
 * council's view of the relationship, and the provider's response); the route chosen, where it stands, and the
 * corrective action plan on the developmental route. The relationship is the council's own view: absent where the
 * provider reads the issue.
 */
public record PerformanceIssue(UUID id, OrganisationId council, OrganisationId provider, @Nullable ContractId contract,
                               @Nullable MeasureId measure, String title, String description, Seriousness seriousness,
                               String risks, boolean contractBreached, @Nullable ProviderRelationship relationship,
                               @Nullable ProviderStance stance, @Nullable String response, IssueStatus status,
                               @Nullable IssueRoute route, CorrectivePlan plan, Instant raisedAt, Instant changedAt,
                               int version) {

    /**
     * The issue as its provider may see it: without the council's view of the relationship, and without a plan the
     * council is still writing (the provider sees it once it is put to it).
     */
    public PerformanceIssue forProvider() {
        return new PerformanceIssue(id, council, provider, contract, measure, title, description, seriousness, risks,
                contractBreached, null, stance, response, status, route,
                status == IssueStatus.CAP_DRAFT ? CorrectivePlan.EMPTY : plan, raisedAt, changedAt, version);
    }

    /** The route Cylch suggests from what the choice turns on. */
    public RouteAdvice advice() {
        return RouteAdvice.of(seriousness, contractBreached, relationship, stance);
    }

    /** The same issue with the provider's response. */
    PerformanceIssue answered(ProviderStance newStance, String newResponse) {
        return new PerformanceIssue(id, council, provider, contract, measure, title, description, seriousness, risks,
                contractBreached, relationship, newStance, newResponse, status, route, plan, raisedAt, changedAt,
                version);
    }

    /** The same issue with its corrective action plan changed. */
    PerformanceIssue planned(CorrectivePlan newPlan) {
        return new PerformanceIssue(id, council, provider, contract, measure, title, description, seriousness, risks,
                contractBreached, relationship, stance, response, status, route, newPlan, raisedAt, changedAt,
                version);
    }
}
