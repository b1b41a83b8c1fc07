package cymru.cylch.market.web;

import cymru.cylch.market.Accreditation;
import cymru.cylch.market.Listings;
import cymru.cylch.market.ProviderListing;
import cymru.cylch.market.StandingStatus;
import cymru.cylch.market.StandingStep;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
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
 * A council's providers: each with its standing, expiry and vacancies, filtered by status; one provider's standing
 * with its history and published listing, and the commissioner's changes to it.
 */
@Controller
@RequestMapping("/market/providers")
@PreAuthorize(StandingPages.READERS)
class StandingPages {

    static final String READERS = "hasAnyRole('COMMISSIONER', 'ADMINISTRATOR', 'AUDITOR')";

    private static final RuleFields RULES = RuleFields.firstField("step")
            .field("market.standing.evidence", "evidence")
            .field("market.standing.expiry", "expiryDay")
            .field("market.standing.from", "fromDay")
            .field("market.standing.until", "untilDay")
            .field("market.standing.reason", "reason");

    private final Accreditation accreditation;
    private final Listings listings;

    StandingPages(Accreditation accreditation, Listings listings) {
        this.accreditation = accreditation;
        this.listings = listings;
    }

    @GetMapping
    String providers(@AuthenticationPrincipal CylchUser user, @RequestParam(required = false) @Nullable
                     StandingStatus status, Model model) {
        Map<UUID, ProviderListing> listed = listings.publishedFor(user).stream()
                .collect(Collectors.toMap(l -> l.provider().value(), Function.identity()));
        model.addAttribute("standings", accreditation.ofCouncil(user, status));
        model.addAttribute("listed", listed);
        model.addAttribute("statuses", StandingStatus.values());
        model.addAttribute("status", status);
        return "market/providers";
    }

    @GetMapping("/{providerId}")
    String provider(@AuthenticationPrincipal CylchUser user, @PathVariable UUID providerId, Model model) {
        model.addAttribute("standingForm", StandingForm.blank());
        return page(user, providerId, model);
    }

    @PostMapping("/{providerId}")
    @PreAuthorize("hasRole('COMMISSIONER')")
    String change(@AuthenticationPrincipal CylchUser user, @PathVariable UUID providerId,
                  @Valid @ModelAttribute("standingForm") StandingForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, "standingForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                var change = apply(user, providerId, form);
                redirect.addFlashAttribute("notice", "market.standing.changed." + change);
                return "redirect:/market/providers/" + providerId;
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return page(user, providerId, model);
    }

    private StandingStep apply(CylchUser user, UUID providerId, StandingForm form) {
        var step = form.step();
        switch (step) {
            case ACCREDITED -> accreditation.accredit(user, providerId, form.evidenceText(),
                    StandingForm.dateOf(form.expiry()), form.reasonText());
            case RENEWED -> accreditation.renew(user, providerId, form.evidenceText(),
                    StandingForm.dateOf(form.expiry()), form.reasonText());
            case SUSPENDED -> accreditation.suspend(user, providerId, form.reasonText(),
                    StandingForm.dateOf(form.from()), StandingForm.dateOf(form.until()));
            case SUSPENSION_LIFTED -> accreditation.lift(user, providerId, form.reasonText());
            case REMOVED -> accreditation.remove(user, providerId, form.reasonText());
            case APPLIED -> throw new RuleViolationException("market.standing.step.missing");
            case null -> throw new RuleViolationException("market.standing.step.missing");
        }
        return step;
    }

    private String page(CylchUser user, UUID providerId, Model model) {
        var standing = accreditation.withProvider(user, providerId);
        model.addAttribute("standing", standing);
        model.addAttribute("history", accreditation.history(user, providerId));
        model.addAttribute("listing", listings.publishedOf(user, providerId).orElse(null));
        model.addAttribute("steps", Accreditation.changesStandings(user) ? steps(standing.standing().status())
                : List.of());
        return "market/provider";
    }

    /** What a commissioner may do from each status. */
    static List<StandingStep> steps(StandingStatus status) {
        return switch (status) {
            case APPLIED -> List.of(StandingStep.ACCREDITED, StandingStep.REMOVED);
            case ACCREDITED -> List.of(StandingStep.RENEWED, StandingStep.SUSPENDED, StandingStep.REMOVED);
            case SUSPENDED -> List.of(StandingStep.RENEWED, StandingStep.SUSPENSION_LIFTED, StandingStep.REMOVED);
            case REMOVED -> List.of();
        };
    }
}
