package cymru.cylch.payments;

import static cymru.cylch.payments.LedgerAccount.BANK;
import static cymru.cylch.payments.LedgerAccount.FIXED_PAYMENTS;
import static cymru.cylch.payments.LedgerAccount.OUTCOME_PAYMENTS;
import static cymru.cylch.payments.LedgerAccount.PROVIDERS_PAYABLE;
import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.CylchIntegrationTest;
import cymru.cylch.support.OrganisationsFixture;
import cymru.cylch.support.SignedIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The ledger with its database: double entry held by the database too, nothing changed, nothing posted twice. */
@CylchIntegrationTest
class LedgerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Autowired
    Ledger ledger;

    @Autowired
    OrganisationsFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    private UUID council;
    private OrganisationId provider;

    @BeforeEach
    void aCouncilOfItsOwn() {
        council = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        provider = OrganisationId.of(fixture.organisation(OrganisationKind.PROVIDER, council));
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private CylchUser finance() {
        return SignedIn.as(UUID.randomUUID(), council, Role.FINANCE_OFFICER);
    }

    private LedgerPosting payments(String source, String outcomes, String fixed) {
        Money owed = Money.of(outcomes).plus(Money.of(fixed));
        return new LedgerPosting(source, DAY, "November's payments", List.of(
                LedgerLine.debit(OUTCOME_PAYMENTS, null, Money.of(outcomes)),
                LedgerLine.debit(FIXED_PAYMENTS, null, Money.of(fixed)),
                LedgerLine.credit(PROVIDERS_PAYABLE, provider, owed)));
    }

    @Test
    void postingsAddUpInTheTrialBalanceWhichBalances() {
        ledger.post(finance(), payments("payment-run/1/provider/1", "1400.00", "250.50"));
        ledger.post(finance(), new LedgerPosting("remittance/1", DAY.plusDays(3), "Paid", List.of(
                LedgerLine.debit(PROVIDERS_PAYABLE, provider, Money.of("1650.50")),
                LedgerLine.credit(BANK, null, Money.of("1650.50")))));

        var balance = ledger.trialBalance(finance(), DAY.plusDays(3));

        assertThat(balance.rows()).containsExactly(
                new TrialBalance.Row(BANK, null, Money.ZERO, Money.of("1650.50")),
                new TrialBalance.Row(FIXED_PAYMENTS, null, Money.of("250.50"), Money.ZERO),
                new TrialBalance.Row(OUTCOME_PAYMENTS, null, Money.of("1400.00"), Money.ZERO),
                new TrialBalance.Row(PROVIDERS_PAYABLE, provider, Money.of("1650.50"), Money.of("1650.50")));
        assertThat(balance.debits()).isEqualTo(Money.of("3301.00"));
        assertThat(balance.balances()).isTrue();
        assertThat(ledger.trialBalance(finance(), DAY.plusDays(2)).rows()).as("the payment is not yet on that day")
                .hasSize(3);
    }

    @Test
    void postingTheSameSourceAgainReturnsWhatWasPostedAndADifferentPostingIsRefused() {
        var first = ledger.post(finance(), payments("payment-run/2/provider/1", "700.00", "0.01"));

        var again = ledger.post(finance(), payments("payment-run/2/provider/1", "700.00", "0.01"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThatThrownBy(() -> ledger.post(finance(), payments("payment-run/2/provider/1", "700.00", "0.02")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("ledger.source.postedDifferently"));
        assertThat(entriesOf(council)).isEqualTo(1);
    }

    @Test
    void manyIdenticalPostingsAtOnceMakeOneEntry() throws Exception {
        UUID financeOfficer = UUID.randomUUID();
        List<Callable<LedgerEntryId>> posts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            posts.add(() -> {
                try {
                    return ledger.post(SignedIn.as(financeOfficer, council, Role.FINANCE_OFFICER),
                            payments("payment-run/3/provider/1", "99.99", "0.01")).id();
                } finally {
                    SignedIn.clear();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<LedgerEntryId> ids = new ArrayList<>();
            for (Future<LedgerEntryId> posted : pool.invokeAll(posts)) {
                ids.add(posted.get());
            }
            assertThat(ids).as("each was told of the one entry").containsOnly(ids.getFirst());
        } finally {
            pool.shutdown();
        }
        assertThat(entriesOf(council)).isEqualTo(1);
    }

    @Test
    void aReversalMirrorsTheEntryOnceAndIsNotItselfReversed() {
        var posted = ledger.post(finance(), payments("payment-run/4/provider/1", "300.00", "20.00"));

        var reversal = ledger.reverse(finance(), posted.id(), "correction/4", DAY.plusMonths(1),
                "Outcome claimed twice");

        assertThat(reversal.reverses()).isEqualTo(posted.id());
        assertThat(reversal.lines()).containsExactly(
                LedgerLine.credit(OUTCOME_PAYMENTS, null, Money.of("300.00")),
                LedgerLine.credit(FIXED_PAYMENTS, null, Money.of("20.00")),
                LedgerLine.debit(PROVIDERS_PAYABLE, provider, Money.of("320.00")));
        assertThat(ledger.trialBalance(finance(), DAY.plusMonths(1)).rows())
                .allSatisfy(row -> assertThat(row.balance()).isEqualTo(Money.ZERO));
        assertThat(ledger.reverse(finance(), posted.id(), "correction/4", DAY.plusMonths(1), "Outcome claimed twice")
                .id()).as("the same reversal, tried again").isEqualTo(reversal.id());
        assertRefused(() -> ledger.reverse(finance(), posted.id(), "correction/5", DAY.plusMonths(1), "Again"),
                "ledger.entry.reversedAlready");
        assertRefused(() -> ledger.reverse(finance(), reversal.id(), "correction/6", DAY.plusMonths(1), "Undo"),
                "ledger.entry.isReversal");
        assertRefused(() -> ledger.reverse(finance(), posted.id(), "correction/7", DAY.plusMonths(1), " "),
                "ledger.reversal.reasonNeeded");
    }

    @Test
    void onlyFinanceOfficersPostAndOnlyTheyAndAuditorsRead() {
        var posting = payments("payment-run/5/provider/1", "10.00", "10.00");
        for (Role role : List.of(Role.COMMISSIONER, Role.CARE_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR)) {
            assertThatThrownBy(() -> ledger.post(SignedIn.as(UUID.randomUUID(), council, role), posting))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        var posted = ledger.post(finance(), posting);
        assertThatThrownBy(() -> ledger.trialBalance(SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER), DAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ledger.trialBalance(SignedIn.as(UUID.randomUUID(), council, Role.AUDITOR), DAY).rows()).hasSize(3);
        assertThatThrownBy(() -> ledger.trialBalance(SignedIn.asMemberOf("PROVIDER", UUID.randomUUID(),
                provider.value(), Role.PROVIDER_USER), DAY)).isInstanceOf(AccessDeniedException.class);
        assertThat(posted.heldBy().value()).isEqualTo(council);
    }

    @Test
    void anotherCouncilSeesNothingOfTheLedger() {
        var posted = ledger.post(finance(), payments("payment-run/6/provider/1", "10.00", "10.00"));
        UUID other = fixture.organisation(OrganisationKind.COUNCIL, DEMO_COUNCIL);
        CylchUser theirs = SignedIn.as(UUID.randomUUID(), other, Role.FINANCE_OFFICER);

        assertThat(ledger.trialBalance(theirs, DAY).rows()).isEmpty();
        assertThatThrownBy(() -> ledger.entry(theirs, posted.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> ledger.reverse(SignedIn.as(UUID.randomUUID(), other, Role.FINANCE_OFFICER),
                posted.id(), "theirs/1", DAY, "Not ours")).isInstanceOf(RecordNotFoundException.class);
        assertThat(ledger.post(SignedIn.as(UUID.randomUUID(), other, Role.FINANCE_OFFICER),
                payments("payment-run/6/provider/1", "10.00", "10.00")).id())
                .as("sources are per council").isNotEqualTo(posted.id());
    }

    @Test
    void theDatabaseRefusesChangesDeletionsAndEntriesThatDoNotBalance() {
        var posted = ledger.post(finance(), payments("payment-run/7/provider/1", "10.00", "10.00"));
        UUID id = posted.id().value();

        assertThatThrownBy(() -> jdbc.update("update ledger_line set debit = 0 where entry_id = ?", id))
                .cause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from ledger_entry where id = ?", id))
                .cause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> SystemScope.run(() -> jdbc.update("update ledger_entry set description = '' "
                + "where id = ?", id))).cause().hasMessageContaining("permission denied");
        UUID lonely = UUID.randomUUID();
        assertThatThrownBy(() -> SystemScope.run(() -> jdbc.update("""
                insert into ledger_entry (id, held_by, posted_on, posted_at, source, description)
                values (?, ?, current_date, now(), 'by-hand/1', 'No lines')""", lonely, council)))
                .cause().hasMessageContaining("does not balance");
        assertThatThrownBy(() -> SystemScope.run(() -> jdbc.update("""
                insert into ledger_line (entry_id, line, held_by, account, debit) values (?, 9, ?, 'bank', 1.00)""",
                id, council))).as("a line added later unbalances the entry").cause().hasMessageContaining("does not balance");
        assertThat(entriesOf(council)).isEqualTo(1);
    }

    private int entriesOf(UUID holder) {
        return SystemScope.call(() -> jdbc.queryForObject("select count(*) from ledger_entry where held_by = ?",
                Integer.class, holder));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
