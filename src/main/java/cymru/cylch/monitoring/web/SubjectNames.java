package cymru.cylch.monitoring.web;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.monitoring.Attachment;
import cymru.cylch.monitoring.Subject;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The names of a measure's subjects in the reader's language: the council, providers, contracts and services. */
@Component
class SubjectNames {

    private final OrganisationDirectory directory;
    private final ContractManagement contracts;
    private final CareServices services;

    SubjectNames(OrganisationDirectory directory, ContractManagement contracts, CareServices services) {
        this.directory = directory;
        this.contracts = contracts;
        this.services = services;
    }

    /** The providers, contracts and services a measure of the reader's council may be attached to one of, by name. */
    Map<Attachment, Map<String, String>> choices(CylchUser reader, String language) {
        List<Contract> let = contracts.contracts(reader);
        Map<String, String> byContract = new TreeMap<>();
        let.forEach(c -> byContract.put(c.id().value().toString(), c.reference() + ": " + c.terms().title()));
        Map<String, String> byProvider = organisations(let.stream().flatMap(c -> c.terms().suppliers()).distinct()
                .toList(), language);
        Map<String, String> byService = new LinkedHashMap<>();
        services.all().forEach(s -> byService.put(s.code(), s.nameIn(language)));
        Map<Attachment, Map<String, String>> choices = new EnumMap<>(Attachment.class);
        choices.put(Attachment.PROVIDER, sortedByName(byProvider));
        choices.put(Attachment.CONTRACT, sortedByName(byContract));
        choices.put(Attachment.SERVICE, byService);
        return choices;
    }

    private static Map<String, String> sortedByName(Map<String, String> names) {
        Map<String, String> sorted = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Organisations' names (councils, providers) by their ids as text, in the language; none asked, none looked up. */
    Map<String, String> organisations(Collection<OrganisationId> ids, String language) {
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            directory.byIds(List.copyOf(ids)).forEach((id, o) -> names.put(id.value().toString(), o.nameIn(language)));
        }
        return names;
    }

    /** Each subject's key with its name; a subject no longer found keeps its key as its name. */
    Map<String, String> of(CylchUser reader, Collection<Subject> subjects, String language, String councilName) {
        Map<String, String> names = new HashMap<>();
        List<OrganisationId> providers = subjects.stream()
                .filter(s -> s.attachment() == Attachment.PROVIDER)
                .map(s -> OrganisationId.of(UUID.fromString(s.key()))).toList();
        Map<OrganisationId, ListedOrganisation> listed = providers.isEmpty() ? Map.of() : directory.byIds(providers);
        Map<String, Contract> let = new HashMap<>();
        if (subjects.stream().anyMatch(s -> s.attachment() == Attachment.CONTRACT)) {
            contracts.contracts(reader).forEach(c -> let.put(c.id().value().toString(), c));
        }
        for (Subject s : subjects) {
            names.put(s.key(), switch (s.attachment()) {
                case COUNCIL -> councilName;
                case PROVIDER -> {
                    ListedOrganisation o = listed.get(OrganisationId.of(UUID.fromString(s.key())));
                    yield o == null ? s.key() : o.nameIn(language);
                }
                case CONTRACT -> {
                    Contract c = let.get(s.key());
                    yield c == null ? s.key() : c.reference() + ": " + c.terms().title();
                }
                case SERVICE -> services.nameOf(s.key(), language);
            });
        }
        return names;
    }
}
