package cymru.cylch.market.web;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.market.Accreditation;
import cymru.cylch.market.Brokerage;
import cymru.cylch.market.NewProposal;
import cymru.cylch.market.NewSupportRequest;
import cymru.cylch.market.OutcomeApproach;
import cymru.cylch.market.ProposalId;
import cymru.cylch.market.RequestedOutcome;
import cymru.cylch.market.SupportRequest;
import cymru.cylch.market.SupportRequestId;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.people.Arrangement;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.Person;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PersonNames;
import cymru.cylch.people.SupportPlan;
import cymru.cylch.people.SupportPlanning;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Brokerage in the pages. A council's brokers and care managers put a person's support to the market from their
 * plan, score the proposals with the person, and award one or find none acceptable; its commissioners read the
 * requests and the unmet list. A provider's users and administrators see the requests it was offered, without who
 * the person is, and its users propose.
 */
@Controller
class SupportRequestPages {

    /**
     * A council's brokers, care managers and commissioners read its requests; a provider's users and administrators
     * read those sent to it, as they read the people it supports.
     */
    static final String READERS = "hasAnyRole('COMMISSIONER', 'BROKER', 'CARE_MANAGER')"
            + " or hasAnyRole('PROVIDER_USER', 'ADMINISTRATOR')"
            + " and principal.organisation().organisationKind() == 'PROVIDER'";
    static final String BROKERS = "hasAnyRole('BROKER', 'CARE_MANAGER')";
    /** A provider's users do its work and propose, as they bid; its administrators manage its users and read. */
    static final String PROPOSERS = "hasRole('PROVIDER_USER')";
    /** Proposals close at this time on the closing day, UK time. */
    static final LocalTime CLOSING_TIME = LocalTime.of(17, 0);
    /** A new request closes this many days after today unless the worker chooses otherwise. */
    static final int USUAL_DAYS_OPEN = 5;

    private static final RuleFields REQUEST_RULES = RuleFields.firstField("service")
            .field("brokerage.request.start", "startDay")
            .field("brokerage.hours", "weeklyHours")
            .field("brokerage.request.budgetNegative", "weeklyBudget")
            .field("brokerage.request.outcomes", "outcomes")
            .field("brokerage.request.closes", "closesDay")
            .field("brokerage.weights", "qualityWeight");
    private static final RuleFields PROPOSAL_RULES = RuleFields.firstField("approaches[0]")
            .field("brokerage.proposal.priceNegative", "weeklyPrice")
            .field("brokerage.hours", "weeklyHours")
            .field("brokerage.proposal.start", "startDay");

    /** The rule a decision breaks when another worker has decided the request first. */
    private static final String DECIDED = "brokerage.decided";

    /** The rules a proposal breaks once the page shows no proposal form, so no field to put the message by. */
    private static final Set<String> PROPOSAL_FORM_GONE = Set.of("brokerage.proposal.already",
            "brokerage.proposal.closed");

    /**
     * The worker's decision forms on a request's page, by model name, and where each shows a broken rule: beside the
     * field it is about, else its first field.
     */
    private static final Map<String, RuleFields> DECISION_FIELDS = Map.of(
            "scoreForm", RuleFields.firstField("scored").field("brokerage.score", "quality"),
            "awardForm", RuleFields.firstField("chosen").field("brokerage.award.reason", "awardReason"),
            "unmetForm", RuleFields.firstField("unmetReason"),
            "offerAgainForm", RuleFields.firstField("closesDay"),
            "withdrawForm", RuleFields.firstField("withdrawReason"));

    private final Brokerage brokerage;
    private final PersonManagement people;
    private final SupportPlanning plans;
    private final OutcomePlanning outcomes;
    private final PersonNames names;
    private final CareServices services;
    private final OrganisationDirectory directory;
    private final Today today;

    SupportRequestPages(Brokerage brokerage, PersonManagement people, SupportPlanning plans, OutcomePlanning outcomes,
                        PersonNames names, CareServices services, OrganisationDirectory directory, Today today) {
        this.brokerage = brokerage;
        this.people = people;
        this.plans = plans;
        this.outcomes = outcomes;
        this.names = names;
        this.services = services;
        this.directory = directory;
        this.today = today;
    }

    // --- Lists -------------------------------------------------------------------------------------------------

    @GetMapping("/support-requests")
    @PreAuthorize(READERS)
    String list(@AuthenticationPrincipal CylchUser user, Model model) {
        if (Accreditation.actsForProvider(user)) {
            model.addAttribute("offered", brokerage.offeredTo(user));
            return "market/offered-requests";
        }
        List<SupportRequest> all = brokerage.ofCouncil(user);
        model.addAttribute("requests", all);
        model.addAttribute("counts", brokerage.proposalCounts(user));
        model.addAttribute("names", names.of(user, all.stream().map(SupportRequest::person).toList(),
                "support requests"));
        model.addAttribute("now", today.now());
        return "market/requests";
    }

    @GetMapping("/support-requests/unmet")
    @PreAuthorize("hasAnyRole('COMMISSIONER', 'BROKER', 'CARE_MANAGER')")
    String unmet(@AuthenticationPrincipal CylchUser user, Model model) {
        List<SupportRequest> unmet = brokerage.unmet(user);
        model.addAttribute("requests", unmet);
        model.addAttribute("names", names.of(user, unmet.stream().map(SupportRequest::person).toList(),
                "unmet support requests"));
        model.addAttribute("today", today.date());
        return "market/unmet";
    }

    // --- Putting support to the market -------------------------------------------------------------------------

    @GetMapping("/people/{personId}/support-requests/new")
    @PreAuthorize(BROKERS)
    String newRequest(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId, Model model) {
        Person person = people.held(user, personId);
        var plan = plans.current(user, personId);
        LocalDate day = today.date();
        plan.ifPresent(p -> model.addAttribute("supportRequestForm", SupportRequestForm.from(person, p,
                outcomes.outcomesOf(user, personId), day.plusWeeks(1), day.plusDays(USUAL_DAYS_OPEN))));
        return requestPage(user, person, plan.orElse(null), model);
    }

    @PostMapping("/people/{personId}/support-requests")
    @PreAuthorize(BROKERS)
    String request(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                   @Valid @ModelAttribute("supportRequestForm") SupportRequestForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        Person person = people.held(user, personId);
        FormErrors.keep(model, "supportRequestForm", form, errors);
        form.validate(errors);
        LocalDate start = form.start();
        LocalDate closes = form.closes();
        BigDecimal hours = form.hours();
        BigDecimal budget = form.budget();
        String service = form.service();
        if (!errors.hasErrors() && start != null && closes != null && hours != null && budget != null
                && service != null) {
            try {
                SupportRequest made = brokerage.request(user, new NewSupportRequest(PersonId.of(personId), service,
                        start, hours, Money.of(budget), Boolean.TRUE.equals(form.welsh()), form.communicationNeeds(),
                        Objects.requireNonNull(form.outcomes()).stream().map(OutcomeId::of).toList(),
                        closingTime(closes), form.weights()));
                redirect.addFlashAttribute("notice", made.status().name().equals("UNMET")
                        ? "brokerage.notice.noneEligible" : "brokerage.notice.offered");
                return "redirect:/support-requests/" + made.id();
            } catch (RuleViolationException rule) {
                REQUEST_RULES.reject(errors, rule);
            }
        }
        return requestPage(user, person, plans.current(user, personId).orElse(null), model);
    }

    private String requestPage(CylchUser user, Person person, @Nullable SupportPlan plan, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("plan", plan);
        model.addAttribute("selfDirected", plan != null && plan.arrangement() != Arrangement.COUNCIL_ARRANGED);
        model.addAttribute("agreed", outcomes.outcomesOf(user, person.id()));
        model.addAttribute("services", services.codes());
        model.addAttribute("earlier", brokerage.ofPerson(user, PersonId.of(person.id())));
        model.addAttribute("now", today.now());
        return "market/request-form";
    }

    static Instant closingTime(LocalDate day) {
        return day.atTime(CLOSING_TIME).atZone(Today.ZONE).toInstant();
    }

    // --- One request -------------------------------------------------------------------------------------------

    @GetMapping("/support-requests/{requestId}")
    @PreAuthorize(READERS)
    String request(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId, Model model) {
        if (Accreditation.actsForProvider(user)) {
            var offered = brokerage.offered(user, SupportRequestId.of(requestId));
            model.addAttribute("proposalForm", ProposalForm.blank(offered));
            return offeredPage(user, requestId, model);
        }
        for (String form : DECISION_FIELDS.keySet()) {
            model.addAttribute(form, DecisionForm.blank());
        }
        return decisionPage(user, requestId, model);
    }

    private String offeredPage(CylchUser user, UUID requestId, Model model) {
        model.addAttribute("offered", brokerage.offered(user, SupportRequestId.of(requestId)));
        model.addAttribute("mayPropose", Brokerage.proposes(user));
        model.addAttribute("now", today.now());
        return "market/offered-request";
    }

    private String decisionPage(CylchUser user, UUID requestId, Model model) {
        var decision = brokerage.decision(user, SupportRequestId.of(requestId));
        model.addAttribute("decision", decision);
        model.addAttribute("names", names.of(user, List.of(decision.request().person()), "a support request"));
        List<OrganisationId> named = new ArrayList<>(decision.offeredTo());
        decision.proposals().forEach(w -> named.add(w.proposal().provider()));
        model.addAttribute("providers", directory.byIds(named));
        model.addAttribute("now", today.now());
        model.addAttribute("today", today.date());
        model.addAttribute("mayDecide", Brokerage.brokers(user));
        return "market/request";
    }

    @PostMapping("/support-requests/{requestId}/proposal")
    @PreAuthorize(PROPOSERS)
    String propose(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId,
                   @Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        var offered = brokerage.offered(user, SupportRequestId.of(requestId));
        FormErrors.keep(model, "proposalForm", form, errors);
        form.validate(errors, offered.outcomes().size());
        BigDecimal price = form.price();
        BigDecimal hours = form.hours();
        LocalDate start = form.start();
        if (!errors.hasErrors() && price != null && hours != null && start != null) {
            List<String> typed = Objects.requireNonNull(form.approaches());
            List<OutcomeApproach> approaches = new ArrayList<>();
            List<RequestedOutcome> asked = offered.outcomes();
            for (int i = 0; i < asked.size(); i++) {
                approaches.add(new OutcomeApproach(asked.get(i).outcome(), typed.get(i)));
            }
            try {
                brokerage.propose(user, SupportRequestId.of(requestId), new NewProposal(approaches, Money.of(price),
                        hours, start, Boolean.TRUE.equals(form.welshSpeakingStaff()), form.otherLanguages()));
                redirect.addFlashAttribute("notice", "brokerage.notice.proposed");
                return "redirect:/support-requests/" + requestId;
            } catch (RuleViolationException rule) {
                if (PROPOSAL_FORM_GONE.contains(rule.code())) {
                    // A proposal made meanwhile (a double click, another user) or the closing time passed: the page
                    // no longer shows the form, so it says why above where the form was.
                    model.addAttribute("problem", rule.code());
                } else {
                    PROPOSAL_RULES.reject(errors, rule);
                }
            }
        }
        return offeredPage(user, requestId, model);
    }

    @PostMapping("/support-requests/{requestId}/proposals/{proposalId}/withdraw")
    @PreAuthorize(PROPOSERS)
    String withdrawProposal(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId,
                            @PathVariable UUID proposalId, RedirectAttributes redirect) {
        try {
            brokerage.withdrawProposal(user, SupportRequestId.of(requestId), ProposalId.of(proposalId));
            redirect.addFlashAttribute("notice", "brokerage.notice.proposalWithdrawn");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        }
        return "redirect:/support-requests/" + requestId;
    }

    @PostMapping("/support-requests/{requestId}/scores")
    @PreAuthorize(BROKERS)
    String score(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId,
                 @Valid @ModelAttribute("scoreForm") DecisionForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        return decide(user, requestId, "scoreForm", form, errors, model, redirect, "brokerage.notice.scored", () -> {
            UUID scored = form.scored();
            Integer quality = form.quality();
            Integer outcomesScore = form.outcomes();
            if (scored == null || quality == null || outcomesScore == null) {
                throw new RuleViolationException("brokerage.score.range");
            }
            brokerage.score(user, SupportRequestId.of(requestId), ProposalId.of(scored), quality, outcomesScore);
        });
    }

    @PostMapping("/support-requests/{requestId}/award")
    @PreAuthorize(BROKERS)
    String award(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId,
                 @Valid @ModelAttribute("awardForm") DecisionForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        return decide(user, requestId, "awardForm", form, errors, model, redirect, "brokerage.notice.awarded", () -> {
            UUID chosen = form.chosen();
            if (chosen == null) {
                throw new RuleViolationException("brokerage.award.choose");
            }
            brokerage.award(user, SupportRequestId.of(requestId), ProposalId.of(chosen),
                    Objects.requireNonNullElse(form.awardReason(), ""));
        });
    }

    @PostMapping("/support-requests/{requestId}/none-acceptable")
    @PreAuthorize(BROKERS)
    String noneAcceptable(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId,
                          @Valid @ModelAttribute("unmetForm") DecisionForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        return decide(user, requestId, "unmetForm", form, errors, model, redirect, "brokerage.notice.unmet",
                () -> brokerage.noneAcceptable(user, SupportRequestId.of(requestId),
                        Objects.requireNonNullElse(form.unmetReason(), "")));
    }

    @PostMapping("/support-requests/{requestId}/offer-again")
    @PreAuthorize(BROKERS)
    String offerAgain(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId,
                      @Valid @ModelAttribute("offerAgainForm") DecisionForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        return decide(user, requestId, "offerAgainForm", form, errors, model, redirect, "brokerage.notice.offered",
                () -> {
                    LocalDate closes = form.closes();
                    if (closes == null) {
                        throw new RuleViolationException("brokerage.request.closesInvalid");
                    }
                    brokerage.offerAgain(user, SupportRequestId.of(requestId), closingTime(closes));
                });
    }

    @PostMapping("/support-requests/{requestId}/withdraw")
    @PreAuthorize(BROKERS)
    String withdraw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID requestId,
                    @Valid @ModelAttribute("withdrawForm") DecisionForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        return decide(user, requestId, "withdrawForm", form, errors, model, redirect, "brokerage.notice.withdrawn",
                () -> brokerage.withdraw(user, SupportRequestId.of(requestId),
                        Objects.requireNonNullElse(form.withdrawReason(), "")));
    }

    /**
     * Runs one of the worker's decisions from the request's page: back to the page with a notice when it is made,
     * or the page again with the broken rule beside the form's field (the other forms blank).
     */
    private String decide(CylchUser user, UUID requestId, String formName, DecisionForm form, BindingResult errors,
                          Model model, RedirectAttributes redirect, String notice, Runnable decision) {
        FormErrors.keep(model, formName, form, errors);
        if (!errors.hasErrors()) {
            try {
                decision.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/support-requests/" + requestId;
            } catch (RuleViolationException rule) {
                if (DECIDED.equals(rule.code())) {
                    // Another worker decided it meanwhile: its forms are gone, so the page says so above them.
                    model.addAttribute("problem", DECIDED);
                } else {
                    DECISION_FIELDS.get(formName).reject(errors, rule);
                }
            }
        }
        for (String other : DECISION_FIELDS.keySet()) {
            if (!model.containsAttribute(other)) {
                model.addAttribute(other, DecisionForm.blank());
            }
        }
        return decisionPage(user, requestId, model);
    }
}
