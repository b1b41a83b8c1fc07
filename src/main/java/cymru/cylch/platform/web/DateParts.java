package cymru.cylch.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date typed as day, month and year in three boxes (the GOV.UK date input pattern), checked as people expect:
 * all three given, a real date, a four-digit year.
 */
public record DateParts(@Nullable Integer day, @Nullable Integer month, @Nullable Integer year) {

    public static DateParts of(@Nullable LocalDate date) {
        return date == null ? new DateParts(null, null, null)
                : new DateParts(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    public boolean blank() {
        return day == null && month == null && year == null;
    }

    /** The date, or empty if any part is missing or they do not make a real date. */
    public Optional<LocalDate> toDate() {
        if (day == null || month == null || year == null || year < 1000 || year > 9999) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
