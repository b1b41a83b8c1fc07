package cymru.cylch.platform.security;

import cymru.cylch.platform.database.DataScope;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The organisation the signed-in user or API client acts for, as the database's scope. */
@Component
class CurrentDataScope implements DataScope {

    /**
     * The kinds of organisation that are granted access to records others hold: providers, and consortia, which
     * supply under contracts as providers do (their issues, returns and log are held by the council), and health
     * boards.
     */
    private static final Set<String> GRANTEES = Set.of("PROVIDER", "CONSORTIUM", "HEALTH_BOARD");

    @Override
    public @Nullable UUID organisationId() {
        return SignedInUser.current().map(CylchUser::organisationId).orElse(null);
    }

    @Override
    public boolean readsThroughGrants() {
        return SignedInUser.current().map(user -> GRANTEES.contains(user.organisation().organisationKind()))
                .orElse(false);
    }
}
