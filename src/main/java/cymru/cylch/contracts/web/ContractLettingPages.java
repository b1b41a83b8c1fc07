package cymru.cylch.contracts.web;

import cymru.cylch.contracts.CallOffMethod;
import cymru.cylch.contracts.CareServices;
import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.contracts.NewContract;
import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.Remedy;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.outcomes.OutcomeDomain;
import cymru.cylch.people.Areas;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Commissioners let contracts, vary them and admit providers to a dynamic purchasing system, from the pages, under
 * the same rules as the API. A broken rule is shown beside the field it is about, in the user's language.
 */
@Controller
@RequestMapping("/contracts")
@PreAuthorize("hasRole('COMMISSIONER')")
class ContractLettingPages {

    private static final RuleFields RULES = RuleFields.firstField("title")
            .field("contract.reference", "reference")
            .field("contract.callOff", "parentId")
            .field("contract.end", "endDay")
            .field("contract.extension", "extensionMonths")
            .field("contract.value.negative", "estimatedValue")
            .field("contract.value.maximumBelowEstimate", "maximumValue")
            .field("contract.outcomeShare", "outcomeShare")
            .fieldOfPart("contract.lots", part -> part == null ? "lots[0].title"
                    : "lots[" + (Integer.parseInt(part) - 1) + "].title")
            .field("contract.outcomes", "outcomeDomains")
            .field("contract.parties", "suppliers")
            .field("contract.suppliers", "suppliers")
            .field("contract.variation", "reason")
            .field("contract.admit", "providerId");

    private final ContractManagement contracts;
    private final OrganisationDirectory directory;
    private final OutcomePlanning planning;
    private final CareServices services;
    private final Areas areas;

    ContractLettingPages(ContractManagement contracts, OrganisationDirectory directory, OutcomePlanning planning,
                         CareServices services, Areas areas) {
        this.contracts = contracts;
        this.directory = directory;
        this.planning = planning;
        this.services = services;
        this.areas = areas;
    }

    @GetMapping("/new")
    String newContract(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("contractForm", ContractForm.blank());
        return form(user, model, null);
    }

    @PostMapping("/new")
    String let(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("contractForm") ContractForm form,
               BindingResult errors, Model model) {
        FormErrors.keep(model, "contractForm", form, errors);
        if (form.route() == null) {
            FormErrors.reject(errors, "route", "contracts.form.route.missing");
        }
        Optional<ContractTerms> terms = form.terms(errors);
        if (!errors.hasErrors() && terms.isPresent() && form.route() != null) {
            try {
                Contract let = contracts.let(user, new NewContract(form.reference() == null ? "" : form.reference(),
                        form.route(), parent(form.parentId()), form.callOffMethod(), terms.get()));
                return "redirect:/contracts/" + let.id();
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(user, model, null);
    }

    @GetMapping("/{contractId}/vary")
    String variation(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId, Model model) {
        Contract contract = contracts.contract(user, ContractId.of(contractId));
        model.addAttribute("contractForm", ContractForm.of(contract));
        return form(user, model, contract);
    }

    @PostMapping("/{contractId}/vary")
    String vary(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                @Valid @ModelAttribute("contractForm") ContractForm form, BindingResult errors, Model model) {
        FormErrors.keep(model, "contractForm", form, errors);
        Contract contract = contracts.contract(user, ContractId.of(contractId));
        Optional<ContractTerms> terms = form.terms(errors);
        if (!errors.hasErrors() && terms.isPresent()) {
            try {
                contracts.vary(user, contract.id(), Optional.ofNullable(form.expectedVersion()).orElse(-1),
                        terms.get(), Optional.ofNullable(form.reason()).orElse(""));
                return "redirect:/contracts/" + contractId;
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            } catch (OptimisticLockingFailureException meanwhile) {
                FormErrors.reject(errors, "reason", "contracts.form.variedMeanwhile");
            }
        }
        return form(user, model, contract);
    }

    @GetMapping("/{contractId}/admit")
    String admission(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId, Model model) {
        model.addAttribute("admissionForm", new AdmissionForm(null));
        return admissionPage(user, contractId, model);
    }

    @PostMapping("/{contractId}/admit")
    String admit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                 @ModelAttribute("admissionForm") AdmissionForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        FormErrors.keep(model, "admissionForm", form, errors);
        try {
            UUID provider = Optional.ofNullable(form.providerId()).filter(id -> !id.isBlank()).map(UUID::fromString)
                    .orElse(null);
            if (provider == null) {
                FormErrors.reject(errors, "providerId", "contracts.admit.choose");
            } else {
                contracts.admit(user, ContractId.of(contractId), OrganisationId.of(provider));
                redirect.addFlashAttribute("notice", "contracts.admitted");
                return "redirect:/contracts/" + contractId;
            }
        } catch (IllegalArgumentException notAnId) {
            FormErrors.reject(errors, "providerId", "contract.parties.unknown");
        } catch (RuleViolationException rule) {
            RULES.reject(errors, rule);
        }
        return admissionPage(user, contractId, model);
    }

    record AdmissionForm(@Nullable String providerId) {
    }

    /** Only a dynamic purchasing system admits providers: any other contract has no such page. */
    private String admissionPage(CylchUser user, UUID contractId, Model model) {
        Contract system = contracts.contract(user, ContractId.of(contractId));
        if (!system.route().admitsAtAnyTime()) {
            throw new RecordNotFoundException("dynamic purchasing system", contractId);
        }
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> providers = new LinkedHashMap<>();
        directory.ofKind(OrganisationKind.PROVIDER).stream()
                .filter(p -> !system.terms().suppliedBy(p.id()))
                .forEach(p -> providers.put(p.id().value().toString(), p.nameIn(language)));
        model.addAttribute("contract", system);
        model.addAttribute("providers", providers);
        return "contracts/admit";
    }

    private @Nullable ContractId parent(@Nullable String parentId) {
        if (parentId == null || parentId.isBlank()) {
            return null;
        }
        try {
            return ContractId.of(UUID.fromString(parentId));
        } catch (IllegalArgumentException notAnId) {
            throw new RuleViolationException("contract.callOff.parent");
        }
    }

    /**
     * The form with its choices: routes, frameworks to call off from, organisations, domains, services, areas,
     * remedies.
     */
    private String form(CylchUser user, Model model, @Nullable Contract varied) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("varied", varied);
        model.addAttribute("routes", ProcurementRoute.values());
        model.addAttribute("callOffMethods", CallOffMethod.values());
        model.addAttribute("models", CommissioningModel.values());
        model.addAttribute("frequencies", PaymentFrequency.values());
        model.addAttribute("remedyOptions", Remedy.values());
        Map<String, String> parents = new LinkedHashMap<>();
        contracts.contracts(user).stream().filter(c -> c.route().takesCallOffs())
                .forEach(c -> parents.put(c.id().value().toString(), c.reference() + ": " + c.terms().title()));
        model.addAttribute("parents", parents);
        Map<String, String> suppliers = new LinkedHashMap<>();
        Stream.of(OrganisationKind.PROVIDER, OrganisationKind.CONSORTIUM, OrganisationKind.HEALTH_BOARD)
                .flatMap(kind -> directory.ofKind(kind).stream())
                .forEach(o -> suppliers.put(o.id().value().toString(), o.nameIn(language)));
        directory.find(OrganisationId.of(user.organisationId())).map(ListedOrganisation::id)
                .ifPresent(own -> suppliers.put(own.value().toString(), directory.find(own).orElseThrow()
                        .nameIn(language)));
        model.addAttribute("supplierOptions", suppliers);
        Map<String, String> domains = new LinkedHashMap<>();
        for (OutcomeDomain domain : planning.domainsFor(user)) {
            domains.put(domain.key(), "cy".equals(language) ? domain.welsh() : domain.english());
        }
        model.addAttribute("domainOptions", domains);
        Map<String, String> serviceOptions = new LinkedHashMap<>();
        services.codes().forEach(code -> serviceOptions.put(code, services.nameOf(code, language)));
        model.addAttribute("serviceOptions", serviceOptions);
        Map<String, String> areaOptions = new LinkedHashMap<>();
        areas.codes().forEach(code -> areaOptions.put(code, areas.nameOf(code, language)));
        model.addAttribute("areaOptions", areaOptions);
        return "contracts/form";
    }
}
