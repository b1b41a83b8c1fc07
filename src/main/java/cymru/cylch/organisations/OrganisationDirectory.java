package cymru.cylch.organisations;

import cymru.cylch.platform.ids.OrganisationId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an organisation is, for modules that name organisations they deal with (a contract's supplier, a provider's
 * standing with a council): its kind, names and public identifiers. Nothing about its users. Organisations are not
 * secret from one another: a council names its providers in contracts it publishes. Two shapes for now, written at
 * the same time by contracts ({@link ListedOrganisation}) and market ({@link Entry}); one should go.
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

    /** An organisation's name in both languages and its kind. */
    public record Entry(UUID id, OrganisationKind kind, String name, @Nullable String welshName, boolean active) {

        /** The name in the page's language ("cy" or "en"), falling back to the English one. */
        public String nameIn(String language) {
            return "cy".equals(language) && welshName != null ? welshName : name;
        }
    }

    /** Every active council, by name: the councils a provider may apply to. */
    public List<Entry> councils() {
        return organisations.findByKindAndActiveTrueOrderByName(OrganisationKind.COUNCIL).stream()
                .map(OrganisationDirectory::entry).toList();
    }

    public Optional<Entry> find(UUID id) {
        return organisations.findById(id).map(OrganisationDirectory::entry);
    }

    /** The organisations with these ids, by id; ids Cylch does not know are left out. */
    public Map<UUID, Entry> entries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findByIdIn(ids).stream().map(OrganisationDirectory::entry)
                .collect(Collectors.toMap(Entry::id, Function.identity()));
    }

    private static Entry entry(Organisation o) {
        return new Entry(o.id(), o.kind(), o.name(), o.welshName(), o.active());
    }
}
