package cymru.cylch.market.web;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.market.Accreditation;
import cymru.cylch.market.Listings;
import cymru.cylch.people.Areas;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's own listing: its standing with each council, the draft to change, a preview of the draft as
 * councils will see it, and publishing it. Only the provider's own users; the provider is always the one they act
 * for, never one named in the request.
 */
@Controller
@RequestMapping("/market/listing")
@PreAuthorize(ListingPages.PROVIDERS)
class ListingPages {

    static final String PROVIDERS = "hasAnyRole('PROVIDER_USER', 'ADMINISTRATOR')";

    private static final RuleFields RULES = RuleFields.firstField("services")
            .field("market.listing.areas", "areas")
            .fieldOfPart("market.listing.price", part -> "pricePer"
                    + (part == null ? "Hour" : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1)))
            .field("market.listing.capacity", "capacityHours")
            .field("market.listing.vacancies", "vacancyHours")
            .field("market.listing.welshStaff", "welshSpeakingStaff");

    private final Listings listings;
    private final Accreditation accreditation;
    private final CareServices services;
    private final Areas areas;

    ListingPages(Listings listings, Accreditation accreditation, CareServices services, Areas areas) {
        this.listings = listings;
        this.accreditation = accreditation;
        this.services = services;
        this.areas = areas;
    }

    @GetMapping
    String listing(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("listingForm", ListingForm.of(listings.toEdit(user)));
        return page(user, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("listingForm") ListingForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "listingForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                listings.saveDraft(user, form.content());
                redirect.addFlashAttribute("notice", "market.listing.saved");
                return "redirect:/market/listing/preview";
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return page(user, model);
    }

    @GetMapping("/preview")
    String preview(@AuthenticationPrincipal CylchUser user, Model model) {
        var draft = listings.draft(user).orElse(null);
        model.addAttribute("draft", draft);
        model.addAttribute("published", listings.versions(user).stream().findFirst().orElse(null));
        return "market/listing-preview";
    }

    @PostMapping("/publish")
    String publish(@AuthenticationPrincipal CylchUser user, RedirectAttributes redirect) {
        try {
            var version = listings.publish(user);
            redirect.addFlashAttribute("notice", "market.listing.published");
            redirect.addFlashAttribute("noticeArgument", version.version());
            return "redirect:/market/listing";
        } catch (RuleViolationException rule) {
            // Nothing to publish (sent twice, or from a page left open): the preview says there is no draft.
            return "redirect:/market/listing/preview";
        }
    }

    private String page(CylchUser user, Model model) {
        model.addAttribute("standings", accreditation.ofProvider(user));
        model.addAttribute("hasDraft", listings.draft(user).isPresent());
        model.addAttribute("versions", listings.versions(user));
        model.addAttribute("services", services.all());
        model.addAttribute("areaCodes", areas.codes());
        model.addAttribute("mayApply", !accreditation.councilsToApplyTo(user).isEmpty());
        return "market/listing";
    }
}
