package cymru.cylch.contracts;

import cymru.cylch.people.PersonId;
import cymru.cylch.platform.events.OrganisationEvent;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;

/** A service agreement ends: {@code lastDay} is the last day of support under it, for the reason given. */
public record ServiceAgreementEnded(ServiceAgreementId agreement, OrganisationId heldBy, PersonId person,
                                    OrganisationId provider, LocalDate lastDay, String reason)
        implements OrganisationEvent {

    @Override
    public OrganisationId organisation() {
        return heldBy;
    }

    @Override
    public String key() {
        return "service-agreement-ended/" + agreement;
    }
}
