package cymru.cylch.monitoring;

/** Where a provider's return for a period stands. */
public enum ReturnStatus {
    /** The period has ended and the return is not yet due. */
    DUE,
    /** Its due day has passed and nothing was sent: missing. */
    OVERDUE,
    /** Sent by its due day. */
    ON_TIME,
    /** Sent after its due day. */
    LATE;

    public boolean sent() {
        return this == ON_TIME || this == LATE;
    }
}
