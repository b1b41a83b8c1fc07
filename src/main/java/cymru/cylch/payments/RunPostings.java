package cymru.cylch.payments;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One provider's paid lines of a run as a ledger posting: each expense account debited with what the lines of its
 * kind add up to (credited, where recoveries make it less than nothing), and the provider's account in creditors
 * credited with the net (debited, where the provider owes the council). Nothing to post when every sum is nothing.
 */
final class RunPostings {

    private RunPostings() {
    }

    static Optional<LedgerPosting> posting(PaymentRun run, OrganisationId provider, List<RunLine> paid,
                                           LocalDate on) {
        Map<PayKind, Money> byKind = new EnumMap<>(PayKind.class);
        for (RunLine line : paid) {
            byKind.merge(line.kind(), line.amount(), Money::plus);
        }
        List<LedgerLine> lines = new ArrayList<>();
        Money net = Money.ZERO;
        for (var kind : byKind.entrySet()) {
            Money sum = kind.getValue();
            net = net.plus(sum);
            if (sum.isNegative()) {
                lines.add(LedgerLine.credit(kind.getKey().account(), null, Money.ZERO.minus(sum)));
            } else if (sum.amount().signum() > 0) {
                lines.add(LedgerLine.debit(kind.getKey().account(), null, sum));
            }
        }
        if (net.isNegative()) {
            lines.add(LedgerLine.debit(LedgerAccount.PROVIDERS_PAYABLE, provider, Money.ZERO.minus(net)));
        } else if (net.amount().signum() > 0) {
            lines.add(LedgerLine.credit(LedgerAccount.PROVIDERS_PAYABLE, provider, net));
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new LedgerPosting(run.ledgerSource(provider), on,
                "Payment run for " + run.month() + ": " + net, lines));
    }
}
