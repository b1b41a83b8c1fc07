package cymru.cylch.contracts;

import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A provider is to support a person under a contract from {@code start} (until {@code end}, if set), at a weekly
 * price for weekly hours, working to the person's outcomes: for the person's record to open to the provider, and
 * for payments and monitoring to act on.
 */
public record ServiceAgreementStarted(ServiceAgreementId agreement, OrganisationId heldBy, PersonId person,
                                      OrganisationId provider, ContractId contract, LocalDate start,
                                      @Nullable LocalDate end, Money weeklyPrice, BigDecimal weeklyHours,
                                      List<OutcomeId> outcomes) implements OrganisationEvent {

    public ServiceAgreementStarted {
        outcomes = List.copyOf(outcomes);
    }

    static ServiceAgreementStarted of(ServiceAgreement agreement) {
        return new ServiceAgreementStarted(agreement.id(), agreement.heldBy(), agreement.person(),
                agreement.provider(), agreement.contract(), agreement.start(), agreement.end(),
                agreement.weeklyPrice(), agreement.weeklyHours(), agreement.outcomes());
    }

    @Override
    public OrganisationId organisation() {
        return heldBy;
    }

    @Override
    public String key() {
        return "service-agreement-started/" + agreement;
    }
}
