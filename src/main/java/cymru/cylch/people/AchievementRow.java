package cymru.cylch.people;

import cymru.cylch.platform.rules.Percentages;
import java.math.BigDecimal;

/**
 * Outcome achievement for one group (a domain, an area): how many outcomes, how many reviewed, and the latest
 * rating of each reviewed one. Percentages are of the reviewed outcomes ({@link Percentages}: one decimal place),
 * and the four ratings together make up all of them.
 */
public record AchievementRow(String key, long outcomes, long reviewed, long achieved, long partlyAchieved,
                             long notAchieved, long noLongerRelevant) {

    public BigDecimal percentAchieved() {
        return Percentages.of(achieved, reviewed);
    }

    public BigDecimal percentPartly() {
        return Percentages.of(partlyAchieved, reviewed);
    }

    public BigDecimal percentNotAchieved() {
        return Percentages.of(notAchieved, reviewed);
    }

    public BigDecimal percentNoLongerRelevant() {
        return Percentages.of(noLongerRelevant, reviewed);
    }
}
