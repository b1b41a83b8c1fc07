package cymru.cylch.market;

/**
 * Where a support request stands: open to proposals (and, once closed, waiting for the decision), awarded to a
 * provider, unmet (no eligible provider, or no acceptable proposal) or withdrawn.
 */
public enum RequestStatus {
    OPEN,
    AWARDED,
    UNMET,
    WITHDRAWN
}
