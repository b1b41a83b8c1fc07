package cymru.cylch.contracts;

import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.SupportPlanId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person's support from one provider under one contract: from {@code start} to {@code end} (open until ended),
 * for one service (a code from {@link CareServices}), at a weekly price for the weekly hours, working to the person's {@code outcomes}. Held by the commissioner that
 * holds the person's record. {@code source} says what led to it ({@code support-request/<id>}, {@code direct/<id>}).
 */
public record ServiceAgreement(ServiceAgreementId id, OrganisationId heldBy, PersonId person, OrganisationId provider,
                               ContractId contract, String service, @Nullable SupportPlanId supportPlan, LocalDate start,
                               @Nullable LocalDate end, Money weeklyPrice, BigDecimal weeklyHours,
                               List<OutcomeId> outcomes, String source, @Nullable String endedReason) {

    public ServiceAgreement {
        outcomes = List.copyOf(outcomes);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public boolean ended() {
        return endedReason != null;
    }
}
