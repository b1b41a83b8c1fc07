package cymru.cylch.contracts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The standstill between an award decision and the contract: a period in which bidders told they lost may challenge
 * the decision, and the contract may not be entered into. Cylch follows the Procurement Act 2023, section 51: the
 * standstill is eight working days (the default of {@code CYLCH_PROCUREMENT_STANDSTILL_WORKING_DAYS}) beginning with
 * the day the award is notified, and "working day" (section 123) leaves out Saturdays, Sundays, Christmas Day, Good
 * Friday and bank holidays ({@code CYLCH_PROCUREMENT_BANK_HOLIDAYS}, England and Wales by default). The Public
 * Contracts Regulations 2015 (regulation 87) counted ten calendar days instead; the Act replaced them for
 * procurements begun from 24 February 2025. The contract may be concluded from the day after the last day.
 */
public final class Standstill {

    private final int workingDays;
    private final Set<LocalDate> holidays;

    public Standstill(int workingDays, Set<LocalDate> holidays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a standstill lasts at least one working day");
        }
        this.workingDays = workingDays;
        this.holidays = Set.copyOf(holidays);
    }

    public int workingDays() {
        return workingDays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The last day of a standstill of {@code days} working days beginning with the day of the award. */
    public LocalDate lastDay(LocalDate awardedOn, int days) {
        LocalDate day = awardedOn;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The last day of this standstill's default length. */
    public LocalDate lastDay(LocalDate awardedOn) {
        return lastDay(awardedOn, workingDays);
    }

    /** Whether a standstill whose last day is {@code lastDay} has ended by {@code today}. */
    public static boolean over(LocalDate lastDay, LocalDate today) {
        return today.isAfter(lastDay);
    }
}
