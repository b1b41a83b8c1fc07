package cymru.cylch.contracts;

/**
 * How a contract was procured. A framework agreement or a dynamic purchasing system buys nothing by itself: the
 * commissioner calls off from it ({@link #CALL_OFF}), by direct award or mini competition. Providers join a dynamic
 * purchasing system at any time; a framework's suppliers are fixed when it is let.
 */
public enum ProcurementRoute {
    BLOCK_CONTRACT,
    FRAMEWORK_AGREEMENT,
    DYNAMIC_PURCHASING_SYSTEM,
    CALL_OFF,
    SPOT_PURCHASE,
    SERVICE_LEVEL_AGREEMENT,
    GRANT;

    /** Whether call-offs may be made under it. */
    public boolean takesCallOffs() {
        return this == FRAMEWORK_AGREEMENT || this == DYNAMIC_PURCHASING_SYSTEM;
    }

    /** Whether providers may be admitted after it is let. */
    public boolean admitsAtAnyTime() {
        return this == DYNAMIC_PURCHASING_SYSTEM;
    }

    /** Whether a contract of this route must name its supplier when it is made. */
    public boolean needsSupplierFromStart() {
        return this != DYNAMIC_PURCHASING_SYSTEM;
    }
}
