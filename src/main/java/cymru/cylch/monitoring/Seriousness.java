package cymru.cylch.monitoring;

/** How serious a performance issue is. Message keys {@code issue.seriousness.<NAME>}. */
public enum Seriousness {
    LOW,
    MODERATE,
    SERIOUS,
    /** People are at risk of harm now. */
    CRITICAL
}
