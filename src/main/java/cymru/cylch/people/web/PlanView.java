package cymru.cylch.people.web;

import cymru.cylch.people.Arrangement;
import cymru.cylch.people.AssessedNeed;
import cymru.cylch.people.PlanDraft;
import cymru.cylch.people.PlannedSupport;
import cymru.cylch.people.SupportPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A support plan revision as other systems see it (brokerage, providers' care systems, finance), in the people
 * API, the plan API and through access grants alike: one place to extend what a plan shows.
 */
record PlanView(int revision, LocalDate effectiveFrom, Arrangement arrangement, String allocationScheme,
                int allocationPoints, BigDecimal indicativeWeeklyBudget, BigDecimal plannedHoursPerWeek,
                BigDecimal plannedWeeklyCost, PlanDraft.Contributions contributions, List<AssessedNeed> needs,
                List<PlannedSupport> support, @Nullable String reason, @Nullable LocalDate revisedAtReview) {

    static PlanView of(SupportPlan p) {
        return new PlanView(p.revision(), p.effectiveFrom(), p.arrangement(), p.allocationScheme(),
                p.allocationPoints(), p.indicativeWeeklyBudget(), p.plannedHoursPerWeek(), p.plannedWeeklyCost(),
                p.contributions(), p.needs(), p.support(), p.reason(), p.revisedAtReview());
    }
}
