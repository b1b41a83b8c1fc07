package cymru.cylch.monitoring;

import cymru.cylch.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a return is due and where it stands: a period's return is due by the {@value #DAYS_TO_RETURN}th day after the
 * period ends (15 November for October), UK time; sent by the end of that day it is on time, after it late, and not
 * sent by then it is overdue.
 */
public final class ReturnSchedule {

    public static final int DAYS_TO_RETURN = 15;

    private ReturnSchedule() {
    }

    public static LocalDate dueOn(Period period) {
        return period.end().plusDays(DAYS_TO_RETURN);
    }

    /** Whether a return sent at the instant is late for the period. */
    public static boolean late(Period period, Instant sentAt) {
        return LocalDate.ofInstant(sentAt, Today.ZONE).isAfter(dueOn(period));
    }

    /** The status on a day of a period's return, given when the first one for it was sent (null: not sent). */
    public static ReturnStatus status(Period period, @Nullable Instant firstSentAt, LocalDate today) {
        if (firstSentAt != null) {
            return late(period, firstSentAt) ? ReturnStatus.LATE : ReturnStatus.ON_TIME;
        }
        return today.isAfter(dueOn(period)) ? ReturnStatus.OVERDUE : ReturnStatus.DUE;
    }
}
