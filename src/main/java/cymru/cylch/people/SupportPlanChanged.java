package cymru.cylch.people;

import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person's support plan was made (revision 1) or revised: how support is arranged from when, the indicative
 * weekly budget, and the planned hours and weekly cost, for brokerage, contracts and payments to act on.
 */
public record SupportPlanChanged(SupportPlanId planId, PersonId personId, OrganisationId heldBy, int revision,
                                 Arrangement arrangement, LocalDate effectiveFrom, Money indicativeWeeklyBudget,
                                 Money plannedWeeklyCost, BigDecimal plannedHoursPerWeek,
                                 @Nullable LocalDate revisedAtReview) implements OrganisationEvent {

    @Override
    public OrganisationId organisation() {
        return heldBy;
    }

    /** Each revision of a plan is a row of its own, with its own id. */
    @Override
    public String key() {
        return "support-plan-changed/" + planId;
    }
}
