package cymru.cylch.payments.web;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.payments.InvalidRateCard;
import cymru.cylch.payments.RateCardJson;
import cymru.cylch.payments.RateCardManagement;
import cymru.cylch.payments.RateCardVersion;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A contract's rate card on the pages: every version, latest first, as tables; and, for the commissioner that let a
 * payment by results contract, a new version: the day it takes effect, why, and the card in the same JSON the API
 * takes, starting from the version in force (or issue 12's example, for a first card).
 */
@Controller
@RequestMapping("/contracts/{contractId}/rate-card")
@PreAuthorize(RateCardPages.READERS)
class RateCardPages {

    /** The council's staff who read its contracts, and providers party to one. */
    static final String READERS = "hasAnyRole('COMMISSIONER', 'CARE_MANAGER', 'TEAM_MANAGER', 'FINANCE_OFFICER', "
            + "'AUDITOR', 'PROVIDER_USER')";
    static final String MAKERS = "hasRole('COMMISSIONER')";

    private static final String FORM = "rateCardVersionForm";

    private final RateCardManagement cards;
    private final ContractManagement contracts;
    private final JsonBoxes boxes;
    private final JsonMapper json;

    RateCardPages(RateCardManagement cards, ContractManagement contracts, JsonBoxes boxes, JsonMapper json) {
        this.cards = cards;
        this.contracts = contracts;
        this.boxes = boxes;
        this.json = json;
    }

    @GetMapping
    String versions(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId, Model model) {
        List<RateCardVersion> versions = cards.versions(user, ContractId.of(contractId));
        RateCardJson latest = versions.isEmpty()
                ? json.readValue(SimulatorForm.EXAMPLE, SimulationBody.class).rateCard()
                : RateCardJson.of(versions.getLast().card());
        String start = json.writerWithDefaultPrettyPrinter().writeValueAsString(latest);
        model.addAttribute(FORM, new RateCardVersionForm(null, null, null, null, start));
        return page(user, contractId, model);
    }

    @PostMapping
    @PreAuthorize(MAKERS)
    String make(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                @Valid @ModelAttribute(FORM) RateCardVersionForm form, BindingResult errors, Model model,
                RedirectAttributes redirect, Locale locale) {
        FormErrors.keep(model, FORM, form, errors);
        Optional<LocalDate> from = new DateParts(form.effectiveDay(), form.effectiveMonth(), form.effectiveYear())
                .toDate();
        if (from.isEmpty()) {
            FormErrors.reject(errors, "effectiveDay", "rateCard.effectiveFrom.invalid");
        }
        RateCardJson card = errors.hasFieldErrors("card") ? null
                : boxes.read(Objects.requireNonNull(form.card()), RateCardJson.class, "card", errors, locale);
        if (!errors.hasErrors() && card != null && from.isPresent()) {
            try {
                RateCardVersion made = cards.publish(user, ContractId.of(contractId), from.get(), card.card(),
                        Objects.requireNonNull(form.reason()));
                redirect.addFlashAttribute("notice", "rateCards.made");
                redirect.addFlashAttribute("noticeArgument", made.version());
                return "redirect:/contracts/" + contractId + "/rate-card";
            } catch (InvalidRateCard invalid) {
                boxes.reject(invalid, "card", errors);
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, rule.code().startsWith("rateCard.reason") ? "reason"
                        : rule.code().startsWith("rateCard.effectiveFrom") ? "effectiveDay" : "card", rule.code());
            }
        }
        return page(user, contractId, model);
    }

    private String page(CylchUser user, UUID contractId, Model model) {
        Contract contract = contracts.contract(user, ContractId.of(contractId));
        model.addAttribute("contract", contract);
        model.addAttribute("versions", cards.versions(user, contract.id()).reversed());
        model.addAttribute("mayMake", contracts.mayLet(user) && contract.heldBy().value().equals(user.organisationId())
                && contract.terms().model() == CommissioningModel.PAYMENT_BY_RESULTS);
        return "payments/rate-card";
    }
}
