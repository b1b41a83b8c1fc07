package cymru.cylch.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One planned input or output of a support plan: what is provided, by whom, for how many hours a week and at
 * what weekly cost. Kept for quality assurance; outcomes, not these, are what the plan is judged by.
 */
@Embeddable
public record PlannedSupport(@Column(name = "description") String description,
                             @Column(name = "provided_by") @Nullable String providedBy,
                             @Column(name = "hours_per_week") @Nullable BigDecimal hoursPerWeek,
                             @Column(name = "weekly_cost") @Nullable BigDecimal weeklyCost) {

    /** What the lines cost a week in all; a line with no cost adds nothing. */
    public static BigDecimal weeklyCostOf(List<PlannedSupport> lines) {
        return lines.stream().map(PlannedSupport::weeklyCost).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
