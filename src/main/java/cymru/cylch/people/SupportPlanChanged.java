package cymru.cylch.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's support plan was made (revision 1) or revised: how support is arranged from when, the indicative
 * weekly budget, and the planned hours and weekly cost, for brokerage, contracts and payments to act on.
 */
public record SupportPlanChanged(UUID planId, UUID personId, UUID heldBy, int revision, Arrangement arrangement,
                                 LocalDate effectiveFrom, BigDecimal indicativeWeeklyBudget,
                                 BigDecimal plannedWeeklyCost, BigDecimal plannedHoursPerWeek,
                                 @Nullable LocalDate revisedAtReview) {
}
