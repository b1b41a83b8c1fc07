package cymru.cylch.monitoring;

import java.time.LocalDate;

/**
 * How often a measure is collected. Quarters and years are the financial ones (from April), as councils report.
 */
public enum Frequency {
    MONTHLY(1),
    QUARTERLY(3),
    ANNUAL(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first day of the period that contains the day. */
    public LocalDate startOf(LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        // Months since the April that begins the financial year, 0 to 11.
        int intoYear = Math.floorMod(month.getMonthValue() - 4, 12);
        return month.minusMonths(intoYear % months);
    }

    /** Whether the day begins one of this frequency's periods. */
    public boolean starts(LocalDate day) {
        return startOf(day).equals(day);
    }
}
