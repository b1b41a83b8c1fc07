package cymru.cylch.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The route Cylch suggests for a performance issue, and why, from the five things the choice turns on: the
 * seriousness, the risks (in the seriousness here), whether the contract was breached, the relationship with the
 * provider and its response. The commissioner decides; this only says which way the factors lean. Punitive when
 * people are at risk now (critical), or when a breach meets a poor relationship or a provider that disputes it;
 * developmental otherwise, as mistakes happen and the provider should have the chance to learn from them.
 *
 * @param reasons message keys, {@code issue.advice.<reason>}
 */
public record RouteAdvice(IssueRoute route, List<String> reasons) {

    public RouteAdvice {
        reasons = List.copyOf(reasons);
    }

    public static RouteAdvice of(Seriousness seriousness, boolean breached,
                                 @Nullable ProviderRelationship relationship,
                                 @Nullable ProviderStance stance) {
        List<String> punitive = new ArrayList<>();
        if (seriousness == Seriousness.CRITICAL) {
            punitive.add("critical");
        }
        if (breached && relationship == ProviderRelationship.POOR) {
            punitive.add("breachedPoorRelationship");
        }
        if (breached && stance == ProviderStance.DISPUTES) {
            punitive.add("breachedDisputed");
        }
        if (!punitive.isEmpty()) {
            return new RouteAdvice(IssueRoute.PUNITIVE, punitive);
        }
        List<String> developmental = new ArrayList<>();
        developmental.add(breached ? "breachedButWorkable" : "notBreached");
        if (stance == ProviderStance.ACCEPTS || stance == ProviderStance.PARTLY_ACCEPTS) {
            developmental.add("accepted");
        }
        return new RouteAdvice(IssueRoute.DEVELOPMENTAL, developmental);
    }
}
