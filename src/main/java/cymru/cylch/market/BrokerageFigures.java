package cymru.cylch.market;

import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The market analysis's two figures that come from brokerage: support requests still unmet and the days from a
 * request to the start of the support awarded. Brokerage (support requests) implements this as a bean; until it
 * does, {@link MarketAnalysis} uses {@link NoBrokerageFigures} and the page says there are no figures yet. Each
 * answer is for the council's own requests only.
 */
public interface BrokerageFigures {

    /** The council's support requests unmet today: how many, and how many days the longest has waited. */
    record Unmet(long requests, long longestWaitDays) {
    }

    /** Requests whose support started in the last 12 months: how many, and the median days from request to start. */
    record DaysToStart(long started, BigDecimal medianDays) {
    }

    /** Empty while brokerage counts none. */
    Optional<Unmet> unmet(OrganisationId council);

    /** Empty while brokerage counts none. */
    Optional<DaysToStart> daysToStart(OrganisationId council);
}
