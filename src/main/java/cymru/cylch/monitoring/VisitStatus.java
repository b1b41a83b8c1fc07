package cymru.cylch.monitoring;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What became of a planned visit, derived from what the provider's call monitoring recorded; never stored, so the
 * rule is stated once, here (and in {@link #SQL}, its twin for the database, which a test holds to it). In order:
 * cancelled by the person or by the provider; missed (never started); short (delivered under {@link #SHORT_PERCENT}%
 * of the planned minutes); early or late (started more than {@link #ON_TIME_MINUTES} minutes before or after the
 * planned start); otherwise on time. The measure of visits on time counts the start alone: a short visit that began
 * on time was on time.
 */
@SuppressFBWarnings(value = "VA_FORMAT_STRING_USES_NEWLINE",
        justification = "The line breaks are inside an SQL text block, where \\n is right on every platform")
public enum VisitStatus {
    ON_TIME, EARLY, LATE, SHORT, MISSED, CANCELLED_BY_PERSON, CANCELLED_BY_PROVIDER;

    /** A visit is on time when it started within this many minutes of the planned start, either way. */
    public static final int ON_TIME_MINUTES = 30;
    /** A delivered visit is short when it lasted under this share of the planned minutes. */
    public static final int SHORT_PERCENT = 75;

    /**
     * The same rule over a row of {@code visit} (alias {@code v}), as SQL giving the status's name. The tests compare it
     * with {@link #of} case by case.
     */
    public static final String SQL = """
            case when v.cancelled_by = 'PERSON' then 'CANCELLED_BY_PERSON'
                 when v.cancelled_by = 'PROVIDER' then 'CANCELLED_BY_PROVIDER'
                 when v.actual_start is null then 'MISSED'
                 when (v.actual_end - v.actual_start) * 100 < make_interval(mins => v.planned_minutes) * %1$d
                     then 'SHORT'
                 when v.actual_start < v.planned_start - make_interval(mins => %2$d) then 'EARLY'
                 when v.actual_start > v.planned_start + make_interval(mins => %2$d) then 'LATE'
                 else 'ON_TIME' end""".formatted(SHORT_PERCENT, ON_TIME_MINUTES);

    /** Whether a visit that started then counts as on time for the measure, whatever its length. */
    public static final String STARTED_ON_TIME_SQL = ("v.actual_start between v.planned_start - make_interval(mins => "
            + "%1$d) and v.planned_start + make_interval(mins => %1$d)").formatted(ON_TIME_MINUTES);

    public static VisitStatus of(Instant plannedStart, int plannedMinutes, @Nullable Instant actualStart,
                                 @Nullable Instant actualEnd, @Nullable CancelledBy cancelledBy) {
        if (cancelledBy != null) {
            return cancelledBy == CancelledBy.PERSON ? CANCELLED_BY_PERSON : CANCELLED_BY_PROVIDER;
        }
        if (actualStart == null || actualEnd == null) {
            return MISSED;
        }
        if (Duration.between(actualStart, actualEnd).multipliedBy(100)
                .compareTo(Duration.ofMinutes(plannedMinutes).multipliedBy(SHORT_PERCENT)) < 0) {
            return SHORT;
        }
        if (actualStart.isBefore(plannedStart.minus(Duration.ofMinutes(ON_TIME_MINUTES)))) {
            return EARLY;
        }
        return actualStart.isAfter(plannedStart.plus(Duration.ofMinutes(ON_TIME_MINUTES))) ? LATE : ON_TIME;
    }

    /** Whether the visit happened (however long or late). */
    public boolean delivered() {
        return this == ON_TIME || this == EARLY || this == LATE || this == SHORT;
    }
}
