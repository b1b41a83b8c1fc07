package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.money.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A figure the council plans a contract's spend by in a financial year, as recorded, with why and by whom. */
public record SpendPlan(ContractId contract, FinancialYear year, Kind kind, Money amount, String reason,
                        Instant recordedAt, @Nullable UUID recordedBy) {

    public enum Kind {
        /** The year's budget for the contract: revised by recording it again, the latest counting. */
        BUDGET,
        /** The outcome payments anticipated for the year when the contract was let: recorded once, never revised. */
        ANTICIPATED
    }
}
