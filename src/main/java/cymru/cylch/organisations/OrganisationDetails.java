package cymru.cylch.organisations;

import org.jspecify.annotations.Nullable;

/** What an administrator says about an organisation when registering or changing it, and the nation it works in. */
public record OrganisationDetails(OrganisationKind kind, String name, @Nullable String welshName,
                                  PublicIdentifiers identifiers, Nation nation) {

    /** An organisation in Wales, where Cylch's councils are. */
    public OrganisationDetails(OrganisationKind kind, String name, @Nullable String welshName,
                               PublicIdentifiers identifiers) {
        this(kind, name, welshName, identifiers, Nation.WALES);
    }
}
