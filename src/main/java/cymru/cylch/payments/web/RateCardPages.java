package cymru.cylch.payments.web;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.payments.InvalidRateCard;
import cymru.cylch.payments.OutcomeBasis;
import cymru.cylch.payments.RateCard;
import cymru.cylch.payments.RateCardFault;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private static final String ROWS = "rateCardRowsForm";

    private final RateCardManagement cards;
    private final ContractManagement contracts;
    private final JsonBoxes boxes;
    private final JsonMapper json;
    private final Simulator reasons;

    RateCardPages(RateCardManagement cards, ContractManagement contracts, JsonBoxes boxes, JsonMapper json,
                  Simulator reasons) {
        this.cards = cards;
        this.contracts = contracts;
        this.boxes = boxes;
        this.json = json;
        this.reasons = reasons;
    }

    @GetMapping
    String versions(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId, Model model) {
        List<RateCardVersion> versions = cards.versions(user, ContractId.of(contractId));
        RateCardJson latest = versions.isEmpty()
                ? json.readValue(SimulatorForm.EXAMPLE, SimulationBody.class).rateCard()
                : RateCardJson.of(versions.getLast().card());
        String start = json.writerWithDefaultPrettyPrinter().writeValueAsString(latest);
        model.addAttribute(FORM, new RateCardVersionForm(null, null, null, null, start));
        model.addAttribute(ROWS, RateCardRowsForm.startingFrom(versions.isEmpty() ? null
                : versions.getLast().card()));
        return page(user, contractId, model);
    }

    /** A new version as typed, a line an outcome: its faults are shown on the fields they are about. */
    @PostMapping
    @PreAuthorize(MAKERS)
    String makeFromRows(@AuthenticationPrincipal CylchUser user, @PathVariable UUID contractId,
                        @Valid @ModelAttribute(ROWS) RateCardRowsForm form, BindingResult errors,
                        @RequestParam(required = false) @Nullable String more, Model model,
                        RedirectAttributes redirect) {
        model.addAttribute(FORM, new RateCardVersionForm(null, null, null, null, null));
        if (more != null) {
            // More blank lines, nothing checked or made yet: the form as typed, not as bound.
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + ROWS);
            model.addAttribute(ROWS, form.again());
            return page(user, contractId, model);
        }
        FormErrors.keep(model, ROWS, form, errors);
        Optional<LocalDate> from = new DateParts(form.effectiveDay(), form.effectiveMonth(), form.effectiveYear())
                .toDate();
        if (from.isEmpty()) {
            FormErrors.reject(errors, "effectiveDay", "rateCard.effectiveFrom.invalid");
        }
        if (Optional.ofNullable(form.reason()).orElse("").isBlank()) {
            FormErrors.reject(errors, "reason", "rateCard.reason.blank");
        }
        Optional<RateCard> card = form.card(errors);
        if (!errors.hasErrors() && card.isPresent() && from.isPresent()) {
            try {
                RateCardVersion made = cards.publish(user, ContractId.of(contractId), from.get(), card.get(),
                        Objects.requireNonNull(form.reason()));
                redirect.addFlashAttribute("notice", "rateCards.made");
                redirect.addFlashAttribute("noticeArgument", made.version());
                return "redirect:/contracts/" + contractId + "/rate-card";
            } catch (InvalidRateCard invalid) {
                invalid.faults().forEach(fault -> errors.rejectValue(rowField(fault, form), fault.code(),
                        reasons.written(fault.arguments()), null));
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, rule.code().startsWith("rateCard.reason") ? "reason" : "effectiveDay",
                        rule.code());
            }
        }
        return page(user, contractId, model);
    }

    /** The field a fault of the card is about: a cap, the up-front share, or a part of the outcome it names. */
    private static String rowField(RateCardFault fault, RateCardRowsForm form) {
        String code = fault.code();
        for (String cap : List.of("participantCap", "providerMonthlyCap", "contractCap")) {
            if (code.contains(cap)) {
                return cap;
            }
        }
        if (!code.contains(".outcome.")) {
            return "upfrontPercent";
        }
        String named = fault.arguments().isEmpty() ? "" : String.valueOf(fault.arguments().getFirst());
        List<RateCardRowsForm.OutcomeLine> lines = form.outcomes();
        int row = IntStream.range(0, lines.size()).filter(i -> named.equals(Optional.ofNullable(
                lines.get(i).code()).orElse("").strip()) || named.equals("#" + (i + 1))).findFirst().orElse(0);
        String part = code.contains(".price") ? "price" : code.contains(".sustainedDays") ? "sustainedDays"
                : code.contains(".requires") ? "requires" : code.contains(".name") ? "nameEn"
                : code.contains(".basis") ? "basisKey" : "code";
        return "outcomes[" + row + "]." + part;
    }

    @PostMapping("/json")
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
        model.addAttribute(ROWS, RateCardRowsForm.startingFrom(card == null ? null : card.card()));
        model.addAttribute("jsonOpen", true);
        return page(user, contractId, model);
    }

    private String page(CylchUser user, UUID contractId, Model model) {
        Contract contract = contracts.contract(user, ContractId.of(contractId));
        model.addAttribute("contract", contract);
        model.addAttribute("versions", cards.versions(user, contract.id()).reversed());
        model.addAttribute("basisKinds", List.of(OutcomeBasis.Kind.values()));
        model.addAttribute("mayMake", contracts.mayLet(user) && contract.heldBy().value().equals(user.organisationId())
                && contract.terms().model() == CommissioningModel.PAYMENT_BY_RESULTS);
        return "payments/rate-card";
    }
}
