package cymru.cylch.market;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a provider may take new work from a council on a day: accredited, the accreditation not expired that
 * day (it runs to the end of its expiry date), and not inside a suspension (from its first day to its last,
 * or open-ended). Applied and removed providers never may. Work already agreed is not this policy's business: a
 * suspension stops new work only.
 */
public final class NewWorkPolicy {

    private NewWorkPolicy() {
    }

    public static boolean mayTakeNewWork(StandingStatus status, @Nullable LocalDate accreditedUntil,
                                         @Nullable LocalDate suspendedFrom, @Nullable LocalDate suspendedUntil,
                                         LocalDate day) {
        if (status != StandingStatus.ACCREDITED && status != StandingStatus.SUSPENDED) {
            return false;
        }
        if (accreditedUntil == null || accreditedUntil.isBefore(day)) {
            return false;
        }
        return !suspendedOn(status, suspendedFrom, suspendedUntil, day);
    }

    /** Whether a suspension covers the day. */
    static boolean suspendedOn(StandingStatus status, @Nullable LocalDate from, @Nullable LocalDate until,
                               LocalDate day) {
        return status == StandingStatus.SUSPENDED && from != null && !day.isBefore(from)
                && (until == null || !day.isAfter(until));
    }
}
