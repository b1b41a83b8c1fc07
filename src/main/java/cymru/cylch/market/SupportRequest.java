package cymru.cylch.market;

import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.SupportPlanId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person's support put to the market from their care and support plan: a service in an area from a start
 * date, for so many hours a week, within an indicative weekly budget, for the outcomes agreed with them, in Welsh
 * where they asked for it. Offered to the providers eligible when it was made, until {@code closesAt}; then awarded
 * (starting {@code agreement}) or left unmet. Held by the council that holds the person's record.
 */
public record SupportRequest(SupportRequestId id, OrganisationId heldBy, PersonId person, SupportPlanId supportPlan,
                             String service, String area, LocalDate start, BigDecimal weeklyHours,
                             Money weeklyBudget, boolean welsh, @Nullable String communicationNeeds,
                             List<RequestedOutcome> outcomes, Instant closesAt, AwardWeights weights,
                             RequestStatus status, @Nullable UnmetReason unmetReason, Instant createdAt,
                             @Nullable Instant decidedAt, @Nullable ProposalId awardedProposal,
                             @Nullable String decisionReason, @Nullable ServiceAgreementId agreement) {

    public SupportRequest {
        outcomes = List.copyOf(outcomes);
    }

    /** Whether providers may still propose at {@code now}: open, and not yet closed. */
    public boolean takesProposals(Instant now) {
        return status == RequestStatus.OPEN && now.isBefore(closesAt);
    }

    /** Whole days since it was made, in the council's time zone, on {@code today}. */
    public long daysWaiting(LocalDate today) {
        return ChronoUnit.DAYS.between(createdAt.atZone(Today.ZONE).toLocalDate(), today);
    }

    /** Whether it is open but closed to proposals: waiting for the worker and the person to decide. */
    public boolean awaitsDecision(Instant now) {
        return status == RequestStatus.OPEN && !now.isBefore(closesAt);
    }
}
