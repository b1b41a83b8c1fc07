package cymru.cylch.platform.web;

import cymru.cylch.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people in Wales read them: UK time, day month year, month names in the page's language.
 * Templates call it as {@code ${@dates.dateTime(instant)}}.
 */
@Component("dates")
public class Dates {

    public static final ZoneId UK = Today.ZONE;

    /** A calendar date (a birthday, a date of death), which has no time zone. */
    public String day(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()).format(date);
    }

    /** A calendar month (a payment run's), its name in the page's language: "November 2026", "Tachwedd 2026". */
    public String month(@Nullable YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", LocaleContextHolder.getLocale())
                .format(month);
    }

    public String date(@Nullable Instant instant) {
        return format(instant, "d MMMM yyyy");
    }

    public String dateTime(@Nullable Instant instant) {
        return format(instant, "d MMMM yyyy, HH:mm:ss");
    }

    private static String format(@Nullable Instant instant, String pattern) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale()).format(instant.atZone(UK));
    }
}
