package cymru.cylch.people;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Outcome achievement for one group (a domain, an area): how many outcomes, how many reviewed, and the latest
 * rating of each reviewed one. Percentages are of the reviewed outcomes, to one decimal place.
 */
public record AchievementRow(String key, long outcomes, long reviewed, long achieved, long partlyAchieved,
                             long notAchieved, long noLongerRelevant) {

    public BigDecimal percentAchieved() {
        return percent(achieved);
    }

    public BigDecimal percentPartly() {
        return percent(partlyAchieved);
    }

    public BigDecimal percentNotAchieved() {
        return percent(notAchieved);
    }

    private BigDecimal percent(long part) {
        return reviewed == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(reviewed), 1, RoundingMode.HALF_UP);
    }
}
