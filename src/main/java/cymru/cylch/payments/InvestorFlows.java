package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a social impact bond's outcome payments flow to its investors, month by month, and what each has made of it.
 * Each month's up-front and outcome payments under the contract (recoveries taken off) are shared among the
 * commitments made by the month's last day, pro rata to their amounts ({@link ProRataShares}: to the penny, by the
 * largest remainder, ties to the earlier commitment). A month before any commitment is shared with no one.
 *
 * @param commitments the contract's commitments, earliest first
 * @param months      each month something was paid, first first
 * @param returns     each commitment's return, in the order of {@code commitments}
 * @param overall     all the commitments' together
 */
public record InvestorFlows(List<InvestorCommitment> commitments, List<MonthFlow> months,
                            List<InvestorReturn> returns, InvestorReturn overall) {

    public InvestorFlows {
        commitments = List.copyOf(commitments);
        months = List.copyOf(months);
        returns = List.copyOf(returns);
    }

    /**
     * One month: what was paid under the contract, each commitment's share (in the order of the commitments;
     * nothing for one made after the month), and what no commitment shared.
     */
    public record MonthFlow(YearMonth month, Money paid, List<Money> shares, Money unshared) {

        public MonthFlow {
            shares = List.copyOf(shares);
        }
    }

    /** What was committed and what has come back: the net (received less committed) and the money multiple. */
    public record InvestorReturn(Money committed, Money received) {

        public Money net() {
            return received.minus(committed);
        }

        /** Received ÷ committed to two places, rounded half-up; nothing when nothing was committed. */
        public BigDecimal multiple() {
            return committed.amount().signum() == 0 ? BigDecimal.ZERO.setScale(2)
                    : received.amount().divide(committed.amount(), 2, RoundingMode.HALF_UP);
        }
    }

    /** The flows of the payments made each month to the commitments. */
    public static InvestorFlows of(List<InvestorCommitment> commitments, Map<YearMonth, Money> paid) {
        List<MonthFlow> months = new ArrayList<>();
        List<Money> received = new ArrayList<>(commitments.stream().map(c -> Money.ZERO).toList());
        new TreeMap<>(paid).forEach((month, amount) -> {
            List<Integer> sharing = new ArrayList<>();
            for (int i = 0; i < commitments.size(); i++) {
                if (!commitments.get(i).committedOn().isAfter(month.atEndOfMonth())) {
                    sharing.add(i);
                }
            }
            List<Money> shares = new ArrayList<>(commitments.stream().map(c -> Money.ZERO).toList());
            Money unshared = amount;
            if (!sharing.isEmpty()) {
                List<Money> split = ProRataShares.of(amount, sharing.stream()
                        .map(i -> commitments.get(i).amount()).toList());
                for (int s = 0; s < sharing.size(); s++) {
                    int i = sharing.get(s);
                    shares.set(i, split.get(s));
                    received.set(i, received.get(i).plus(split.get(s)));
                }
                unshared = Money.ZERO;
            }
            months.add(new MonthFlow(month, amount, shares, unshared));
        });
        List<InvestorReturn> returns = new ArrayList<>();
        for (int i = 0; i < commitments.size(); i++) {
            returns.add(new InvestorReturn(commitments.get(i).amount(), received.get(i)));
        }
        InvestorReturn overall = new InvestorReturn(
                returns.stream().map(InvestorReturn::committed).reduce(Money.ZERO, Money::plus),
                returns.stream().map(InvestorReturn::received).reduce(Money.ZERO, Money::plus));
        return new InvestorFlows(commitments, months, returns, overall);
    }

    /** Each month's payments under the contract, whoever was paid. */
    public static Map<YearMonth, Money> byMonth(List<PostedOutcomePayment> payments) {
        Map<YearMonth, Money> paid = new TreeMap<>();
        payments.forEach(p -> paid.merge(p.month(), p.amount(), Money::plus));
        return paid;
    }
}
