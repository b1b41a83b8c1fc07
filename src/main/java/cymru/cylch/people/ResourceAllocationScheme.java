package cymru.cylch.people;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A council's resource allocation scheme: each need area's level scores points, and the indicative weekly
 * budget is the total points times a price per point, capped at a weekly ceiling and rounded half-up to the
 * penny. The budget is a starting point for planning, not an entitlement; the plan records what was worked out.
 * The scheme is named in English and in Welsh; plans store the English name, which identifies the scheme.
 */
public record ResourceAllocationScheme(String name, String nameCy, List<NeedArea> areas, BigDecimal pricePerPoint,
                                       BigDecimal weeklyCeiling) {

    public ResourceAllocationScheme {
        nameCy = nameCy.isBlank() ? name : nameCy;
        areas = List.copyOf(areas);
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("A resource allocation scheme needs at least one need area");
        }
        if (pricePerPoint.signum() < 0 || weeklyCeiling.signum() < 0) {
            throw new IllegalArgumentException("Price per point and weekly ceiling must not be negative");
        }
    }

    /** The scheme's name in the language ("cy" or "en"). */
    public String nameIn(String language) {
        return "cy".equals(language) ? nameCy : name;
    }

    /**
     * A scheme name as a plan stored it, in the language: this scheme's Welsh name if the plan was scored under
     * this scheme, otherwise the stored name (an earlier scheme's, whose Welsh name is no longer configured).
     */
    public String nameOf(String stored, String language) {
        return stored.equals(name) ? nameIn(language) : stored;
    }

    public Optional<NeedArea> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /**
     * The allocation for the level of need in every area. Every area must be answered with one of its levels;
     * a missing or unknown answer is refused rather than counted as no need.
     *
     * @throws IllegalArgumentException naming the first area not answered with a known level
     */
    public Allocation allocate(Map<String, Integer> levels) {
        List<AssessedNeed> needs = new ArrayList<>(areas.size());
        for (NeedArea area : areas) {
            Integer answer = levels.get(area.code());
            var level = answer == null ? Optional.<NeedArea.Level>empty() : area.level(answer);
            if (level.isEmpty()) {
                throw new IllegalArgumentException(area.code());
            }
            needs.add(new AssessedNeed(area.code(), level.get().number(), level.get().points()));
        }
        for (String code : levels.keySet()) {
            if (area(code).isEmpty()) {
                throw new IllegalArgumentException(code);
            }
        }
        int points = needs.stream().mapToInt(AssessedNeed::points).sum();
        BigDecimal budget = pricePerPoint.multiply(BigDecimal.valueOf(points)).min(weeklyCeiling)
                .setScale(2, RoundingMode.HALF_UP);
        return new Allocation(name, points, budget, needs);
    }

    /** What the scheme worked out: the points, the indicative weekly budget and each area's assessed level. */
    public record Allocation(String scheme, int points, BigDecimal indicativeWeeklyBudget, List<AssessedNeed> needs) {
    }
}
