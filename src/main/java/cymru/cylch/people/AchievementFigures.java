package cymru.cylch.people;

import java.util.List;

/** The commissioner's achievement figures: by well-being domain, by area, by how support is arranged, and overdue. */
public record AchievementFigures(List<AchievementRow> byDomain, List<AchievementRow> byArea,
                                 List<AchievementRow> byArrangement, long overdueReviews) {
}
