package cymru.cylch.monitoring;

/**
 * How closely the council monitors a provider, proportionate to its risk, and how often it visits. Message keys
 * {@code risk.level.<NAME>}.
 */
public enum MonitoringLevel {
    LIGHT(12),
    STANDARD(6),
    ENHANCED(3),
    INTENSIVE(1);

    private final int visitEveryMonths;

    MonitoringLevel(int visitEveryMonths) {
        this.visitEveryMonths = visitEveryMonths;
    }

    /** The longest time between monitoring visits at this level. */
    public int visitEveryMonths() {
        return visitEveryMonths;
    }
}
