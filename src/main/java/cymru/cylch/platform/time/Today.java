package cymru.cylch.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What day it is for Cylch: the date in the UK (Cylch's councils and health boards work on UK time, whatever
 * zone a server runs in), from the application's one {@link Clock}. Within a request the date is fixed at the
 * first time it is asked for, so a request that runs over midnight never checks one rule against Tuesday and
 * the next against Wednesday. Outside a request (scheduled work, event listeners) each call reads the clock.
 */
@Component
public class Today {

    /** The zone every date in Cylch is in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final String REQUEST_DATE = Today.class.getName() + ".date";

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    /** Today's date in the UK; within a request, the same date however long it runs. */
    public LocalDate date() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return LocalDate.now(clock);
        }
        if (request.getAttribute(REQUEST_DATE, RequestAttributes.SCOPE_REQUEST) instanceof LocalDate date) {
            return date;
        }
        LocalDate date = LocalDate.now(clock);
        request.setAttribute(REQUEST_DATE, date, RequestAttributes.SCOPE_REQUEST);
        return date;
    }

    /** This instant, for timestamps. */
    public Instant now() {
        return clock.instant();
    }
}
