package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a Turn the Curve report a commissioner writes: the story behind the baseline, the partners with a role
 * to play, what works (with no-cost and low-cost ideas, and off-the-wall ones) and the action plan.
 */
public record CurveParts(String story, String partners, String whatWorks, String lowCost, String offTheWall,
                         List<CurveAction> actions) {

    /** The most text in one part, and the most actions in a plan. */
    public static final int LONGEST = 4000;
    public static final int MOST_ACTIONS = 20;

    public CurveParts {
        actions = List.copyOf(actions);
    }

    /** Refuses a part too long to keep, or an action with nothing in it but a date. */
    CurveParts checked() {
        for (String part : List.of(story, partners, whatWorks, lowCost, offTheWall)) {
            if (part.length() > LONGEST) {
                throw new RuleViolationException("curve.part.tooLong");
            }
        }
        if (actions.size() > MOST_ACTIONS) {
            throw new RuleViolationException("curve.actions.tooMany");
        }
        for (CurveAction a : actions) {
            if (a.action().length() > 500 || a.owner().length() > 200) {
                throw new RuleViolationException("curve.part.tooLong");
            }
        }
        return this;
    }

    /**
     * What stops the report being published, as rule codes, all at once: each of the five parts must be there. The
     * baseline with its forecast comes from the series ({@code hasBaseline}, {@code hasForecast}); every action needs
     * an owner and a date.
     */
    public List<String> missingForPublishing(boolean hasBaseline, boolean hasForecast) {
        List<String> missing = new ArrayList<>();
        if (!hasBaseline) {
            missing.add("curve.missing.baseline");
        }
        if (!hasForecast) {
            missing.add("curve.missing.forecast");
        }
        if (story.isBlank()) {
            missing.add("curve.missing.story");
        }
        if (partners.isBlank()) {
            missing.add("curve.missing.partners");
        }
        if (whatWorks.isBlank() || lowCost.isBlank() || offTheWall.isBlank()) {
            missing.add("curve.missing.whatWorks");
        }
        if (actions.isEmpty()) {
            missing.add("curve.missing.actions");
        } else if (actions.stream().anyMatch(a -> a.action().isBlank() || a.owner().isBlank()
                || a.dueOn() == null)) {
            missing.add("curve.missing.actionDetail");
        }
        return missing;
    }
}
