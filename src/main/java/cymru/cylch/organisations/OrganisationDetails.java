package cymru.cylch.organisations;

import org.jspecify.annotations.Nullable;

/** What an administrator says about an organisation when registering or changing it. */
public record OrganisationDetails(OrganisationKind kind, String name, @Nullable String welshName,
                                  PublicIdentifiers identifiers) {
}
