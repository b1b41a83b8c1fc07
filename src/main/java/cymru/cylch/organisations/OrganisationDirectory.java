package cymru.cylch.organisations;

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
 * Who an organisation is, for modules that work between organisations (a provider's standing with a council):
 * names and kinds only, nothing about members.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final Organisations organisations;

    OrganisationDirectory(Organisations organisations) {
        this.organisations = organisations;
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
