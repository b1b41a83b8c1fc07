package cymru.cylch.contracts.web;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.people.PersonNames;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Service agreements: a commissioner's, or the ones naming a provider, newest first (a page shows at most
 * {@link #SHOWN}; a contract's own list narrows it), one agreement, and ending it.
 */
@Controller
@RequestMapping("/service-agreements")
@PreAuthorize(ServiceAgreementPages.READERS)
class ServiceAgreementPages {

    static final String READERS = "hasAnyRole('COMMISSIONER', 'BROKER', 'CARE_MANAGER', 'TEAM_MANAGER', "
            + "'FINANCE_OFFICER', 'AUDITOR', 'PROVIDER_USER')";
    static final String ARRANGERS = "hasAnyRole('COMMISSIONER', 'BROKER', 'CARE_MANAGER')";
    static final int SHOWN = 200;

    private final ServiceAgreementManagement agreements;
    private final ContractManagement contracts;
    private final PersonNames names;
    private final Today today;

    ServiceAgreementPages(ServiceAgreementManagement agreements, ContractManagement contracts, PersonNames names,
                          Today today) {
        this.agreements = agreements;
        this.contracts = contracts;
        this.names = names;
        this.today = today;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable UUID contract,
                Model model) {
        List<ServiceAgreement> all = contract == null ? agreements.agreements(user)
                : agreements.underContract(user, ContractId.of(contract));
        List<ServiceAgreement> shown = all.stream().limit(SHOWN).toList();
        model.addAttribute("agreements", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("names", names.of(user, shown.stream().map(ServiceAgreement::person).toList(),
                "service agreements"));
        addContracts(user, model, shown);
        model.addAttribute("contract", contract);
        model.addAttribute("today", today.date());
        return "contracts/agreements";
    }

    @GetMapping("/{agreementId}")
    String agreement(@AuthenticationPrincipal CylchUser user, @PathVariable UUID agreementId, Model model) {
        model.addAttribute("agreementEndForm", AgreementEndForm.blank());
        return page(user, agreementId, model);
    }

    @PostMapping("/{agreementId}/end")
    @PreAuthorize(ARRANGERS)
    String end(@AuthenticationPrincipal CylchUser user, @PathVariable UUID agreementId,
               @Valid @ModelAttribute("agreementEndForm") AgreementEndForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        FormErrors.keep(model, "agreementEndForm", form, errors);
        var lastDay = new DateParts(form.lastDay(), form.lastMonth(), form.lastYear()).toDate();
        if (lastDay.isEmpty()) {
            FormErrors.reject(errors, "lastDay", "agreement.end.invalid");
        }
        String reason = form.reason();
        if (!errors.hasErrors() && lastDay.isPresent() && reason != null) {
            try {
                agreements.end(user, ServiceAgreementId.of(agreementId), lastDay.get(), reason);
                redirect.addFlashAttribute("notice", "agreements.ended");
                return "redirect:/service-agreements/" + agreementId;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, rule.code().equals("agreement.end.reason") ? "reason" : "lastDay",
                        rule.code());
            }
        }
        return page(user, agreementId, model);
    }

    private String page(CylchUser user, UUID agreementId, Model model) {
        ServiceAgreement agreement = agreements.agreement(user, ServiceAgreementId.of(agreementId));
        model.addAttribute("agreement", agreement);
        model.addAttribute("names", names.of(user, List.of(agreement.person()), "a service agreement"));
        addContracts(user, model, List.of(agreement));
        boolean ours = agreement.heldBy().equals(OrganisationId.of(user.organisationId()));
        model.addAttribute("ours", ours);
        model.addAttribute("mayEnd", ours && !agreement.ended() && ServiceAgreementManagement.arranges(user));
        // The provider claims outcomes of a payment by results contract (the payments module's pages).
        model.addAttribute("mayClaim", !ours && user.hasRole(Role.PROVIDER_USER) && contracts.contract(user,
                agreement.contract()).terms().model() == CommissioningModel.PAYMENT_BY_RESULTS);
        model.addAttribute("today", today.date());
        return "contracts/agreement";
    }

    /** The contracts the agreements are under, by id, and the organisations they name. */
    private void addContracts(CylchUser user, Model model, List<ServiceAgreement> shown) {
        Map<ContractId, Contract> under = shown.stream().map(ServiceAgreement::contract).distinct()
                .map(id -> contracts.contract(user, id))
                .collect(Collectors.toMap(Contract::id, Function.identity()));
        model.addAttribute("contracts", under);
        model.addAttribute("organisations", contracts.organisationsIn(List.copyOf(under.values())));
    }
}
