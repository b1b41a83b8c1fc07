package cymru.cylch.organisations;

import cymru.cylch.platform.ids.OrganisationId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an organisation is, for modules that name organisations they deal with (a contract's supplier, a provider
 * offered a request): its kind, names and public identifiers. Nothing about its users. Organisations are not
 * secret from one another: a council names its providers in contracts it publishes.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final Organisations organisations;

    OrganisationDirectory(Organisations organisations) {
        this.organisations = organisations;
    }

    public Optional<ListedOrganisation> find(OrganisationId id) {
        return organisations.findById(id.value()).map(ListedOrganisation::of);
    }

    /** The organisations with these ids that exist, by id. */
    public Map<OrganisationId, ListedOrganisation> byIds(Collection<OrganisationId> ids) {
        return organisations.findByIdIn(ids.stream().map(OrganisationId::value).toList()).stream()
                .map(ListedOrganisation::of)
                .collect(Collectors.toMap(ListedOrganisation::id, Function.identity()));
    }

    /** Every active organisation of a kind, by name. */
    public List<ListedOrganisation> ofKind(OrganisationKind kind) {
        return organisations.findByKindAndActiveTrueOrderByName(kind).stream().map(ListedOrganisation::of).toList();
    }
}
