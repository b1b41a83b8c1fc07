package cymru.cylch.monitoring;

/**
 * The council's view of its working relationship with the provider when an issue is raised; one of the things the
 * choice of route turns on. The council's own assessment: the provider does not see it. Keys
 * {@code issue.relationship.<NAME>}.
 */
public enum ProviderRelationship {
    GOOD,
    FAIR,
    POOR
}
