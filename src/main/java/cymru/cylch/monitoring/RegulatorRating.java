package cymru.cylch.monitoring;

/**
 * The regulator's rating of a provider's service, as Care Inspectorate Wales publishes them for regulated services
 * (excellent, good, requires improvement, requires significant improvement), or none yet. Message keys
 * {@code risk.rating.<NAME>}.
 */
public enum RegulatorRating {
    EXCELLENT,
    GOOD,
    REQUIRES_IMPROVEMENT,
    REQUIRES_SIGNIFICANT_IMPROVEMENT,
    NOT_RATED
}
