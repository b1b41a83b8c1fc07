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

/** A service agreement to start: see {@link ServiceAgreement}. */
public record NewServiceAgreement(PersonId person, OrganisationId provider, ContractId contract, String service,
                                  @Nullable SupportPlanId supportPlan, LocalDate start, @Nullable LocalDate end,
                                  Money weeklyPrice, BigDecimal weeklyHours, List<OutcomeId> outcomes,
                                  String source) {

    public NewServiceAgreement {
        outcomes = List.copyOf(outcomes);
    }
}
