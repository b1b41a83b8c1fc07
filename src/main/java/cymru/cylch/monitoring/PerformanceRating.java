package cymru.cylch.monitoring;

/**
 * How a contract performance assessment rates a supplier against one key performance indicator: the scale of the
 * Procurement Regulations 2024 for contract performance notices (Procurement Act 2023, s. 71; the Cabinet Office's
 * guidance on contract performance notices): good, approaching target, requires improvement, inadequate, or other,
 * which needs an explanation.
 *
 * <p>{@link #ukCode()} is the code the Cabinet Office's UK extension to OCDS gives the rating as
 * {@code contracts/implementation/metrics/observations/measureClassification/id} (its release schema lists met,
 * slightlyBelow, below, significantlyBelow and other), in the same order.
 */
public enum PerformanceRating {
    GOOD("met", "Good"),
    APPROACHING_TARGET("slightlyBelow", "Approaching target"),
    REQUIRES_IMPROVEMENT("below", "Requires improvement"),
    INADEQUATE("significantlyBelow", "Inadequate"),
    OTHER("other", "Other");

    private final String ukCode;
    private final String title;

    PerformanceRating(String ukCode, String title) {
        this.ukCode = ukCode;
        this.title = title;
    }

    /** The UK extension's code for the rating. */
    public String ukCode() {
        return ukCode;
    }

    /** The rating as the regulations word it, in English, for an OCDS description. */
    public String title() {
        return title;
    }

    /** Whether the rating needs an explanation: only "other" does. */
    public boolean needsExplanation() {
        return this == OTHER;
    }
}
