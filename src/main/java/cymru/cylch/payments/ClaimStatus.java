package cymru.cylch.payments;

/**
 * Where a claim stands: submitted and waiting for the care manager; verified, but chosen for a second check by
 * someone else before it counts; verified (it counts towards payment); or rejected (the provider may resubmit it).
 */
public enum ClaimStatus {
    SUBMITTED,
    SECOND_CHECK,
    VERIFIED,
    REJECTED
}
