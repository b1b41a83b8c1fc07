package cymru.cylch.payments.web;

import cymru.cylch.payments.Ledger;
import cymru.cylch.payments.TrialBalance;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The council's payments ledger for its finance system and auditors. */
@RestController
@RequestMapping("/api/v1/ledger")
@PreAuthorize(LedgerApi.READERS)
@Tag(name = "Ledger")
class LedgerApi {

    static final String READERS = "hasAnyRole('FINANCE_OFFICER', 'AUDITOR')";

    private final Ledger ledger;
    private final Today today;

    LedgerApi(Ledger ledger, Today today) {
        this.ledger = ledger;
        this.today = today;
    }

    record AccountView(String account, @Nullable UUID providerId, BigDecimal debits, BigDecimal credits,
                       BigDecimal balance) {
    }

    record TrialBalanceView(UUID councilId, LocalDate asOf, String currency, List<AccountView> accounts,
                            BigDecimal debits, BigDecimal credits, boolean balances) {

        static TrialBalanceView of(TrialBalance balance) {
            return new TrialBalanceView(balance.council().value(), balance.asOf(), "GBP",
                    balance.rows().stream().map(r -> new AccountView(r.account().code(),
                            Optional.ofNullable(r.provider()).map(OrganisationId::value).orElse(null), r.debits().amount(),
                            r.credits().amount(), r.balance().amount())).toList(),
                    balance.debits().amount(), balance.credits().amount(), balance.balances());
        }
    }

    @GetMapping("/trial-balance")
    @PreAuthorize(READERS)
    @Operation(summary = "Each account's debits, credits and balance (debits less credits) posted up to asOf "
            + "(default today), one row per provider for providers-payable, and the totals, which are equal")
    TrialBalanceView trialBalance(@AuthenticationPrincipal CylchUser reader,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  @Nullable LocalDate asOf) {
        return TrialBalanceView.of(ledger.trialBalance(reader, asOf == null ? today.date() : asOf));
    }
}
