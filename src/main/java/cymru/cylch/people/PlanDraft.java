package cymru.cylch.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A support plan as the care manager writes it: how support is arranged, from when, the level of need in each
 * area of the resource allocation scheme, what the person, family, community and services contribute, and the
 * planned support. {@code basedOnRevision} is the revision the writer started from (0 for a first plan), so
 * two people revising at once cannot silently overwrite each other. {@code reason} is required for a revision;
 * {@code revisedAtReview} names the review that led to it, if one did.
 */
public record PlanDraft(Arrangement arrangement, LocalDate effectiveFrom, Map<String, Integer> needLevels,
                        Contributions contributions, List<PlannedSupport> support, int basedOnRevision,
                        @Nullable String reason, @Nullable LocalDate revisedAtReview) {

    public PlanDraft {
        needLevels = Map.copyOf(needLevels);
        support = List.copyOf(support);
    }

    /** What each party brings to the plan, in words. */
    public record Contributions(@Nullable String person, @Nullable String family, @Nullable String community,
                                @Nullable String services) {
    }
}
