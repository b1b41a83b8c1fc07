package cymru.cylch.support;

import cymru.cylch.organisations.Nation;
import cymru.cylch.organisations.OrganisationDetails;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.OrganisationSetup;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Organisations and users made for one test, with unique names, so tests that lock out, disable or change
 * users never disturb the demo users other tests rely on.
 */
@Component
public class OrganisationsFixture {

    public static final String PASSWORD = "Correct-horse-battery-9";
    public static final UUID DEMO_COUNCIL = UUID.nameUUIDFromBytes("cylch-demo/council".getBytes(StandardCharsets.UTF_8));
    public static final UUID DEMO_FIRST_PROVIDER =
            UUID.nameUUIDFromBytes("cylch-demo/provider-1".getBytes(StandardCharsets.UTF_8));
    public static final UUID DEMO_SECOND_PROVIDER =
            UUID.nameUUIDFromBytes("cylch-demo/provider-2".getBytes(StandardCharsets.UTF_8));
    public static final List<String> DEMO_USERS =
            List.of("admin", "commissioner", "caremanager", "teammanager", "broker", "finance", "provider", "auditor");
    public static final String DEMO_PASSWORD = "Cylch-demo-1";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final OrganisationSetup setup;
    private final ApiTokens tokens;

    public OrganisationsFixture(OrganisationSetup setup, ApiTokens tokens) {
        this.setup = setup;
        this.tokens = tokens;
    }

    /** An API token for a new user of the organisation with the role. */
    public String token(UUID organisation, Role role) {
        return token(user(organisation, role), organisation, role);
    }

    /** An API token for the user, a member of the organisation with the role. */
    public String token(TestUser user, UUID organisation, Role role) {
        String token = "cylch-demo-token-test-" + UUID.randomUUID();
        tokens.issueDemoToken(user.id(), organisation, Set.of(role), token);
        return token;
    }

    public record TestUser(UUID id, String username, UUID organisationId) {
    }

    public UUID organisation(OrganisationKind kind, UUID registeredBy) {
        UUID id = UUID.randomUUID();
        setup.registerOrganisation(id, new OrganisationDetails(kind, kind + " " + id, null, PublicIdentifiers.none()),
                registeredBy);
        return id;
    }

    /** An organisation in the given nation. */
    public UUID organisation(OrganisationKind kind, UUID registeredBy, Nation nation) {
        UUID id = UUID.randomUUID();
        setup.registerOrganisation(id, new OrganisationDetails(kind, kind + " " + id, null, PublicIdentifiers.none(),
                nation), registeredBy);
        return id;
    }

    public TestUser user(UUID organisationId, Role first, Role... more) {
        String username = "t" + COUNTER.incrementAndGet() + "-" + first.name().toLowerCase().replace('_', '-');
        UUID id = UUID.randomUUID();
        setup.createUser(id, organisationId, username, "Test " + username, EnumSet.of(first, more), PASSWORD, false);
        return new TestUser(id, username, organisationId);
    }
}
