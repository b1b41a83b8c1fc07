package cymru.cylch.monitoring;

/**
 * What a measure is about. A measure attached to providers, contracts or services has a series for each of them (or
 * for one named one); a measure of the whole council has one series.
 */
public enum Attachment {
    COUNCIL,
    PROVIDER,
    CONTRACT,
    SERVICE
}
