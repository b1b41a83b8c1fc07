package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.Frequency;
import cymru.cylch.monitoring.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A measure's period as people read it, in the page's language: a month ("November 2026"), a quarter ("July to
 * September 2026", from its months), a financial year ("2026–27"). Templates call it as {@code ${@periods.name(p)}}.
 */
@Component("periods")
class PeriodNames {

    /** The name of the period of the frequency that begins on the day. */
    public String nameOf(Frequency frequency, LocalDate start) {
        return name(new Period(frequency, start));
    }

    public String name(Period period) {
        var locale = LocaleContextHolder.getLocale();
        return switch (period.frequency()) {
            case MONTHLY -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.from(period.start()));
            case QUARTERLY -> DateTimeFormatter.ofPattern("LLLL", locale).format(period.start()) + " – "
                    + DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(period.end());
            case ANNUAL -> period.start().getYear() + "–" + String.format("%02d", (period.start().getYear() + 1) % 100);
        };
    }
}
