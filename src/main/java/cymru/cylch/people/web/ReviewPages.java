package cymru.cylch.people.web;

import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.people.OutcomeReviewing;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.Rating;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
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

/** Care managers review a person's outcomes with them, their carer and their provider. */
@Controller
@RequestMapping("/people/{personId}/outcomes/{outcomeId}/reviews")
@PreAuthorize(PeoplePages.WRITERS)
class ReviewPages {

    private static final RuleFields RULES = RuleFields.firstField("reviewedDay")
            .field("review.disagreement", "disagreement");

    private final PersonManagement people;
    private final OutcomeReviewing reviewing;
    private final OutcomeFrameworks frameworks;
    private final ProviderViewsShown providerViews;
    private final Today today;

    ReviewPages(PersonManagement people, OutcomeReviewing reviewing, OutcomeFrameworks frameworks,
                ProviderViewsShown providerViews, Today today) {
        this.people = people;
        this.providerViews = providerViews;
        this.reviewing = reviewing;
        this.frameworks = frameworks;
        this.today = today;
    }

    @GetMapping("/new")
    String newReview(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                     @PathVariable UUID outcomeId, Model model) {
        model.addAttribute("reviewForm", ReviewForm.today(today.date()));
        return form(user, personId, outcomeId, model);
    }

    @PostMapping
    String review(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, @PathVariable UUID outcomeId,
                  @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, "reviewForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                var review = reviewing.review(user, personId, outcomeId, form.record());
                redirect.addFlashAttribute("notice", "review.recorded");
                if (Boolean.TRUE.equals(form.revisesPlan())) {
                    return "redirect:/people/" + personId + "/plan/edit?review=" + review.reviewedOn();
                }
                return "redirect:/people/" + personId + "#outcomes";
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(user, personId, outcomeId, model);
    }

    private String form(CylchUser user, UUID personId, UUID outcomeId, Model model) {
        model.addAttribute("outcome", reviewing.outcomeToReview(user, personId, outcomeId));
        model.addAttribute("person", people.view(user, personId));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("frameworks", frameworks);
        providerViews.into(model, user, personId, outcomeId);
        return "people/review-form";
    }
}
