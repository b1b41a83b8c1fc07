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
 * Who an organisation is, for modules that name organisations they deal with (a contract's supplier, a provider's
 * standing with a council, who recorded a measurement): its kind, names, public identifiers and whether it is
 * active, as a {@link ListedOrganisation}. Nothing about its users. Organisations are not secret from one another:
 * a council names its providers in contracts it publishes. Looked up by id, inactive ones are found too, since old
 * records still name them; listed by kind, only active ones.
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

    /** The organisations with these ids, by id; ids Cylch does not know are left out. */
    public Map<OrganisationId, ListedOrganisation> byIds(Collection<OrganisationId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findByIdIn(ids.stream().map(OrganisationId::value).distinct().toList()).stream()
                .map(ListedOrganisation::of)
                .collect(Collectors.toMap(ListedOrganisation::id, Function.identity()));
    }

    /** Every active organisation of a kind, by name (the councils a provider may apply to, say). */
    public List<ListedOrganisation> ofKind(OrganisationKind kind) {
        return organisations.findByKindAndActiveTrueOrderByName(kind).stream().map(ListedOrganisation::of).toList();
    }
}
