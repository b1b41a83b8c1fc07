package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;

/**
 * What makes a posting sound, before the database checks it again: two lines or more, each one-sided and positive,
 * naming a provider exactly where its account is one per provider, and debits equal to credits to the penny.
 */
final class LedgerRules {

    static final int SOURCE_LENGTH = 200;

    private LedgerRules() {
    }

    static void check(LedgerPosting posting) {
        if (posting.source().isBlank() || posting.source().length() > SOURCE_LENGTH) {
            throw new RuleViolationException("ledger.source.invalid");
        }
        if (posting.description().isBlank()) {
            throw new RuleViolationException("ledger.description.blank");
        }
        if (posting.lines().size() < 2) {
            throw new RuleViolationException("ledger.lines.tooFew");
        }
        Money debits = Money.ZERO;
        Money credits = Money.ZERO;
        for (LedgerLine line : posting.lines()) {
            boolean debit = line.debit().isGreaterThan(Money.ZERO);
            boolean credit = line.credit().isGreaterThan(Money.ZERO);
            if (line.debit().isNegative() || line.credit().isNegative() || debit == credit) {
                throw new RuleViolationException("ledger.line.oneSided");
            }
            if (line.account().perProvider() != (line.provider() != null)) {
                throw new RuleViolationException(line.account().perProvider() ? "ledger.line.providerNeeded"
                        : "ledger.line.providerNotWanted");
            }
            debits = debits.plus(line.debit());
            credits = credits.plus(line.credit());
        }
        if (!debits.equals(credits)) {
            throw new RuleViolationException("ledger.unbalanced");
        }
    }
}
