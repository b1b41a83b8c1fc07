package cymru.cylch.market;

import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The market analysis's two figures that come from brokerage: support requests still unmet and the days from a
 * request to the start of the support awarded, counted by {@link SupportRequests}. Each answer is for the council's
 * own requests only.
 */
public interface BrokerageFigures {

    /** The council's support requests unmet today: how many, and how many days the longest has waited. */
    record Unmet(long requests, long longestWaitDays) {
    }

    /** Requests whose support started in the last 12 months: how many, and the median days from request to start. */
    record DaysToStart(long started, BigDecimal medianDays) {
    }

    /** Empty if the council has made no support request. */
    Optional<Unmet> unmet(OrganisationId council);

    /** Empty if no awarded support started in the last 12 months. */
    Optional<DaysToStart> daysToStart(OrganisationId council);
}
