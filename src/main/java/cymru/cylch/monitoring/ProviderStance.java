package cymru.cylch.monitoring;

/** What the provider says of the issue in its response. Message keys {@code issue.stance.<NAME>}. */
public enum ProviderStance {
    ACCEPTS,
    PARTLY_ACCEPTS,
    DISPUTES
}
