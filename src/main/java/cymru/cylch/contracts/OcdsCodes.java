package cymru.cylch.contracts;

import org.jspecify.annotations.Nullable;

/**
 * Cylch's words mapped to the codes of the Open Contracting Data Standard 1.1's closed codelists
 * ({@code method.csv}, {@code contractStatus.csv}, {@code tenderStatus.csv}).
 */
final class OcdsCodes {

    private OcdsCodes() {
    }

    /**
     * How the supplier was chosen. A spot purchase, a direct award from a framework or dynamic purchasing system,
     * and a service level agreement (made with the council's own in-house service or the NHS, without a
     * competition) are {@code direct}; a mini competition among the suppliers already on a framework or system is
     * {@code selective} (only those suppliers may bid); every other route is advertised to all and is
     * {@code open}.
     */
    static String procurementMethod(ProcurementRoute route, @Nullable CallOffMethod callOff) {
        return switch (route) {
            case SPOT_PURCHASE, SERVICE_LEVEL_AGREEMENT -> "direct";
            case CALL_OFF -> callOff == CallOffMethod.MINI_COMPETITION ? "selective" : "direct";
            case BLOCK_CONTRACT, FRAMEWORK_AGREEMENT, DYNAMIC_PURCHASING_SYSTEM, GRANT -> "open";
        };
    }

    /** The route in words, as {@code procurementMethodDetails}. */
    static String procurementMethodDetails(ProcurementRoute route, @Nullable CallOffMethod callOff) {
        return switch (route) {
            case BLOCK_CONTRACT -> "Block contract";
            case FRAMEWORK_AGREEMENT -> "Framework agreement";
            case DYNAMIC_PURCHASING_SYSTEM -> "Dynamic purchasing system";
            case CALL_OFF -> callOff == CallOffMethod.MINI_COMPETITION
                    ? "Call-off by mini competition" : "Call-off by direct award";
            case SPOT_PURCHASE -> "Spot purchase";
            case SERVICE_LEVEL_AGREEMENT -> "Service level agreement";
            case GRANT -> "Grant";
        };
    }

    /**
     * Where the contract is in its term: not yet started is {@code pending}, within its term {@code active}, after
     * its end {@code terminated} (the codelist's word for a contract that has come to a close, by completion or
     * early).
     */
    static String contractStatus(ContractStatus status) {
        return switch (status) {
            case NOT_STARTED -> "pending";
            case LIVE -> "active";
            case ENDED -> "terminated";
        };
    }

    /**
     * The tender stage: a dynamic purchasing system admits providers for as long as it runs, so its tender is
     * {@code active} until its term ends; every other route's tender ended in its award, {@code complete}.
     */
    static String tenderStatus(ProcurementRoute route, ContractStatus status) {
        return route.admitsAtAnyTime() && status != ContractStatus.ENDED ? "active" : "complete";
    }
}
