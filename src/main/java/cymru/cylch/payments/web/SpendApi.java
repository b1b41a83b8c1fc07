package cymru.cylch.payments.web;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.payments.FinancialYear;
import cymru.cylch.payments.SpendAgainstBudget;
import cymru.cylch.payments.SpendPlan;
import cymru.cylch.payments.SpendReport;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiWriteProblems;
import cymru.cylch.platform.web.MultiLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Spend against budget for a council's finance system, and each contract's budget and anticipated figures. */
@RestController
@Tag(name = "Spend against budget")
class SpendApi {

    private final SpendAgainstBudget spend;

    SpendApi(SpendAgainstBudget spend) {
        this.spend = spend;
    }

    record MonthView(YearMonth month, BigDecimal budget, BigDecimal anticipated, @Nullable BigDecimal spent,
                     @Nullable BigDecimal outcomes) {
    }

    record ContractView(UUID contractId, String reference, String title, @Nullable BigDecimal budget,
                        BigDecimal spent, @Nullable BigDecimal anticipated, BigDecimal outcomes) {
    }

    record ProviderView(UUID providerId, BigDecimal spent, @Nullable BigDecimal anticipated, BigDecimal outcomes) {
    }

    record ReportView(int financialYear, String name, @Nullable YearMonth lastPaid, BigDecimal budget,
                      BigDecimal spent, BigDecimal anticipated, BigDecimal outcomes, List<MonthView> months,
                      List<ContractView> contracts, List<ProviderView> providers) {

        static ReportView of(SpendReport r) {
            return new ReportView(r.year().start(), r.year().toString(), r.lastPaid(), r.totals().budget().amount(),
                    r.totals().spent().amount(), r.totals().anticipated().amount(), r.totals().outcomes().amount(),
                    r.months().stream().map(m -> new MonthView(m.month(), m.budget().amount(),
                            m.anticipated().amount(), amount(m.spent()), amount(m.outcomes()))).toList(),
                    r.contracts().stream().map(c -> new ContractView(c.contract().value(), c.reference(), c.title(),
                            amount(c.budget()), c.spent().amount(), amount(c.anticipated()), c.outcomes().amount()))
                            .toList(),
                    r.providers().stream().map(p -> new ProviderView(p.provider().value(), p.spent().amount(),
                            amount(p.anticipated()), p.outcomes().amount())).toList());
        }
    }

    record PlanView(int financialYear, String kind, BigDecimal amount, String reason, Instant recordedAt) {

        static PlanView of(SpendPlan p) {
            return new PlanView(p.year().start(), p.kind().name(), p.amount().amount(), p.reason(), p.recordedAt());
        }
    }

    record PlanBody(@NotNull @Min(2000) @Max(2100) Integer financialYear, @NotNull SpendPlan.Kind kind,
                    @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount,
                    @NotBlank @MultiLineText @Size(max = 2000) String reason) {
    }

    @GetMapping("/api/v1/spend")
    @PreAuthorize(SpendPages.READERS)
    @Operation(summary = "A financial year's spend against budget and outcome payments against what was "
            + "anticipated (financialYear 2026 is April 2026 to March 2027): month by month, cumulatively, then per "
            + "contract and per provider. A figure not recorded is null, not 0")
    ReportView report(@AuthenticationPrincipal CylchUser user, @RequestParam int financialYear) {
        if (financialYear < 2000 || financialYear > 2100) {
            throw new RuleViolationException("spend.year.outOfRange");
        }
        return ReportView.of(spend.report(user, new FinancialYear(financialYear)));
    }

    @GetMapping("/api/v1/contracts/{contractId}/spend-plans")
    @PreAuthorize(SpendPages.READERS)
    @Operation(summary = "Every budget and anticipated figure recorded for the contract, latest first")
    List<PlanView> plans(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId) {
        return spend.plans(user, ContractId.of(contractId)).stream().map(PlanView::of).toList();
    }

    @PostMapping("/api/v1/contracts/{contractId}/spend-plans")
    @PreAuthorize(SpendPages.PLANNERS)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiWriteProblems
    @Operation(summary = "Record a contract's budget for a financial year (the latest counts) or the outcome "
            + "payments anticipated for it when the contract was let (once a year, never revised)")
    PlanView record(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                    @Valid @RequestBody PlanBody body) {
        return PlanView.of(spend.record(user, ContractId.of(contractId), new FinancialYear(body.financialYear()),
                body.kind(), Money.of(body.amount()), body.reason()));
    }

    private static @Nullable BigDecimal amount(@Nullable Money money) {
        return Optional.ofNullable(money).map(Money::amount).orElse(null);
    }
}
