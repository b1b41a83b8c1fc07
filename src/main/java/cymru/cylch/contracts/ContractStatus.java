package cymru.cylch.contracts;

import java.time.LocalDate;

/** Where a contract is in its term on a day. */
public enum ContractStatus {
    NOT_STARTED,
    LIVE,
    ENDED;

    static ContractStatus on(LocalDate day, LocalDate start, LocalDate end) {
        if (day.isBefore(start)) {
            return NOT_STARTED;
        }
        return day.isAfter(end) ? ENDED : LIVE;
    }
}
