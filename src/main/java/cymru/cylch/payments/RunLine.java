package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.payments.PaymentLine.Reason;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a payment run: what it pays a provider under a contract (for an agreement, where it is about one),
 * for which outcome and claim, how much, and whether it is paid in this run, held back to a later one (a provider's
 * monthly cap) or refused (a cap of the contract or the participant, a prerequisite refused). Only paid lines are
 * posted; a negative paid line recovers what an earlier run paid and is no longer due, or takes a deduction
 * ({@code deduction}, of kind {@link PayKind#DEDUCTION}).
 */
public record RunLine(OrganisationId provider, ContractId contract, @Nullable ServiceAgreementId agreement,
                      PayKind kind, @Nullable String outcome, @Nullable ClaimId claim, Money amount, Status status,
                      @Nullable Reason reason, @Nullable UUID deduction) {

    public enum Status { PAID, HELD_BACK, REFUSED }

    public boolean paid() {
        return status == Status.PAID;
    }

    RunLine as(Status other, Money part, @Nullable Reason why) {
        return new RunLine(provider, contract, agreement, kind, outcome, claim, part, other, why, deduction);
    }
}
