package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything a month's payment run is worked out from, read at once: the council's contracts with their terms and
 * rate card versions, the agreements under them, the claims verified, what earlier runs paid, and the deductions
 * waiting to be taken.
 *
 * @param paidBefore         what posted runs paid for each agreement's up-front share and outcomes
 * @param contractPaidBefore what posted runs paid under each contract that depends on outcomes (for its cap)
 * @param deductions         the council's pending deductions from the month or before
 */
public record PaymentRunInputs(YearMonth month, List<ContractToPay> contracts, List<AgreementToPay> agreements,
                               List<VerifiedClaim> claims, Map<PaidKey, Money> paidBefore,
                               Map<ContractId, Money> contractPaidBefore, List<DeductionToTake> deductions) {

    public PaymentRunInputs {
        contracts = List.copyOf(contracts);
        agreements = List.copyOf(agreements);
        claims = List.copyOf(claims);
        paidBefore = Map.copyOf(paidBefore);
        contractPaidBefore = Map.copyOf(contractPaidBefore);
        deductions = List.copyOf(deductions);
    }

    /**
     * A contract as a run pays it: its term, its fixed element a year (shared by its suppliers), the share of its
     * agreements' prices that depends on outcomes (a percentage; none under Models 1 and 3) and its card versions.
     */
    public record ContractToPay(ContractId id, LocalDate start, LocalDate end, Money fixedPerYear,
                                BigDecimal outcomeSharePercent, List<OrganisationId> suppliers,
                                List<RateCardVersion> cards) {

        public ContractToPay {
            suppliers = List.copyOf(suppliers);
            cards = List.copyOf(cards);
        }
    }

    /** An agreement as a run pays it: ended agreements end on their last day (a death ends them the day before). */
    public record AgreementToPay(ServiceAgreementId id, ContractId contract, OrganisationId provider,
                                 LocalDate start, @Nullable LocalDate end, Money weeklyPrice) {
    }

    /** A claim verified (and confirmed, if it was checked again), as its outcome event. */
    public record VerifiedClaim(ClaimId id, ServiceAgreementId agreement, String outcome, LocalDate achievedOn,
                                @Nullable LocalDate sustainedUntil) {
    }

    /** What was paid for one agreement's up-front share ({@code outcome} null) or one of its outcomes. */
    public record PaidKey(ServiceAgreementId agreement, PayKind kind, @Nullable String outcome) {
    }

    /** A deduction pending from a month on, to be taken whole (its amount is more than nothing). */
    public record DeductionToTake(UUID id, ContractId contract, OrganisationId provider, Money amount, YearMonth from,
                                  String reason) {
    }
}
