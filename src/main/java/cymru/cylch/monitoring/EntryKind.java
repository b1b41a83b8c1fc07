package cymru.cylch.monitoring;

/**
 * What an entry in the relationship log records. The council records meetings, calls, monitoring visits (planned, or
 * unannounced to check what self-assessment and returns say) and notes; the provider records its own view. Message
 * keys {@code relationship.kind.<NAME>}.
 */
public enum EntryKind {
    MEETING,
    CALL,
    PLANNED_VISIT,
    UNANNOUNCED_VISIT,
    NOTE,
    PROVIDER_VIEW;

    /** Whether it is a monitoring visit, so that what was found is part of it. */
    public boolean visit() {
        return this == PLANNED_VISIT || this == UNANNOUNCED_VISIT;
    }
}
