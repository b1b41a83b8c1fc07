package cymru.cylch.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of procurements: the largest weight price may have among the criteria
 * ({@code CYLCH_PROCUREMENT_MOST_PRICE_WEIGHT}, 40 percent), the standstill's working days
 * ({@code CYLCH_PROCUREMENT_STANDSTILL_WORKING_DAYS}, 8, Procurement Act 2023 s. 51) and the bank holidays that are
 * not working days ({@code CYLCH_PROCUREMENT_BANK_HOLIDAYS}).
 */
@ConfigurationProperties("cylch.procurement")
record ProcurementSettings(int mostPriceWeight, int standstillWorkingDays, List<LocalDate> bankHolidays) {

    ProcurementSettings {
        bankHolidays = bankHolidays == null ? List.of() : List.copyOf(bankHolidays);
    }

    Standstill standstill() {
        return new Standstill(standstillWorkingDays, Set.copyOf(bankHolidays));
    }

    ProcurementRules rules() {
        return new ProcurementRules(mostPriceWeight, standstillWorkingDays);
    }
}
