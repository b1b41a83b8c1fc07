package cymru.cylch.payments.web;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.payments.FinancialYear;
import cymru.cylch.payments.SpendAgainstBudget;
import cymru.cylch.payments.SpendPlan;
import cymru.cylch.payments.SpendReport;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Spend against budget and outcome payments against what was anticipated, for a financial year: month by month to
 * date as a chart with its table, then per contract and per provider. A contract's own page records its budget and
 * anticipated outcome payments for a year.
 */
@Controller
class SpendPages {

    static final String READERS = "hasAnyRole('COMMISSIONER', 'FINANCE_OFFICER', 'AUDITOR')";
    static final String PLANNERS = "hasAnyRole('COMMISSIONER', 'FINANCE_OFFICER')";
    private static final String FORM = "spendPlanForm";
    /** Financial years offered: this one, the five before, and the next. */
    private static final int YEARS_BACK = 5;

    private final SpendAgainstBudget spend;
    private final ContractManagement contracts;
    private final OrganisationDirectory directory;
    private final Today today;

    SpendPages(SpendAgainstBudget spend, ContractManagement contracts, OrganisationDirectory directory, Today today) {
        this.spend = spend;
        this.contracts = contracts;
        this.directory = directory;
        this.today = today;
    }

    /** A provider's row with its name. */
    record NamedProvider(String name, SpendReport.ProviderRow row) {
    }

    @GetMapping("/spend")
    @PreAuthorize(READERS)
    String report(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable Integer year,
                  Model model, Locale locale) {
        FinancialYear current = FinancialYear.of(today.date());
        FinancialYear chosen = year == null || year < current.start() - YEARS_BACK || year > current.start() + 1
                ? current : new FinancialYear(year);
        SpendReport report = spend.report(user, chosen);
        Map<OrganisationId, ListedOrganisation> named = directory.byIds(report.providers().stream()
                .map(SpendReport.ProviderRow::provider).toList());
        model.addAttribute("report", report);
        model.addAttribute("yearName", chosen.toString());
        model.addAttribute("years", IntStream.rangeClosed(current.start() - YEARS_BACK, current.start() + 1)
                .boxed().sorted(Comparator.reverseOrder()).map(FinancialYear::new).toList());
        model.addAttribute("providers", report.providers().stream()
                .map(p -> new NamedProvider(named.containsKey(p.provider())
                        ? named.get(p.provider()).nameIn(locale.getLanguage()) : p.provider().toString(), p))
                .sorted(Comparator.comparing(NamedProvider::name)).toList());
        return "payments/spend";
    }

    @GetMapping("/spend/contracts/{contractId}")
    @PreAuthorize(READERS)
    String plans(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId, Model model) {
        model.addAttribute(FORM, SpendPlanForm.blank(FinancialYear.of(today.date()).start()));
        return plansPage(user, contractId, model);
    }

    @PostMapping("/spend/contracts/{contractId}")
    @PreAuthorize(PLANNERS)
    String record(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                  @Valid @ModelAttribute(FORM) SpendPlanForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                SpendPlan plan = spend.record(user, ContractId.of(contractId),
                        new FinancialYear(Objects.requireNonNull(form.financialYear())),
                        form.chosenKind().orElseThrow(), Money.of(form.typedAmount().orElseThrow()),
                        Objects.requireNonNull(form.reason()));
                redirect.addFlashAttribute("notice", "spend.recorded." + plan.kind());
                return "redirect:/spend/contracts/" + contractId;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, rule.code().startsWith("spend.amount") ? "amount"
                        : rule.code().startsWith("spend.reason") ? "reason"
                        : rule.code().startsWith("spend.anticipated") ? "kind" : "financialYear", rule.code());
            }
        }
        return plansPage(user, contractId, model);
    }

    private String plansPage(CylchUser user, UUID contractId, Model model) {
        List<SpendPlan> plans = spend.plans(user, ContractId.of(contractId));
        Contract contract = contracts.contract(user, ContractId.of(contractId));
        model.addAttribute("contract", contract);
        model.addAttribute("plans", plans);
        model.addAttribute("kinds", List.of(SpendPlan.Kind.values()).stream().map(Enum::name).toList());
        model.addAttribute("years", yearsOf(contract));
        model.addAttribute("mayRecord", user.hasRole(Role.COMMISSIONER) || user.hasRole(Role.FINANCE_OFFICER));
        return "payments/spend-plans";
    }

    /** The financial years the contract's term touches, as choices by their start year. */
    private static Map<Integer, String> yearsOf(Contract contract) {
        LocalDate start = contract.terms().start();
        LocalDate end = contract.terms().end();
        return IntStream.rangeClosed(FinancialYear.of(start).start(), FinancialYear.of(end).start()).boxed()
                .collect(Collectors.toMap(y -> y, y -> new FinancialYear(y).toString(), (a, b) -> a,
                        LinkedHashMap::new));
    }
}
