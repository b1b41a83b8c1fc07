package cymru.cylch.people.web;

import cymru.cylch.organisations.Colleagues;
import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.people.AssessmentRecords;
import cymru.cylch.people.Language;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.OutcomeReview;
import cymru.cylch.people.OutcomeReviewing;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PersonalOutcome;
import cymru.cylch.people.PossibleDuplicatesException;
import cymru.cylch.people.SupportPlanning;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.rules.SearchRefusedException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Care managers find and register people and keep their details; brokers and auditors may find and read them.
 * What people see is always their own organisation's records.
 */
@Controller
@RequestMapping("/people")
class PeoplePages {

    private static final RuleFields RULES = RuleFields.firstField("givenName")
            .field("person.death", "dateOfDeath")
            .field("person.dateOfBirth", "birthDay")
            .field("person.nhsNumber", "nhsNumber");

    static final String READERS = "hasAnyRole('CARE_MANAGER', 'TEAM_MANAGER', 'BROKER', 'AUDITOR')";
    static final String WRITERS = "hasRole('CARE_MANAGER')";

    private final PersonManagement people;
    private final OutcomePlanning planning;
    private final OutcomeFrameworks frameworks;
    private final AssessmentRecords assessments;
    private final OutcomeReviewing reviewing;
    private final SupportPlanning supportPlanning;
    private final Colleagues colleagues;
    private final ProviderViewsShown providerViews;
    private final Today today;

    PeoplePages(PersonManagement people, OutcomePlanning planning, OutcomeFrameworks frameworks,
                AssessmentRecords assessments, OutcomeReviewing reviewing, SupportPlanning supportPlanning,
                Colleagues colleagues, ProviderViewsShown providerViews, Today today) {
        this.colleagues = colleagues;
        this.reviewing = reviewing;
        this.supportPlanning = supportPlanning;
        this.people = people;
        this.planning = planning;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.providerViews = providerViews;
        this.today = today;
    }

    @GetMapping
    @PreAuthorize(READERS)
    String search(@AuthenticationPrincipal CylchUser user, @RequestParam(name = "q", defaultValue = "") String query,
                  Model model) {
        model.addAttribute("query", query);
        model.addAttribute("mayRegister", user.hasRole(Role.CARE_MANAGER));
        if (!query.isBlank()) {
            try {
                model.addAttribute("results", people.search(user, query));
            } catch (SearchRefusedException refused) {
                model.addAttribute("searchError", refused.messageKey());
                // Not shown back: it may be a megabyte, or hold characters that cannot be shown.
                model.addAttribute("query", "");
            }
        }
        return "people/search";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITERS)
    String newPerson(Model model) {
        model.addAttribute("personForm", PersonForm.blank());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    String register(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("personForm") PersonForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "personForm", form, errors);
        form.validate(errors, today.date());
        if (!errors.hasErrors()) {
            try {
                var person = people.register(user, form.details(), form.confirmed());
                redirect.addFlashAttribute("notice", "person.registered");
                return "redirect:/people/" + person.id();
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            } catch (PossibleDuplicatesException duplicates) {
                // Shown with links (only the organisation's own records); registering needs the box ticked.
                model.addAttribute("possibleDuplicates", duplicates.candidates());
                FormErrors.reject(errors, "confirmedNotDuplicate", "person.duplicates.confirm.required");
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    String view(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model) {
        var person = people.view(user, id);
        model.addAttribute("person", person);
        model.addAttribute("allocatedTo", person.allocatedWorker() == null ? null
                : colleagues.nameOf(user, person.allocatedWorker()).orElse(null));
        var outcomes = planning.outcomesOf(user, id);
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("outcomesById", outcomes.stream()
                .collect(Collectors.toMap(PersonalOutcome::id, Function.identity())));
        model.addAttribute("assessments", assessments.of(user, id));
        model.addAttribute("plan", supportPlanning.current(user, id).orElse(null));
        var reviews = reviewing.reviewsOf(user, id);
        Map<UUID, OutcomeReview> latest = new HashMap<>();
        reviews.forEach(review -> latest.putIfAbsent(review.outcomeId(), review));
        model.addAttribute("reviews", reviews);
        model.addAttribute("latestReviews", latest);
        reviewing.nextReviewDue(user, id).ifPresent(due -> {
            model.addAttribute("nextReviewDue", due);
            model.addAttribute("reviewOverdue", reviewing.overdue(due));
        });
        model.addAttribute("frameworks", frameworks);
        model.addAttribute("mayChange", user.hasRole(Role.CARE_MANAGER));
        model.addAttribute("mayExport", user.hasRole(Role.AUDITOR));
        // Brokers and care managers put the person's support to the market (the market module's pages).
        model.addAttribute("mayBroker", user.hasRole(Role.BROKER) || user.hasRole(Role.CARE_MANAGER));
        return "people/view";
    }

    /** One outcome and its review history: the evidence, everyone's views and any disagreement, newest first. */
    @GetMapping("/{id}/outcomes/{outcomeId}")
    @PreAuthorize(READERS)
    String outcome(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable UUID outcomeId,
                   Model model) {
        var history = reviewing.history(user, id, outcomeId);
        model.addAttribute("person", people.held(user, id));
        model.addAttribute("outcome", history.outcome());
        model.addAttribute("reviews", history.reviews());
        providerViews.into(model, user, id, outcomeId);
        model.addAttribute("frameworks", frameworks);
        model.addAttribute("mayChange", user.hasRole(Role.CARE_MANAGER));
        return "people/outcome";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITERS)
    String edit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("personForm", PersonForm.of(people.view(user, id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize(WRITERS)
    String change(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("personForm") PersonForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.keep(model, "personForm", form, errors);
        form.validate(errors, today.date());
        if (!errors.hasErrors()) {
            try {
                people.change(user, id, form.loadedVersion(), form.details());
                redirect.addFlashAttribute("notice", "person.changed");
                return "redirect:/people/" + id;
            } catch (RuleViolationException rule) {
                RULES.reject(errors, rule);
            }
        }
        return form(model, id);
    }

    @GetMapping("/{id}/contacts/new")
    @PreAuthorize(WRITERS)
    String newContact(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("person", people.view(user, id));
        model.addAttribute("contactForm", ContactForm.blank());
        return "people/contact-form";
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize(WRITERS)
    String addContact(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                      @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        FormErrors.keep(model, "contactForm", form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("person", people.view(user, id));
            return "people/contact-form";
        }
        people.addContact(user, id, form.name(), form.relationship(), Boolean.TRUE.equals(form.carer()),
                form.telephone(), form.notes());
        redirect.addFlashAttribute("notice", "person.contactAdded");
        return "redirect:/people/" + id;
    }

    @GetMapping("/{id}/death")
    @PreAuthorize(WRITERS)
    String deathForm(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("person", people.view(user, id));
        model.addAttribute("deathForm", DeathForm.blank());
        return "people/death-form";
    }

    @PostMapping("/{id}/death")
    @PreAuthorize(WRITERS)
    String recordDeath(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                       @ModelAttribute("deathForm") DeathForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        FormErrors.keep(model, "deathForm", form, errors);
        var date = new DateParts(form.deathDay(), form.deathMonth(), form.deathYear()).toDate();
        if (date.isEmpty()) {
            FormErrors.reject(errors, "deathDay", "person.dateOfDeath.invalid");
        } else {
            try {
                people.recordDeath(user, id, date.get());
                redirect.addFlashAttribute("notice", "person.deathRecorded");
                return "redirect:/people/" + id;
            } catch (RuleViolationException rule) {
                FormErrors.reject(errors, "deathDay", rule.code());
            }
        }
        model.addAttribute("person", people.view(user, id));
        return "people/death-form";
    }

    private static String form(Model model, UUID id) {
        model.addAttribute("languages", Language.values());
        model.addAttribute("personId", id);
        return "people/form";
    }
}
