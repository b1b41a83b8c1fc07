package cymru.cylch.market;

import cymru.cylch.contracts.NewWorkCheck;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.ids.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Contracts' question before an agreement starts, answered from the council's standing with the provider
 * ({@link Accreditation#mayTakeNewWork}). Only councils keep standings in Cylch: a health board's own agreements
 * are not held back by one.
 */
@Component
class StandingForNewWork implements NewWorkCheck {

    private final Accreditation accreditation;
    private final OrganisationDirectory directory;

    StandingForNewWork(Accreditation accreditation, OrganisationDirectory directory) {
        this.accreditation = accreditation;
        this.directory = directory;
    }

    @Override
    public boolean mayTakeNewWork(OrganisationId commissioner, OrganisationId provider) {
        boolean council = directory.find(commissioner).map(o -> o.kind() == OrganisationKind.COUNCIL).orElse(false);
        return !council || accreditation.mayTakeNewWork(commissioner, provider);
    }
}
