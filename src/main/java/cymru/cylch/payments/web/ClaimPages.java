package cymru.cylch.payments.web;

import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.payments.ClaimId;
import cymru.cylch.payments.ClaimManagement;
import cymru.cylch.payments.ClaimStatus;
import cymru.cylch.payments.NewClaim;
import cymru.cylch.payments.OutcomeClaim;
import cymru.cylch.payments.RateCard;
import cymru.cylch.people.PersonNames;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Outcome claims on the pages: a provider's own, claiming one under an agreement and resubmitting a rejected one;
 * the council's, with the care manager's verification, the second check and a verification withdrawn.
 */
@Controller
@RequestMapping("/claims")
@PreAuthorize(ClaimPages.READERS)
class ClaimPages {

    static final String READERS = "hasAnyRole('PROVIDER_USER', 'CARE_MANAGER', 'TEAM_MANAGER', 'COMMISSIONER', "
            + "'FINANCE_OFFICER', 'AUDITOR')";
    static final String CLAIMANTS = "hasRole('PROVIDER_USER')";
    static final String VERIFIERS = "hasAnyRole('CARE_MANAGER', 'TEAM_MANAGER')";

    private static final RuleFields CLAIM_FIELDS = RuleFields.firstField("outcome")
            .field("claim.achievedOn", "achievedDay").field("claim.sustainedUntil", "sustainedDay")
            .field("claim.evidence", "evidence").field("claim.alreadyMade", "outcome");
    private static final RuleFields DECISION_FIELDS = RuleFields.firstField("accepted")
            .field("claim.reject", "note").field("claim.note", "note");

    private final ClaimManagement claims;
    private final ServiceAgreementManagement agreements;
    private final PersonNames names;

    ClaimPages(ClaimManagement claims, ServiceAgreementManagement agreements, PersonNames names) {
        this.claims = claims;
        this.agreements = agreements;
        this.names = names;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable ClaimStatus status,
                Model model) {
        List<OutcomeClaim> shown = claims.claims(user, status);
        model.addAttribute("claims", shown);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("names", names.of(user, shown.stream().map(OutcomeClaim::person).distinct().toList(),
                "outcome claims"));
        model.addAttribute("outcomeNames", outcomeNames(shown, language()));
        model.addAttribute("limit", ClaimManagement.LIST_LIMIT);
        model.addAttribute("provider", user.hasRole(Role.PROVIDER_USER));
        return "payments/claims";
    }

    @GetMapping("/{claimId}")
    String claim(@AuthenticationPrincipal CylchUser user, @PathVariable UUID claimId, Model model) {
        OutcomeClaim claim = claims.claim(user, ClaimId.of(claimId));
        model.addAttribute("decisionForm", DecisionForm.blank(claim.version()));
        model.addAttribute("claimForm", resubmission(claim));
        return page(user, claim, model);
    }

    @GetMapping("/new")
    @PreAuthorize(CLAIMANTS)
    String blank(@AuthenticationPrincipal CylchUser user, @RequestParam UUID agreement, Model model) {
        model.addAttribute("claimForm", ClaimForm.blank(agreement));
        return form(user, agreement, model);
    }

    @PostMapping
    @PreAuthorize(CLAIMANTS)
    String submit(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("claimForm") ClaimForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "claimForm", form, errors);
        UUID agreement = form.agreement();
        if (agreement == null) {
            // Only a form not sent from Cylch's page lacks it.
            throw new RecordNotFoundException("service-agreement", "none");
        }
        String outcome = form.outcome();
        if (outcome == null || outcome.isBlank()) {
            FormErrors.reject(errors, "outcome", "claim.outcome.unknown");
        }
        Optional<Dates> dates = dates(form, errors);
        if (!errors.hasErrors() && dates.isPresent()) {
            try {
                OutcomeClaim claim = claims.submit(user, new NewClaim(ServiceAgreementId.of(agreement),
                        Objects.requireNonNull(outcome), dates.get().achieved(), dates.get().sustained(),
                        Objects.requireNonNull(form.evidence())));
                redirect.addFlashAttribute("notice", "claims.submitted");
                return "redirect:/claims/" + claim.id();
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, CLAIM_FIELDS.fieldFor(rule), rule.code());
            }
        }
        return form(user, agreement, model);
    }

    @PostMapping("/{claimId}/resubmission")
    @PreAuthorize(CLAIMANTS)
    String resubmit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID claimId,
                    @Valid @ModelAttribute("claimForm") ClaimForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        FormErrors.keep(model, "claimForm", form, errors);
        Optional<Dates> dates = dates(form, errors);
        if (!errors.hasErrors() && dates.isPresent()) {
            try {
                claims.resubmit(user, ClaimId.of(claimId), form.version(), dates.get().achieved(),
                        dates.get().sustained(), Objects.requireNonNull(form.evidence()));
                redirect.addFlashAttribute("notice", "claims.resubmitted");
                return "redirect:/claims/" + claimId;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, CLAIM_FIELDS.fieldFor(rule), rule.code());
            }
        }
        OutcomeClaim claim = claims.claim(user, ClaimId.of(claimId));
        model.addAttribute("decisionForm", DecisionForm.blank(claim.version()));
        return page(user, claim, model);
    }

    @PostMapping("/{claimId}/verification")
    @PreAuthorize(VERIFIERS)
    String verify(@AuthenticationPrincipal CylchUser user, @PathVariable UUID claimId,
                  @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return decide(user, claimId, form, errors, model, redirect, false);
    }

    @PostMapping("/{claimId}/second-check")
    @PreAuthorize(VERIFIERS)
    String secondCheck(@AuthenticationPrincipal CylchUser user, @PathVariable UUID claimId,
                       @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        return decide(user, claimId, form, errors, model, redirect, true);
    }

    @PostMapping("/{claimId}/withdrawal")
    @PreAuthorize(VERIFIERS)
    String withdraw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID claimId,
                    @Valid @ModelAttribute("withdrawalForm") WithdrawalForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        FormErrors.keep(model, "withdrawalForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                claims.withdraw(user, ClaimId.of(claimId), form.version(), form.reason());
                redirect.addFlashAttribute("notice", "claims.withdrawn");
                return "redirect:/claims/" + claimId;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, "reason", rule.code());
            }
        }
        OutcomeClaim claim = claims.claim(user, ClaimId.of(claimId));
        model.addAttribute("decisionForm", DecisionForm.blank(claim.version()));
        model.addAttribute("claimForm", resubmission(claim));
        return page(user, claim, model);
    }

    private String decide(CylchUser user, UUID claimId, DecisionForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect, boolean secondCheck) {
        FormErrors.keep(model, "decisionForm", form, errors);
        Boolean accepted = form.accepted();
        if (!errors.hasErrors() && accepted != null) {
            try {
                ClaimId id = ClaimId.of(claimId);
                OutcomeClaim decided = secondCheck
                        ? claims.secondCheck(user, id, form.version(), accepted, form.note())
                        : claims.verify(user, id, form.version(), accepted, form.note());
                redirect.addFlashAttribute("notice", "claims.decided." + decided.status());
                return "redirect:/claims/" + claimId;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, DECISION_FIELDS.fieldFor(rule), rule.code());
            }
        }
        OutcomeClaim claim = claims.claim(user, ClaimId.of(claimId));
        model.addAttribute("claimForm", resubmission(claim));
        return page(user, claim, model);
    }

    private String page(CylchUser user, OutcomeClaim claim, Model model) {
        RateCard card = claims.cardOf(claim);
        boolean ours = claim.heldBy().equals(OrganisationId.of(user.organisationId()));
        model.addAttribute("claim", claim);
        model.addAttribute("seesEvidence", ClaimManagement.seesEvidence(user));
        model.addAttribute("history", claims.history(user, claim.id()));
        model.addAttribute("outcomeName", card.outcome(claim.outcome()).map(o -> o.nameIn(language()))
                .orElse(claim.outcome()));
        model.addAttribute("names", names.of(user, List.of(claim.person()), "an outcome claim"));
        model.addAttribute("ours", ours);
        model.addAttribute("mayVerify", ours && ClaimManagement.verifies(user)
                && claim.status() == ClaimStatus.SUBMITTED && !Objects.equals(claim.submittedBy(), user.userId()));
        model.addAttribute("mayCheck", ours && ClaimManagement.verifies(user)
                && claim.status() == ClaimStatus.SECOND_CHECK && Optional.ofNullable(claim.verification())
                .map(v -> !Objects.equals(v.by(), user.userId())).orElse(false));
        model.addAttribute("mayResubmit", !ours && user.hasRole(Role.PROVIDER_USER)
                && claim.status() == ClaimStatus.REJECTED);
        model.addAttribute("mayWithdraw", ours && ClaimManagement.verifies(user)
                && claim.status() == ClaimStatus.VERIFIED);
        if (!model.containsAttribute("withdrawalForm")) {
            model.addAttribute("withdrawalForm", WithdrawalForm.blank(claim.version()));
        }
        return "payments/claim";
    }

    private String form(CylchUser user, UUID agreementId, Model model) {
        ServiceAgreement agreement = agreements.agreement(user, ServiceAgreementId.of(agreementId));
        model.addAttribute("agreement", agreement);
        model.addAttribute("names", names.of(user, List.of(agreement.person()), "an outcome claim"));
        model.addAttribute("outcomes", claims.cardFor(user, agreement).map(RateCard::outcomes).orElse(List.of()));
        return "payments/claim-form";
    }

    private record Dates(LocalDate achieved, @Nullable LocalDate sustained) {
    }

    /** The two days of the form: the first required, the second optional but whole if given. */
    private static Optional<Dates> dates(ClaimForm form, BindingResult errors) {
        Optional<LocalDate> achieved = new DateParts(form.achievedDay(), form.achievedMonth(), form.achievedYear())
                .toDate();
        if (achieved.isEmpty()) {
            FormErrors.reject(errors, "achievedDay", "claim.achievedOn.invalid");
        }
        var sustainedParts = new DateParts(form.sustainedDay(), form.sustainedMonth(), form.sustainedYear());
        Optional<LocalDate> sustained = sustainedParts.toDate();
        if (!sustainedParts.blank() && sustained.isEmpty()) {
            FormErrors.reject(errors, "sustainedDay", "claim.sustainedUntil.invalid");
        }
        return achieved.map(day -> new Dates(day, sustained.orElse(null)));
    }

    private static ClaimForm resubmission(OutcomeClaim claim) {
        DateParts achieved = DateParts.of(claim.achievedOn());
        DateParts until = DateParts.of(claim.sustainedUntil());
        return new ClaimForm(claim.agreement().value(), claim.outcome(), achieved.day(), achieved.month(),
                achieved.year(), until.day(), until.month(), until.year(), claim.evidence(), claim.version());
    }

    /** The name of each claim's outcome, from the card version it is priced by (read once per version). */
    private Map<ClaimId, String> outcomeNames(List<OutcomeClaim> shown, String language) {
        Map<String, RateCard> cards = new HashMap<>();
        Map<ClaimId, String> named = new HashMap<>();
        for (OutcomeClaim claim : shown) {
            RateCard card = cards.computeIfAbsent(claim.contract() + "/" + claim.cardVersion(),
                    key -> claims.cardOf(claim));
            named.put(claim.id(), card.outcome(claim.outcome()).map(o -> o.nameIn(language)).orElse(claim.outcome()));
        }
        return named;
    }

    private static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
