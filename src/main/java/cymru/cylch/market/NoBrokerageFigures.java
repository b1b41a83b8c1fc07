package cymru.cylch.market;

import cymru.cylch.platform.ids.OrganisationId;
import java.util.Optional;

/** Brokerage's figures before brokerage exists: none. Replaced by the bean brokerage declares. */
final class NoBrokerageFigures implements BrokerageFigures {

    @Override
    public Optional<Unmet> unmet(OrganisationId council) {
        return Optional.empty();
    }

    @Override
    public Optional<DaysToStart> daysToStart(OrganisationId council) {
        return Optional.empty();
    }
}
