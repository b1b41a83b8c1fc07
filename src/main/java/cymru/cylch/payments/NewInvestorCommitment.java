package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.time.LocalDate;

/** An investor's commitment as the commissioner records it: who, what kind of investor, how much, and when. */
public record NewInvestorCommitment(String investorName, InvestorKind kind, Money amount, LocalDate committedOn) {
}
