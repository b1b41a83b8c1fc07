package cymru.cylch.organisations;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The nation an organisation works in, for modules whose rules differ between Wales and England. */
@Service
@Transactional(readOnly = true)
public class OrganisationNations {

    private final Organisations organisations;

    OrganisationNations(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The organisation's nation; Wales for an organisation Cylch does not know. */
    public Nation of(UUID organisationId) {
        return organisations.findById(organisationId).map(Organisation::nation).orElse(Nation.WALES);
    }
}
