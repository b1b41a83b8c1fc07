package cymru.cylch.contracts.web;

import cymru.cylch.contracts.AwardDecision;
import cymru.cylch.contracts.Bid;
import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.CriterionKind;
import cymru.cylch.contracts.EvaluationScore;
import cymru.cylch.contracts.Procurement;
import cymru.cylch.contracts.ProcurementId;
import cymru.cylch.contracts.ProcurementManagement;
import cymru.cylch.contracts.ProcurementManagement.Moderation;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.ProcurementStage;
import cymru.cylch.contracts.ProcurementStatus;
import cymru.cylch.contracts.Standstill;
import cymru.cylch.contracts.WeightedScoring.RankedBid;
import cymru.cylch.organisations.Colleagues.Colleague;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.RuleFields;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A council's procurements: the list, drafting one, and one procurement at its stage with the actions of that stage
 * as forms (publish; score and moderate after closing; award; withdraw the award in its standstill; conclude after
 * it). Evaluators score on a page of their own, seeing only their own scores; the moderator sees them all.
 */
@Controller
@RequestMapping("/procurements")
@PreAuthorize(ProcurementPages.READERS)
class ProcurementPages {

    static final String COMMISSIONERS = "hasRole('COMMISSIONER')";
    /** Who reads the council's procurements: its commissioners, who run them, and its auditors. */
    static final String READERS = "hasAnyRole('COMMISSIONER', 'AUDITOR')";

    private static final RuleFields DRAFT_RULES = RuleFields.firstField("reference")
            .field("procurement.reference", "reference")
            .field("procurement.title", "title")
            .field("procurement.route", "route")
            .field("procurement.lots", "lots0.title")
            .fieldOfPart("procurement.lots.title", part -> "lots[" + index(part) + "].title")
            .fieldOfPart("procurement.lots.numbers", part -> "lots[" + index(part) + "].title")
            .field("procurement.criteria", "criteria")
            .field("procurement.weights", "criteria")
            .fieldOfPart("procurement.criteria.title", part -> "criteria[" + index(part) + "].title")
            .fieldOfPart("procurement.criteria.weight", part -> "criteria[" + index(part) + "].weight")
            .fieldOfPart("procurement.criteria.priceTooHeavy", part -> "criteria[" + index(part) + "].weight")
            .field("procurement.closing", "closesDay")
            .field("procurement.standstill", "standstillDays")
            .field("procurement.evaluators", "evaluators")
            .field("procurement.moderator", "moderator")
            .field("procurement.contract", "endDay")
            .field("procurement.outcomes", "outcomes")
            .field("procurement.outcomeShare", "outcomeSharePercent");

    private final ProcurementManagement procurements;
    private final Today today;

    ProcurementPages(ProcurementManagement procurements, Today today) {
        this.procurements = procurements;
        this.today = today;
    }

    private static int index(String part) {
        try {
            return Math.max(0, Integer.parseInt(part) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal CylchUser user, Model model) {
        List<Procurement> all = procurements.procurements(user);
        Map<ProcurementId, ProcurementStage> stages = new HashMap<>();
        all.forEach(p -> stages.put(p.id(), procurements.stage(p)));
        model.addAttribute("procurements", all);
        model.addAttribute("stages", stages);
        model.addAttribute("mayRun", procurements.mayRun(user));
        return "contracts/procurements/list";
    }

    @GetMapping("/new")
    @PreAuthorize(COMMISSIONERS)
    String newProcurement(@AuthenticationPrincipal CylchUser user, Model model) {
        model.addAttribute("procurementForm", ProcurementForm.blank(procurements.rules().leastStandstillDays()));
        return draftPage(user, null, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(COMMISSIONERS)
    String changeDraftForm(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model,
                           RedirectAttributes redirect) {
        Procurement procurement = procurements.procurement(user, ProcurementId.of(id));
        if (procurement.status() != ProcurementStatus.DRAFT) {
            redirect.addFlashAttribute("problem", "procurement.change.notDraft");
            return "redirect:/procurements/" + id;
        }
        model.addAttribute("procurementForm", ProcurementForm.of(procurement.draft()));
        return draftPage(user, procurement.id(), model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(COMMISSIONERS)
    String changeDraft(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                       @Valid @ModelAttribute("procurementForm") ProcurementForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        ProcurementId procurementId = ProcurementId.of(id);
        FormErrors.keep(model, "procurementForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                procurements.changeDraft(user, procurementId, form.draft());
                redirect.addFlashAttribute("notice", "procurement.draftChanged");
                return "redirect:/procurements/" + id;
            } catch (RuleViolationException rule) {
                DRAFT_RULES.reject(errors, rule);
            }
        }
        return draftPage(user, procurementId, model);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(COMMISSIONERS)
    String deleteDraft(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            procurements.deleteDraft(user, ProcurementId.of(id));
            redirect.addFlashAttribute("notice", "procurement.draftDeleted");
            return "redirect:/procurements";
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
            return "redirect:/procurements/" + id;
        }
    }

    @PostMapping
    @PreAuthorize(COMMISSIONERS)
    String draft(@AuthenticationPrincipal CylchUser user, @Valid @ModelAttribute("procurementForm") ProcurementForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "procurementForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                Procurement drafted = procurements.draft(user, form.draft());
                redirect.addFlashAttribute("notice", "procurement.drafted");
                return "redirect:/procurements/" + drafted.id();
            } catch (RuleViolationException rule) {
                DRAFT_RULES.reject(errors, rule);
            }
        }
        return draftPage(user, null, model);
    }

    /** The draft form: for a new procurement, or to change the draft {@code changing}. */
    private String draftPage(CylchUser user, @Nullable ProcurementId changing, Model model) {
        model.addAttribute("formAction", changing == null ? "/procurements" : "/procurements/" + changing + "/edit");
        model.addAttribute("formTitle", changing == null ? "procurement.new.title" : "procurement.change.title");
        model.addAttribute("formCancel", changing == null ? "/procurements" : "/procurements/" + changing);
        model.addAttribute("routes", ProcurementForm.ROUTES);
        model.addAttribute("models", CommissioningModel.values());
        model.addAttribute("kinds", CriterionKind.values());
        model.addAttribute("commissioners", procurements.commissioners(user));
        model.addAttribute("mostPriceWeight", procurements.rules().mostPriceWeight());
        model.addAttribute("leastStandstill", procurements.rules().leastStandstillDays());
        return "contracts/procurements/draft-form";
    }

    @GetMapping("/{id}")
    String procurement(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model) {
        return page(user, ProcurementId.of(id), model);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(COMMISSIONERS)
    String publish(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            procurements.publish(user, ProcurementId.of(id));
            redirect.addFlashAttribute("notice", "procurement.published");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        }
        return "redirect:/procurements/" + id;
    }

    @PostMapping("/{id}/award")
    @PreAuthorize(COMMISSIONERS)
    String award(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                 @Valid @ModelAttribute("awardForm") AwardForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        FormErrors.keep(model, "awardForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                procurements.award(user, ProcurementId.of(id), form.choices());
                redirect.addFlashAttribute("notice", "procurement.awarded");
                return "redirect:/procurements/" + id;
            } catch (RuleViolationException rule) {
                RuleFields.firstField("lines[0].bids")
                        .fieldOfPart("procurement.award", part -> "lines[" + Math.max(0, form.lineOf(part)) + "]"
                                + (rule.is("procurement.award.reason") ? ".reason" : ".bids"))
                        .reject(errors, rule);
            }
        }
        return page(user, ProcurementId.of(id), model);
    }

    @PostMapping("/{id}/award/withdraw")
    @PreAuthorize(COMMISSIONERS)
    String withdrawAward(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                         @Valid @ModelAttribute("withdrawalForm") WithdrawalForm form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        FormErrors.keep(model, "withdrawalForm", form, errors);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                procurements.withdrawAward(user, ProcurementId.of(id), form.reason());
                redirect.addFlashAttribute("notice", "procurement.awardWithdrawn");
                return "redirect:/procurements/" + id;
            } catch (RuleViolationException rule) {
                RuleFields.firstField("reason").reject(errors, rule);
            }
        }
        return page(user, ProcurementId.of(id), model);
    }

    @PostMapping("/{id}/conclude")
    @PreAuthorize(COMMISSIONERS)
    String conclude(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            procurements.conclude(user, ProcurementId.of(id));
            redirect.addFlashAttribute("notice", "procurement.concluded");
        } catch (RuleViolationException rule) {
            redirect.addFlashAttribute("problem", rule.code());
        }
        return "redirect:/procurements/" + id;
    }

    private String page(CylchUser user, ProcurementId id, Model model) {
        Procurement procurement = procurements.procurement(user, id);
        ProcurementStage stage = procurements.stage(procurement);
        List<Bid> bids = procurements.bids(user, id);
        Map<Integer, List<RankedBid>> ranking = procurements.ranking(user, id);
        List<AwardDecision> awards = procurements.awards(user, id);
        model.addAttribute("procurement", procurement);
        model.addAttribute("stage", stage);
        model.addAttribute("bids", bids);
        model.addAttribute("names", names(user));
        model.addAttribute("organisations", procurements.organisationsIn(List.of(procurement), bids));
        model.addAttribute("scoresGiven", stage.bidsOpened() ? procurements.scoresGiven(user, id) : Map.of());
        model.addAttribute("scoresAsked", bids.size() * procurement.draft().scoredCriteria().size());
        model.addAttribute("isEvaluator", procurement.isEvaluator(user.userId()));
        model.addAttribute("isModerator", procurement.isModerator(user.userId()));
        model.addAttribute("ranking", ranking);
        model.addAttribute("awards", awards);
        model.addAttribute("framework", procurement.draft().route() == ProcurementRoute.FRAMEWORK_AGREEMENT);
        model.addAttribute("awardedBids", bids.stream().collect(Collectors.toMap(Bid::id, b -> b)));
        model.addAttribute("standstillOver", procurement.standstillLastDay() != null
                && Standstill.over(procurement.standstillLastDay(), today.date()));
        model.addAttribute("mayRun", procurements.mayRun(user));
        if (!model.containsAttribute("awardForm")) {
            List<AwardForm.Line> lines = new ArrayList<>();
            ranking.forEach((lot, ranked) -> lines.add(new AwardForm.Line(lot, List.of(ranked.getFirst().bid().id()),
                    null)));
            model.addAttribute("awardForm", new AwardForm(lines));
        }
        if (!model.containsAttribute("withdrawalForm")) {
            model.addAttribute("withdrawalForm", new WithdrawalForm(null));
        }
        return "contracts/procurements/procurement";
    }

    private Map<UUID, String> names(CylchUser user) {
        return procurements.commissioners(user).stream()
                .collect(Collectors.toMap(Colleague::userId, Colleague::displayName));
    }

    // --- Scoring and moderation ------------------------------------------------------------------------------------

    @GetMapping("/{id}/scoring")
    @PreAuthorize(COMMISSIONERS)
    String scoring(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model) {
        ProcurementId procurementId = ProcurementId.of(id);
        List<EvaluationScore> own = procurements.ownScores(user, procurementId);
        Procurement procurement = procurements.procurement(user, procurementId);
        List<ScoringForm.Line> lines = new ArrayList<>();
        for (Bid bid : procurements.bids(user, procurementId)) {
            for (var criterion : procurement.draft().scoredCriteria()) {
                var given = own.stream().filter(s -> s.bid().equals(bid.id()) && s.criterion() == criterion.number())
                        .findFirst();
                lines.add(new ScoringForm.Line(bid.id(), criterion.number(),
                        given.map(EvaluationScore::score).orElse(null), given.map(EvaluationScore::comment).orElse(null)));
            }
        }
        model.addAttribute("scoringForm", new ScoringForm(lines));
        return scoringPage(user, procurementId, model);
    }

    @PostMapping("/{id}/scoring")
    @PreAuthorize(COMMISSIONERS)
    String score(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                 @Valid @ModelAttribute("scoringForm") ScoringForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        ProcurementId procurementId = ProcurementId.of(id);
        procurements.ownScores(user, procurementId);
        FormErrors.keep(model, "scoringForm", form, errors);
        form.validateScores(errors);
        if (!errors.hasErrors()) {
            try {
                procurements.score(user, procurementId, form.entries());
                redirect.addFlashAttribute("notice", "procurement.scored");
                return "redirect:/procurements/" + id;
            } catch (RuleViolationException rule) {
                lineRules(form).reject(errors, rule);
            }
        }
        return scoringPage(user, procurementId, model);
    }

    private String scoringPage(CylchUser user, ProcurementId id, Model model) {
        Procurement procurement = procurements.procurement(user, id);
        List<Bid> bids = procurements.bids(user, id);
        model.addAttribute("procurement", procurement);
        model.addAttribute("stage", procurements.stage(procurement));
        model.addAttribute("bidsById", bids.stream().collect(Collectors.toMap(Bid::id, b -> b)));
        model.addAttribute("organisations", procurements.organisationsIn(List.of(procurement), bids));
        return "contracts/procurements/scoring";
    }

    @GetMapping("/{id}/moderation")
    @PreAuthorize(COMMISSIONERS)
    String moderation(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, Model model) {
        Moderation moderation = procurements.moderation(user, ProcurementId.of(id));
        List<ScoringForm.Line> lines = new ArrayList<>();
        for (Bid bid : moderation.bids()) {
            for (var criterion : moderation.procurement().draft().scoredCriteria()) {
                var agreed = moderation.moderated().stream()
                        .filter(s -> s.bid().equals(bid.id()) && s.criterion() == criterion.number()).findFirst();
                lines.add(new ScoringForm.Line(bid.id(), criterion.number(), agreed.map(s -> s.score()).orElse(null),
                        agreed.map(s -> s.reason()).orElse(null)));
            }
        }
        model.addAttribute("scoringForm", new ScoringForm(lines));
        return moderationPage(user, moderation, model);
    }

    @PostMapping("/{id}/moderation")
    @PreAuthorize(COMMISSIONERS)
    String moderate(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                    @Valid @ModelAttribute("scoringForm") ScoringForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        Moderation moderation = procurements.moderation(user, ProcurementId.of(id));
        FormErrors.keep(model, "scoringForm", form, errors);
        form.validateModeration(errors);
        if (!errors.hasErrors()) {
            try {
                procurements.moderate(user, ProcurementId.of(id), form.entries());
                redirect.addFlashAttribute("notice", "procurement.moderated");
                return "redirect:/procurements/" + id;
            } catch (RuleViolationException rule) {
                lineRules(form).reject(errors, rule);
            }
        }
        return moderationPage(user, moderation, model);
    }

    private String moderationPage(CylchUser user, Moderation moderation, Model model) {
        Procurement procurement = moderation.procurement();
        model.addAttribute("procurement", procurement);
        model.addAttribute("stage", procurements.stage(procurement));
        model.addAttribute("bidsById", moderation.bids().stream().collect(Collectors.toMap(Bid::id, b -> b)));
        Map<String, List<EvaluationScore>> byLine = moderation.scores().stream()
                .collect(Collectors.groupingBy(s -> s.bid() + "/" + s.criterion()));
        model.addAttribute("evaluatorScores", byLine);
        model.addAttribute("names", names(user));
        model.addAttribute("organisations", procurements.organisationsIn(List.of(procurement), moderation.bids()));
        return "contracts/procurements/moderation";
    }

    private static RuleFields lineRules(ScoringForm form) {
        return RuleFields.firstField("lines[0].score")
                .fieldOfPart("procurement.score.comment", part -> "lines[" + Math.max(0, form.lineOf(part)) + "].comment")
                .fieldOfPart("procurement.moderation.reason",
                        part -> "lines[" + Math.max(0, form.lineOf(part)) + "].comment")
                .fieldOfPart("procurement.score", part -> "lines[" + Math.max(0, form.lineOf(part)) + "].score")
                .fieldOfPart("procurement.moderation", part -> "lines[" + Math.max(0, form.lineOf(part)) + "].score");
    }
}
