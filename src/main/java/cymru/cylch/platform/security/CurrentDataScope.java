package cymru.cylch.platform.security;

import cymru.cylch.platform.database.DataScope;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The organisation the signed-in user or API client acts for, as the database's scope. */
@Component
class CurrentDataScope implements DataScope {

    @Override
    public @Nullable UUID organisationId() {
        return SignedInUser.current().map(CylchUser::organisationId).orElse(null);
    }
}
