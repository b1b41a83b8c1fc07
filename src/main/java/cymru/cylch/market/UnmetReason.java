package cymru.cylch.market;

/** Why a support request is on the unmet list. */
public enum UnmetReason {
    /** No provider met the eligibility rules when it was offered. */
    NO_ELIGIBLE_PROVIDER,
    /** The worker and the person found no proposal acceptable. */
    NO_ACCEPTABLE_PROPOSAL
}
