package cymru.cylch.payments.web;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.payments.InvestorCommitment;
import cymru.cylch.payments.InvestorKind;
import cymru.cylch.payments.NewInvestorCommitment;
import cymru.cylch.payments.SocialImpactBonds;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A social impact bond on the pages: a payment-by-results contract's investors and what each committed, how the
 * outcome payments flowed to them month by month, and their returns; and, for the commissioner that let the
 * contract, a form to record another commitment.
 */
@Controller
@RequestMapping("/contracts/{contractId}/investors")
@PreAuthorize(RateCardPages.READERS)
class InvestorPages {

    private static final String FORM = "investorCommitmentForm";
    private static final RuleFields FIELDS = RuleFields.firstField("investorName")
            .field("investors.name", "investorName").field("investors.amount", "amount")
            .field("investors.committedOn", "committedDay");

    private final SocialImpactBonds bonds;
    private final ContractManagement contracts;
    InvestorPages(SocialImpactBonds bonds, ContractManagement contracts) {
        this.bonds = bonds;
        this.contracts = contracts;
    }

    @GetMapping
    String investors(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId, Model model) {
        model.addAttribute(FORM, InvestorCommitmentForm.blank());
        return page(user, contractId, model);
    }

    @PostMapping
    @PreAuthorize(RateCardPages.MAKERS)
    String commit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                  @Valid @ModelAttribute(FORM) InvestorCommitmentForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, FORM, form, errors);
        Optional<LocalDate> on = new DateParts(form.committedDay(), form.committedMonth(), form.committedYear())
                .toDate();
        if (on.isEmpty()) {
            FormErrors.reject(errors, "committedDay", "investors.committedOn.invalid");
        }
        Optional<BigDecimal> amount = amount(form.amount());
        if (!errors.hasFieldErrors("amount") && amount.isEmpty()) {
            FormErrors.reject(errors, "amount", "investors.amount.invalid");
        }
        if (!errors.hasErrors() && on.isPresent() && amount.isPresent()) {
            try {
                InvestorCommitment made = bonds.commit(user, ContractId.of(contractId), new NewInvestorCommitment(
                        Objects.requireNonNull(form.investorName()), Objects.requireNonNull(form.kind()),
                        Money.of(amount.get()), on.get()));
                redirect.addFlashAttribute("notice", "investors.recorded");
                redirect.addFlashAttribute("noticeArgument", made.investorName());
                return "redirect:/contracts/" + contractId + "/investors";
            } catch (RuleViolationException rule) {
                FIELDS.reject(errors, rule);
            }
        }
        return page(user, contractId, model);
    }

    /** An amount in pounds and pence as typed ("£25,000", "25000.50"), if it is one. */
    static Optional<BigDecimal> amount(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(typed.strip().replace(",", "").replace("£", "").replace(" ", ""));
            return amount.scale() > 2 || amount.precision() - amount.scale() > 17 ? Optional.empty()
                    : Optional.of(amount);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String page(CylchUser user, UUID contractId, Model model) {
        Contract contract = contracts.contract(user, ContractId.of(contractId));
        model.addAttribute("contract", contract);
        model.addAttribute("byResults", contract.terms().model() == CommissioningModel.PAYMENT_BY_RESULTS);
        model.addAttribute("flows", bonds.flows(user, contract.id()));
        model.addAttribute("kinds", InvestorKind.values());
        model.addAttribute("mayRecord", contracts.mayLet(user)
                && contract.heldBy().value().equals(user.organisationId())
                && contract.terms().model() == CommissioningModel.PAYMENT_BY_RESULTS);
        return "payments/investors";
    }
}
