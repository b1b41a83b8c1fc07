package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What an investor committed up front to a payment-by-results contract (a social impact bond), on a day, as the
 * commissioner that let the contract recorded it. Never changed: the outcome payments flow to investors pro rata to
 * these amounts ({@link InvestorFlows}).
 */
public record InvestorCommitment(InvestorCommitmentId id, ContractId contract, OrganisationId heldBy,
                                 String investorName, InvestorKind kind, Money amount, LocalDate committedOn,
                                 Instant recordedAt) {
}
