package cymru.cylch.payments;

import static cymru.cylch.payments.LedgerAccount.BANK;
import static cymru.cylch.payments.LedgerAccount.OUTCOME_PAYMENTS;
import static cymru.cylch.payments.LedgerAccount.PROVIDERS_PAYABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {

    private static final OrganisationId PROVIDER = OrganisationId.of(UUID.randomUUID());
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private static LedgerPosting posting(LedgerLine... lines) {
        return new LedgerPosting("payment-run/1/provider/1", DAY, "December's outcome payments", List.of(lines));
    }

    private static void refused(LedgerPosting posting, String code) {
        assertThatThrownBy(() -> LedgerRules.check(posting)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void anOutcomePaymentOwedToAProviderBalances() {
        assertThatCode(() -> LedgerRules.check(posting(
                LedgerLine.debit(OUTCOME_PAYMENTS, null, Money.of("700.00")),
                LedgerLine.debit(OUTCOME_PAYMENTS, null, Money.of("0.01")),
                LedgerLine.credit(PROVIDERS_PAYABLE, PROVIDER, Money.of("700.01"))))).doesNotThrowAnyException();
    }

    @Test
    void debitsMustEqualCreditsToThePenny() {
        refused(posting(LedgerLine.debit(OUTCOME_PAYMENTS, null, Money.of("700.00")),
                LedgerLine.credit(PROVIDERS_PAYABLE, PROVIDER, Money.of("699.99"))), "ledger.unbalanced");
    }

    @Test
    void oneLineIsNoPosting() {
        refused(posting(LedgerLine.debit(OUTCOME_PAYMENTS, null, Money.of("700.00"))), "ledger.lines.tooFew");
    }

    @Test
    void aLineIsOneSidedAndAboveZero() {
        refused(posting(LedgerLine.debit(OUTCOME_PAYMENTS, null, Money.ZERO),
                LedgerLine.credit(PROVIDERS_PAYABLE, PROVIDER, Money.ZERO)), "ledger.line.oneSided");
        refused(posting(LedgerLine.debit(OUTCOME_PAYMENTS, null, Money.of("-5.00")),
                LedgerLine.credit(PROVIDERS_PAYABLE, PROVIDER, Money.of("-5.00"))), "ledger.line.oneSided");
        refused(posting(new LedgerLine(OUTCOME_PAYMENTS, null, Money.of("5.00"), Money.of("5.00")),
                LedgerLine.credit(BANK, null, Money.of("5.00")), LedgerLine.debit(BANK, null, Money.of("5.00"))),
                "ledger.line.oneSided");
    }

    @Test
    void aProvidersAccountNamesTheProviderAndNoOtherDoes() {
        refused(posting(LedgerLine.debit(OUTCOME_PAYMENTS, null, Money.of("5.00")),
                LedgerLine.credit(PROVIDERS_PAYABLE, null, Money.of("5.00"))), "ledger.line.providerNeeded");
        refused(posting(LedgerLine.debit(OUTCOME_PAYMENTS, PROVIDER, Money.of("5.00")),
                LedgerLine.credit(PROVIDERS_PAYABLE, PROVIDER, Money.of("5.00"))), "ledger.line.providerNotWanted");
    }

    @Test
    void aPostingSaysWhereItCameFromAndWhatItIs() {
        var lines = List.of(LedgerLine.debit(OUTCOME_PAYMENTS, null, Money.of("5.00")),
                LedgerLine.credit(PROVIDERS_PAYABLE, PROVIDER, Money.of("5.00")));
        refused(new LedgerPosting(" ", DAY, "Payments", lines), "ledger.source.invalid");
        refused(new LedgerPosting("x".repeat(201), DAY, "Payments", lines), "ledger.source.invalid");
        refused(new LedgerPosting("payment-run/1", DAY, "  ", lines), "ledger.description.blank");
    }

    @Test
    void aReversedLineSwapsItsSides() {
        var line = LedgerLine.credit(PROVIDERS_PAYABLE, PROVIDER, Money.of("5.00"));
        assertThat(line.reversed())
                .isEqualTo(LedgerLine.debit(PROVIDERS_PAYABLE, PROVIDER, Money.of("5.00")));
    }
}
