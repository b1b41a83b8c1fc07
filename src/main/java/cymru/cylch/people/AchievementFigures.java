package cymru.cylch.people;

import java.util.List;
import java.util.Map;

/**
 * The commissioner's achievement figures: by well-being domain, by area, by how support is arranged, by provider and
 * by contract (keyed by their ids; {@code contractReferences} names the contracts), and overdue.
 */
public record AchievementFigures(List<AchievementRow> byDomain, List<AchievementRow> byArea,
                                 List<AchievementRow> byArrangement, List<AchievementRow> byProvider,
                                 List<AchievementRow> byContract, Map<String, String> contractReferences,
                                 long overdueReviews) {

    public AchievementFigures {
        contractReferences = Map.copyOf(contractReferences);
    }
}
