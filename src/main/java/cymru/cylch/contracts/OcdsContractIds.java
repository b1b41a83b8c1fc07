package cymru.cylch.contracts;

/**
 * How Cylch's OCDS releases name a contract's contracting process ({@code ocid}) and, within it, one supplier's award
 * and contract ({@code awards[].id}, {@code contracts[].id}): other modules' releases about the contract use them.
 */
public record OcdsContractIds(String ocid, String awardId, String contractId) {
}
