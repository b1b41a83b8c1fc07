package cymru.cylch.contracts;

import cymru.cylch.people.AccessPart;
import cymru.cylch.people.NewAccessGrant;
import cymru.cylch.people.PersonAccessGrants;
import cymru.cylch.people.PersonDied;
import cymru.cylch.platform.events.OrganisationEventListener;
import java.util.EnumSet;
import org.springframework.stereotype.Component;

/**
 * A service agreement opens the person's record to its provider for as long as it runs: their profile, outcomes
 * and reviews, support plan and measurements (never assessment conversations). Its end closes it. A person's
 * death ends their agreements. Each runs in the commissioner's scope, once per event.
 */
@Component
class AgreementAccess {

    private final PersonAccessGrants grants;
    private final ServiceAgreementManagement agreements;

    AgreementAccess(PersonAccessGrants grants, ServiceAgreementManagement agreements) {
        this.grants = grants;
        this.agreements = agreements;
    }

    static String source(ServiceAgreementId agreement) {
        return "service-agreement/" + agreement;
    }

    @OrganisationEventListener
    void on(ServiceAgreementStarted started) {
        grants.grant(new NewAccessGrant(started.person(), started.provider(), EnumSet.allOf(AccessPart.class),
                started.start(), started.end(), source(started.agreement())));
    }

    @OrganisationEventListener
    void on(ServiceAgreementEnded ended) {
        grants.end(ended.person(), ended.provider(), source(ended.agreement()), ended.lastDay());
    }

    @OrganisationEventListener
    void on(PersonDied died) {
        agreements.endOnDeath(died.personId(), died.dateOfDeath());
    }
}
