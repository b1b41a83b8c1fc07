package cymru.cylch.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/** One period of a measure: its frequency and first day. */
public record Period(Frequency frequency, LocalDate start) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(frequency, "frequency");
        if (!frequency.starts(start)) {
            throw new IllegalArgumentException(start + " does not begin a " + frequency + " period");
        }
    }

    /** The period containing the day. */
    public static Period containing(Frequency frequency, LocalDate day) {
        return new Period(frequency, frequency.startOf(day));
    }

    /** The last day of the period. */
    public LocalDate end() {
        return start.plusMonths(frequency.months()).minusDays(1);
    }

    public Period next() {
        return new Period(frequency, start.plusMonths(frequency.months()));
    }

    public Period previous() {
        return new Period(frequency, start.minusMonths(frequency.months()));
    }

    public Period plus(int periods) {
        return new Period(frequency, start.plusMonths((long) frequency.months() * periods));
    }

    /** Whether the period is over by the day (its last day is before it). */
    public boolean endedBefore(LocalDate day) {
        return end().isBefore(day);
    }

    @Override
    public int compareTo(Period other) {
        return start.compareTo(other.start);
    }
}
