package cymru.cylch.organisations;

import cymru.cylch.platform.ids.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An organisation as others may name it; an inactive one still names old records but takes nothing new. */
public record ListedOrganisation(OrganisationId id, OrganisationKind kind, String name, @Nullable String welshName,
                                 PublicIdentifiers identifiers, boolean active) {

    static ListedOrganisation of(Organisation organisation) {
        return new ListedOrganisation(OrganisationId.of(organisation.id()), organisation.kind(), organisation.name(),
                organisation.welshName(), organisation.identifiers(), organisation.active());
    }

    /** The name in the language ("cy" or "en"); the English name where there is no Welsh one. */
    public String nameIn(String language) {
        return "cy".equals(language) && welshName != null ? welshName : name;
    }
}
