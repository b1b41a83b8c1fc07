package cymru.cylch.payments;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** A council's financial year, April to March, named by the year it starts in (2026 is 2026–27). */
public record FinancialYear(int start) {

    public FinancialYear {
        if (start < 2000 || start > 2100) {
            throw new IllegalArgumentException("no financial year starting in " + start);
        }
    }

    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public YearMonth first() {
        return YearMonth.of(start, Month.APRIL);
    }

    public YearMonth last() {
        return YearMonth.of(start + 1, Month.MARCH);
    }

    /** Its twelve months, April first. */
    public List<YearMonth> months() {
        return IntStream.range(0, 12).mapToObj(first()::plusMonths).toList();
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(last().atEndOfMonth()) && !to.isBefore(first().atDay(1));
    }

    /** As councils write it: 2026–27. */
    @Override
    public String toString() {
        return start + "–" + String.format("%02d", (start + 1) % 100);
    }
}
