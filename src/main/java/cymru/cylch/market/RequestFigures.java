package cymru.cylch.market;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Brokerage's figures for the market analysis, counted from the council's own support requests. */
@Component
@Transactional(readOnly = true)
class RequestFigures implements BrokerageFigures {

    private final SupportRequests requests;
    private final Today today;

    RequestFigures(SupportRequests requests, Today today) {
        this.requests = requests;
        this.today = today;
    }

    @Override
    public Optional<Unmet> unmet(OrganisationId council) {
        return requests.unmetFigures(council, today.now(), today.date());
    }

    @Override
    public Optional<DaysToStart> daysToStart(OrganisationId council) {
        LocalDate day = today.date();
        return requests.daysToStart(council, day.minusMonths(MarketAnalysis.MONTHS), day);
    }
}
