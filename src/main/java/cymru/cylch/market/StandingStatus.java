package cymru.cylch.market;

/** Where a provider stands with a council. Message keys {@code market.status.<NAME>}. */
public enum StandingStatus {
    /** The provider has asked to be accredited and waits for the commissioner. */
    APPLIED,
    /** Accredited, with evidence, until an expiry date. */
    ACCREDITED,
    /** Accredited, but stopped from new work from a date (until a date, or until lifted). */
    SUSPENDED,
    /** No longer on the council's list; nothing more can change. */
    REMOVED
}
