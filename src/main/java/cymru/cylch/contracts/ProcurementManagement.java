package cymru.cylch.contracts;

import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.contracts.WeightedScoring.RankedBid;
import cymru.cylch.organisations.Colleagues;
import cymru.cylch.organisations.Colleagues.Colleague;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a procurement from draft to award. The commissioners of a council or health board draft and publish
 * procurements, award and conclude them; the evaluators named on one score its bids, each on their own until
 * moderation; its moderator agrees the scores. Providers' users see published procurements, bid for lots until the
 * closing time, and see only their own organisation's bids, ever. Anyone else is told the procurement or bid does not
 * exist, and the attempt is audited. Every step is audited.
 */
@Service
@Transactional
@EnableConfigurationProperties(ProcurementSettings.class)
public class ProcurementManagement {

    private final Procurements procurements;
    private final ContractManagement contracts;
    private final OrganisationDirectory directory;
    private final Colleagues colleagues;
    private final AuditLog audit;
    private final Today today;
    private final ProcurementRules rules;
    private final Standstill standstill;

    ProcurementManagement(Procurements procurements, ContractManagement contracts, OrganisationDirectory directory,
                          Colleagues colleagues, AuditLog audit, Today today, ProcurementSettings settings) {
        this.procurements = procurements;
        this.contracts = contracts;
        this.directory = directory;
        this.colleagues = colleagues;
        this.audit = audit;
        this.today = today;
        this.rules = settings.rules();
        this.standstill = settings.standstill();
    }

    /** The rules in force (the largest weight price may have, the shortest standstill). */
    public ProcurementRules rules() {
        return rules;
    }

    public Standstill standstill() {
        return standstill;
    }

    /** Whether the user runs procurements for the organisation they act for: a commissioner of a commissioner. */
    public boolean mayRun(CylchUser user) {
        return contracts.mayLet(user);
    }

    /** Whether the user bids for the organisation they act for: a provider's provider user. */
    public boolean mayBid(CylchUser user) {
        return user.hasRole(Role.PROVIDER_USER) && directory.find(OrganisationId.of(user.organisationId()))
                .map(o -> o.kind() == OrganisationKind.PROVIDER || o.kind() == OrganisationKind.CONSORTIUM)
                .orElse(false);
    }

    /** The commissioners of the user's organisation, who may evaluate and moderate. */
    @Transactional(readOnly = true)
    public List<Colleague> commissioners(CylchUser actor) {
        return colleagues.withRole(actor, Role.COMMISSIONER);
    }

    public Procurement draft(CylchUser actor, ProcurementDraft draft) {
        requireRunner(actor);
        OrganisationId commissioner = OrganisationId.of(actor.organisationId());
        var stripped = checked(actor, draft);
        if (procurements.referenceTaken(commissioner, stripped.reference())) {
            throw new RuleViolationException("procurement.reference.taken");
        }
        ProcurementId id = ProcurementId.of(UUID.randomUUID());
        procurements.insert(id, commissioner, stripped, today.now(), actor.userId());
        audit.record(AuditAction.CREATED, "procurement", id);
        return procurements.find(id).orElseThrow();
    }

    /** Changes a draft before it is published: every detail at once, under the same rules as drafting. */
    public Procurement changeDraft(CylchUser actor, ProcurementId id, ProcurementDraft draft) {
        requireRunner(actor);
        Procurement procurement = held(actor, id);
        if (procurement.status() != ProcurementStatus.DRAFT) {
            throw new RuleViolationException("procurement.change.notDraft");
        }
        var stripped = checked(actor, draft);
        if (procurements.referenceTakenByAnother(procurement.heldBy(), stripped.reference(), id)) {
            throw new RuleViolationException("procurement.reference.taken");
        }
        if (!procurements.replaceDraft(id, stripped, today.now(), actor.userId())) {
            throw new RuleViolationException("procurement.change.notDraft");
        }
        audit.record(AuditAction.CHANGED, "procurement", id, "draft changed");
        return procurements.find(id).orElseThrow();
    }

    /** Deletes a draft that was never published: nobody outside the council has seen it, so nothing is kept. */
    public void deleteDraft(CylchUser actor, ProcurementId id) {
        requireRunner(actor);
        Procurement procurement = held(actor, id);
        if (procurement.status() != ProcurementStatus.DRAFT || !procurements.deleteDraft(id)) {
            throw new RuleViolationException("procurement.delete.notDraft");
        }
        audit.record(AuditAction.CHANGED, "procurement", id, "draft " + procurement.draft().reference() + " deleted");
    }

    /** The draft as it will be kept, once it meets the rules: its reference, title and outcomes without edges. */
    private ProcurementDraft checked(CylchUser actor, ProcurementDraft draft) {
        rules.check(draft, today.now());
        checkPeople(actor, draft);
        return new ProcurementDraft(draft.reference().strip(), draft.title().strip(), draft.description(),
                draft.route(), draft.model(), draft.lots(), draft.criteria(), draft.closesAt(), draft.standstillDays(),
                draft.evaluators(), draft.moderator(), draft.contractStart(), draft.contractEnd(),
                draft.outcomeStatements().stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                draft.outcomeSharePercent());
    }

    /** Publishes a draft: from now its criteria and weights are fixed and providers may bid until it closes. */
    public Procurement publish(CylchUser actor, ProcurementId id) {
        requireRunner(actor);
        Procurement procurement = held(actor, id);
        if (procurement.status() != ProcurementStatus.DRAFT) {
            throw new RuleViolationException("procurement.publish.notDraft");
        }
        rules.check(procurement.draft(), today.now());
        checkPeople(actor, procurement.draft());
        if (!procurements.publish(id, today.now(), actor.userId())) {
            throw new RuleViolationException("procurement.publish.notDraft");
        }
        audit.record(AuditAction.CHANGED, "procurement", id, "published");
        return procurements.find(id).orElseThrow();
    }

    /**
     * The procurement, if the user's organisation runs it, or, for a provider, if it has been published. Anyone else
     * is told it does not exist.
     */
    @Transactional(readOnly = true)
    public Procurement procurement(CylchUser reader, ProcurementId id) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        return procurements.find(id)
                .filter(p -> p.heldBy().equals(organisation)
                        || (mayBid(reader) && p.status() != ProcurementStatus.DRAFT))
                .orElseThrow(() -> refused("procurement", id));
    }

    /** The procurements the user's organisation runs, latest first. */
    @Transactional(readOnly = true)
    public List<Procurement> procurements(CylchUser reader) {
        return procurements.heldBy(OrganisationId.of(reader.organisationId()));
    }

    /** Published procurements still open for bids, closing soonest first. */
    @Transactional(readOnly = true)
    public List<Procurement> openForBids(CylchUser reader) {
        return procurements.openAt(today.now());
    }

    /** Procurements the provider has bid in. */
    @Transactional(readOnly = true)
    public List<Procurement> bidIn(CylchUser provider) {
        return procurements.bidInBy(OrganisationId.of(provider.organisationId()));
    }

    /** The stage the procurement is at now. */
    @Transactional(readOnly = true)
    public ProcurementStage stage(Procurement procurement) {
        Instant now = today.now();
        if (procurement.status() != ProcurementStatus.PUBLISHED || !procurement.closedAt(now)) {
            return ProcurementStage.of(procurement.status(), procurement.draft().closesAt(), now, false, false);
        }
        List<Bid> bids = procurements.currentBids(procurement.id());
        boolean evaluated = evaluated(procurement, bids, procurements.scores(procurement.id()));
        boolean moderated = evaluated && moderated(procurement, bids, procurements.moderated(procurement.id()));
        return ProcurementStage.of(procurement.status(), procurement.draft().closesAt(), now, evaluated, moderated);
    }

    // --- Bids ------------------------------------------------------------------------------------------------------

    /**
     * Submits the provider's bid for a lot, replacing its current bid for that lot if it has one. The provider is
     * always the user's organisation. Refused, and nothing stored, once bidding has closed.
     */
    public Bid bid(CylchUser actor, ProcurementId id, NewBid bid) {
        requireBidder(actor);
        Procurement procurement = procurement(actor, id);
        OrganisationId provider = OrganisationId.of(actor.organisationId());
        requireOpen(procurement);
        ProcurementRules.checkBid(procurement.draft(), bid);
        UUID replaces = procurements.currentBidsOf(id, provider).stream().filter(b -> b.lot() == bid.lot())
                .map(Bid::id).findFirst().orElse(null);
        UUID bidId = UUID.randomUUID();
        Map<Integer, String> responses = new TreeMap<>();
        bid.responses().forEach((criterion, text) -> responses.put(criterion, text.strip()));
        if (!procurements.insertBid(bidId, id, procurement.heldBy(), provider, bid.lot(), bid.price(), responses,
                replaces, today.now(), actor.userId())) {
            throw new RuleViolationException("procurement.bid.closed");
        }
        audit.recordInEach(List.of(procurement.heldBy().value(), provider.value()), AuditAction.CREATED,
                "procurement-bid", bidId, "lot " + bid.lot() + (replaces == null ? "" : ", replacing " + replaces));
        return procurements.bid(id, bidId).orElseThrow();
    }

    /** Withdraws the provider's current bid for a lot, until bidding closes. */
    public void withdrawBid(CylchUser actor, ProcurementId id, int lot) {
        requireBidder(actor);
        Procurement procurement = procurement(actor, id);
        OrganisationId provider = OrganisationId.of(actor.organisationId());
        requireOpen(procurement);
        Bid current = procurements.currentBidsOf(id, provider).stream().filter(b -> b.lot() == lot).findFirst()
                .orElseThrow(() -> new RuleViolationException("procurement.bid.none"));
        UUID withdrawal = UUID.randomUUID();
        if (!procurements.insertBid(withdrawal, id, procurement.heldBy(), provider, lot, null, Map.of(), current.id(),
                today.now(), actor.userId())) {
            throw new RuleViolationException("procurement.bid.closed");
        }
        audit.recordInEach(List.of(procurement.heldBy().value(), provider.value()), AuditAction.CHANGED,
                "procurement-bid", current.id(), "withdrawn");
    }

    /** The provider's own current bids in the procurement; never another provider's. */
    @Transactional(readOnly = true)
    public List<Bid> ownBids(CylchUser actor, ProcurementId id) {
        requireBidder(actor);
        procurement(actor, id);
        return procurements.currentBidsOf(id, OrganisationId.of(actor.organisationId()));
    }

    /** One of the provider's own bids (current or replaced); any other bid does not exist for it. */
    @Transactional(readOnly = true)
    public Bid ownBid(CylchUser actor, ProcurementId id, UUID bidId) {
        requireBidder(actor);
        procurement(actor, id);
        OrganisationId provider = OrganisationId.of(actor.organisationId());
        return procurements.bid(id, bidId).filter(b -> b.provider().equals(provider))
                .orElseThrow(() -> refused("procurement-bid", bidId));
    }

    /** Every current bid, for the commissioner, once bidding has closed (bids stay sealed until then). */
    @Transactional(readOnly = true)
    public List<Bid> bids(CylchUser reader, ProcurementId id) {
        Procurement procurement = held(reader, id);
        if (!procurement.closedAt(today.now())) {
            return List.of();
        }
        return procurements.currentBids(id);
    }

    // --- Evaluation and moderation ---------------------------------------------------------------------------------

    /** The evaluator's own latest scores; an evaluator never sees another's before moderation. */
    @Transactional(readOnly = true)
    public List<EvaluationScore> ownScores(CylchUser evaluator, ProcurementId id) {
        Procurement procurement = held(evaluator, id);
        requireEvaluator(evaluator, procurement);
        return procurements.scores(id).stream().filter(s -> s.evaluator().equals(evaluator.userId())).toList();
    }

    /** Records the evaluator's scores (any number of bids and criteria at once), after closing and before moderation. */
    public void score(CylchUser evaluator, ProcurementId id, List<ScoreEntry> entries) {
        Procurement procurement = held(evaluator, id);
        requireEvaluator(evaluator, procurement);
        if (!stage(procurement).scoring()) {
            throw new RuleViolationException("procurement.score.notOpen");
        }
        List<Bid> bids = procurements.currentBids(id);
        for (ScoreEntry entry : entries) {
            checkScored(procurement, bids, entry);
            ProcurementRules.checkScore(entry);
        }
        procurements.insertScores(id, evaluator.userId(), entries, today.now());
        audit.record(AuditAction.CREATED, "procurement-score", id, entries.size() + " scores");
    }

    /** Everything the moderator needs: each bid, and every evaluator's latest score of it on each criterion. */
    public record Moderation(Procurement procurement, List<Bid> bids, List<EvaluationScore> scores,
                             List<ModeratedScore> moderated) {
    }

    /** For the moderator only: all the evaluators' scores, once every one has scored every bid. */
    @Transactional(readOnly = true)
    public Moderation moderation(CylchUser moderator, ProcurementId id) {
        Procurement procurement = held(moderator, id);
        requireModerator(moderator, procurement);
        if (!procurement.closedAt(today.now())) {
            return new Moderation(procurement, List.of(), List.of(), List.of());
        }
        return new Moderation(procurement, procurements.currentBids(id), procurements.scores(id),
                procurements.moderated(id));
    }

    /** Records the moderated scores: one for each bid on each criterion evaluators score, with reasons. */
    public void moderate(CylchUser moderator, ProcurementId id, List<ScoreEntry> entries) {
        Procurement procurement = held(moderator, id);
        requireModerator(moderator, procurement);
        ProcurementStage stage = stage(procurement);
        if (stage != ProcurementStage.EVALUATED && stage != ProcurementStage.MODERATED) {
            throw new RuleViolationException("procurement.moderation.notEvaluated");
        }
        List<Bid> bids = procurements.currentBids(id);
        Map<String, Set<Integer>> given = new HashMap<>();
        for (EvaluationScore score : procurements.scores(id)) {
            given.computeIfAbsent(score.bid() + "/" + score.criterion(), k -> new HashSet<>()).add(score.score());
        }
        Set<String> covered = new HashSet<>();
        for (ScoreEntry entry : entries) {
            checkScored(procurement, bids, entry);
            ProcurementRules.checkModeration(entry, given.getOrDefault(entry.bid() + "/" + entry.criterion(), Set.of()));
            covered.add(entry.bid() + "/" + entry.criterion());
        }
        for (Bid bid : bids) {
            for (Criterion criterion : procurement.draft().scoredCriteria()) {
                if (!covered.contains(bid.id() + "/" + criterion.number())) {
                    throw new RuleViolationException("procurement.moderation.incomplete", bid.id() + "/"
                            + criterion.number());
                }
            }
        }
        procurements.insertModerated(id, moderator.userId(), entries, today.now());
        audit.record(AuditAction.CREATED, "procurement-moderation", id, entries.size() + " scores agreed");
    }

    /** How far evaluation has come: for each evaluator, how many of the scores asked of them they have given. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> scoresGiven(CylchUser reader, ProcurementId id) {
        Procurement procurement = held(reader, id);
        Set<UUID> current = procurements.currentBids(id).stream().map(Bid::id).collect(Collectors.toSet());
        Map<UUID, Integer> given = new LinkedHashMap<>();
        procurement.draft().evaluators().forEach(e -> given.put(e, 0));
        for (EvaluationScore score : procurements.scores(id)) {
            if (current.contains(score.bid()) && given.containsKey(score.evaluator())) {
                given.merge(score.evaluator(), 1, Integer::sum);
            }
        }
        return given;
    }

    // --- Award -----------------------------------------------------------------------------------------------------

    /**
     * Each lot's bids ranked by their weighted totals on the moderated scores, for the commissioner, once moderated;
     * empty before.
     */
    @Transactional(readOnly = true)
    public Map<Integer, List<RankedBid>> ranking(CylchUser reader, ProcurementId id) {
        Procurement procurement = held(reader, id);
        ProcurementStage stage = stage(procurement);
        if (stage.ordinal() < ProcurementStage.MODERATED.ordinal()) {
            return Map.of();
        }
        return rank(procurement);
    }

    private Map<Integer, List<RankedBid>> rank(Procurement procurement) {
        Map<UUID, Map<Integer, Integer>> agreed = new HashMap<>();
        for (ModeratedScore score : procurements.moderated(procurement.id())) {
            agreed.computeIfAbsent(score.bid(), k -> new HashMap<>()).put(score.criterion(), score.score());
        }
        Map<Integer, List<Bid>> byLot = procurements.currentBids(procurement.id()).stream()
                .collect(Collectors.groupingBy(Bid::lot, TreeMap::new, Collectors.toList()));
        Map<Integer, List<RankedBid>> ranked = new TreeMap<>();
        byLot.forEach((lot, bids) -> ranked.put(lot, WeightedScoring.rank(bids, procurement.draft().criteria(), agreed)));
        return ranked;
    }

    /**
     * Records the award decision for every lot that has bids, and starts the standstill: normally the highest
     * scoring bid (for a framework agreement, one or more in rank order); any other needs a reason.
     */
    public Procurement award(CylchUser actor, ProcurementId id, List<AwardChoice> choices) {
        requireRunner(actor);
        Procurement procurement = held(actor, id);
        if (stage(procurement) != ProcurementStage.MODERATED) {
            throw new RuleViolationException("procurement.award.notModerated");
        }
        Map<Integer, List<RankedBid>> ranked = rank(procurement);
        ProcurementRules.checkAwardCovers(procurement.draft().route(), choices, ranked);
        choices.stream().collect(Collectors.groupingBy(AwardChoice::lot, TreeMap::new, Collectors.toList()))
                .forEach((lot, chosen) -> ProcurementRules.checkAward(lot, chosen, ranked.get(lot).stream()
                        .collect(Collectors.toMap(r -> r.bid().id(), RankedBid::rank))));
        var awardedOn = today.date();
        var lastDay = standstill.lastDay(awardedOn, procurement.draft().standstillDays());
        int round = procurement.awardRound() + 1;
        if (!procurements.award(id, round, choices, awardedOn, lastDay, today.now(), actor.userId())) {
            throw new OptimisticLockingFailureException("procurement " + id + " was awarded meanwhile");
        }
        audit.record(AuditAction.CHANGED, "procurement", id, "awarded (round " + round + "), standstill to " + lastDay);
        return procurements.find(id).orElseThrow();
    }

    /** Withdraws the award during its standstill, with the reason; the procurement can then be awarded again. */
    public Procurement withdrawAward(CylchUser actor, ProcurementId id, String reason) {
        requireRunner(actor);
        Procurement procurement = held(actor, id);
        if (procurement.status() != ProcurementStatus.AWARDED) {
            throw new RuleViolationException("procurement.award.notInStandstill");
        }
        if (reason.isBlank()) {
            throw new RuleViolationException("procurement.award.withdrawalReason");
        }
        if (!procurements.withdrawAward(id, procurement.awardRound(), reason, today.now(), actor.userId())) {
            throw new OptimisticLockingFailureException("procurement " + id + " changed meanwhile");
        }
        audit.record(AuditAction.CHANGED, "procurement", id, "award withdrawn: " + reason.strip());
        return procurements.find(id).orElseThrow();
    }

    /** The award decisions in force (the latest round's), by lot. */
    @Transactional(readOnly = true)
    public List<AwardDecision> awards(CylchUser reader, ProcurementId id) {
        Procurement procurement = held(reader, id);
        if (procurement.status() != ProcurementStatus.AWARDED && procurement.status() != ProcurementStatus.CONCLUDED) {
            return List.of();
        }
        return procurements.awards(id, procurement.awardRound());
    }

    /** What the provider is told of the award for one of its own bids; any other bid does not exist for it. */
    @Transactional(readOnly = true)
    public BidOutcome outcome(CylchUser actor, ProcurementId id, UUID bidId) {
        Bid bid = ownBid(actor, id, bidId);
        return outcomes(procurement(actor, id), List.of(bid)).get(bid.id());
    }

    /** What the provider is told of the award for each of its current bids, by bid. */
    @Transactional(readOnly = true)
    public Map<UUID, BidOutcome> outcomes(CylchUser actor, ProcurementId id) {
        return outcomes(procurement(actor, id), ownBids(actor, id));
    }

    /**
     * The outcome for each of a provider's bids: a bid considered in the award (a current one) is successful or not;
     * its own total and the successful bids' totals come from the moderated scores, without the successful bidders.
     */
    private Map<UUID, BidOutcome> outcomes(Procurement procurement, List<Bid> bids) {
        Map<UUID, BidOutcome> outcomes = new HashMap<>();
        ProcurementStatus status = procurement.status();
        boolean decided = status == ProcurementStatus.AWARDED || status == ProcurementStatus.CONCLUDED;
        if (!decided) {
            boolean withdrawn = status == ProcurementStatus.PUBLISHED && procurement.awardRound() > 0;
            bids.forEach(b -> outcomes.put(b.id(), withdrawn ? BidOutcome.WITHDRAWN : BidOutcome.NONE));
            return outcomes;
        }
        Set<UUID> awarded = procurements.awards(procurement.id(), procurement.awardRound()).stream()
                .map(AwardDecision::bid).collect(Collectors.toSet());
        Map<Integer, List<RankedBid>> ranked = rank(procurement);
        for (Bid bid : bids) {
            List<RankedBid> lot = ranked.getOrDefault(bid.lot(), List.of());
            var own = lot.stream().filter(r -> r.bid().id().equals(bid.id())).findFirst();
            if (own.isEmpty()) {
                outcomes.put(bid.id(), BidOutcome.NONE);
                continue;
            }
            outcomes.put(bid.id(), new BidOutcome(
                    awarded.contains(bid.id()) ? BidOutcome.Result.AWARDED : BidOutcome.Result.NOT_AWARDED,
                    procurement.standstillLastDay(), own.get().total(),
                    lot.stream().filter(r -> awarded.contains(r.bid().id())).map(RankedBid::total).toList(),
                    status == ProcurementStatus.CONCLUDED, false));
        }
        return outcomes;
    }

    /**
     * After the standstill, lets the contract: for a block contract one contract per awarded supplier with the lots
     * it won, for a framework agreement one framework with every awarded supplier and all the lots. The procurement
     * then names the contracts.
     */
    public Procurement conclude(CylchUser actor, ProcurementId id) {
        requireRunner(actor);
        Procurement procurement = held(actor, id);
        if (procurement.status() != ProcurementStatus.AWARDED || procurement.standstillLastDay() == null) {
            throw new RuleViolationException("procurement.conclude.notAwarded");
        }
        if (!Standstill.over(procurement.standstillLastDay(), today.date())) {
            throw new RuleViolationException("procurement.conclude.standstill");
        }
        Map<UUID, Bid> bids = procurements.currentBids(id).stream().collect(Collectors.toMap(Bid::id, b -> b));
        List<Bid> won = procurements.awards(id, procurement.awardRound()).stream().map(a -> bids.get(a.bid()))
                .toList();
        List<ContractId> let = new ArrayList<>();
        ProcurementDraft draft = procurement.draft();
        if (draft.route() == ProcurementRoute.FRAMEWORK_AGREEMENT) {
            let.add(letContract(actor, draft, draft.reference(), won).id());
        } else {
            Map<OrganisationId, List<Bid>> bySupplier = won.stream()
                    .collect(Collectors.groupingBy(Bid::provider, LinkedHashMap::new, Collectors.toList()));
            int n = 0;
            for (List<Bid> supplierBids : bySupplier.values()) {
                n++;
                String reference = bySupplier.size() == 1 ? draft.reference() : draft.reference() + "/" + n;
                let.add(letContract(actor, draft, reference, supplierBids).id());
            }
        }
        if (!procurements.conclude(id, let, today.now(), actor.userId())) {
            throw new OptimisticLockingFailureException("procurement " + id + " changed meanwhile");
        }
        audit.record(AuditAction.CHANGED, "procurement", id, "concluded: contracts "
                + let.stream().map(ContractId::toString).collect(Collectors.joining(", ")));
        return procurements.find(id).orElseThrow();
    }

    private Contract letContract(CylchUser actor, ProcurementDraft draft, String reference, List<Bid> won) {
        Set<Integer> lotsWon = won.stream().map(Bid::lot).collect(Collectors.toSet());
        List<Lot> lots = draft.route() == ProcurementRoute.FRAMEWORK_AGREEMENT ? draft.lots()
                : draft.lots().stream().filter(l -> lotsWon.contains(l.number())).toList();
        List<Party> parties = won.stream().map(Bid::provider).distinct().map(Party::supplier).toList();
        Money value = won.stream().map(Bid::price).reduce(Money.ZERO, Money::plus);
        long days = ChronoUnit.DAYS.between(draft.contractStart(), draft.contractEnd()) + 1;
        Money perYear = value.times(BigDecimal.valueOf(365).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP));
        var terms = new ContractTerms(draft.title(), draft.description(), draft.model(), draft.contractStart(),
                draft.contractEnd(), 0, value, value, lots, parties, List.of(), draft.outcomeStatements(), List.of(),
                new PaymentTerms(perYear, draft.outcomeSharePercent(), PaymentFrequency.MONTHLY,
                        "The prices bid in procurement " + draft.reference()), List.of());
        return contracts.let(actor, new NewContract(reference, draft.route(), null, null, terms));
    }

    /** The organisations named (the commissioner and the bidders), by id, to show their names. */
    @Transactional(readOnly = true)
    public Map<OrganisationId, ListedOrganisation> organisationsIn(List<Procurement> shown, List<Bid> bids) {
        return directory.byIds(Stream.concat(shown.stream().map(Procurement::heldBy), bids.stream().map(Bid::provider))
                .distinct().toList());
    }

    // --- Walls -----------------------------------------------------------------------------------------------------

    private Procurement held(CylchUser reader, ProcurementId id) {
        OrganisationId organisation = OrganisationId.of(reader.organisationId());
        return procurements.find(id).filter(p -> p.heldBy().equals(organisation))
                .orElseThrow(() -> refused("procurement", id));
    }

    private void requireOpen(Procurement procurement) {
        if (procurement.status() != ProcurementStatus.PUBLISHED || procurement.closedAt(today.now())) {
            throw new RuleViolationException("procurement.bid.closed");
        }
    }

    private void checkScored(Procurement procurement, List<Bid> bids, ScoreEntry entry) {
        if (bids.stream().noneMatch(b -> b.id().equals(entry.bid()))) {
            throw refused("procurement-bid", entry.bid());
        }
        if (procurement.draft().criterion(entry.criterion()).filter(c -> c.kind().scoredByEvaluators()).isEmpty()) {
            throw new RuleViolationException("procurement.score.criterion", String.valueOf(entry.criterion()));
        }
    }

    private static boolean evaluated(Procurement procurement, List<Bid> bids, List<EvaluationScore> scores) {
        if (bids.isEmpty()) {
            return false;
        }
        Set<String> given = scores.stream().map(s -> s.bid() + "/" + s.criterion() + "/" + s.evaluator())
                .collect(Collectors.toSet());
        for (Bid bid : bids) {
            for (Criterion criterion : procurement.draft().scoredCriteria()) {
                for (UUID evaluator : procurement.draft().evaluators()) {
                    if (!given.contains(bid.id() + "/" + criterion.number() + "/" + evaluator)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean moderated(Procurement procurement, List<Bid> bids, List<ModeratedScore> moderated) {
        Set<String> agreed = moderated.stream().map(s -> s.bid() + "/" + s.criterion()).collect(Collectors.toSet());
        return bids.stream().allMatch(bid -> procurement.draft().scoredCriteria().stream()
                .allMatch(c -> agreed.contains(bid.id() + "/" + c.number())));
    }

    /** Evaluators and the moderator are commissioners of the council, named on the procurement. */
    private void checkPeople(CylchUser actor, ProcurementDraft draft) {
        Set<UUID> commissioners = commissioners(actor).stream().map(Colleague::userId).collect(Collectors.toSet());
        if (!commissioners.containsAll(draft.evaluators())) {
            throw new RuleViolationException("procurement.evaluators.notCommissioners");
        }
        if (!commissioners.contains(draft.moderator())) {
            throw new RuleViolationException("procurement.moderator.notCommissioner");
        }
    }

    private RecordNotFoundException refused(String type, Object id) {
        audit.recordRefusal(type, id);
        return new RecordNotFoundException(type, id);
    }

    private void requireRunner(CylchUser actor) {
        if (!mayRun(actor)) {
            throw new AccessDeniedException("only a commissioner's commissioners run procurements");
        }
    }

    private void requireBidder(CylchUser actor) {
        if (!mayBid(actor)) {
            throw new AccessDeniedException("only providers' users bid");
        }
    }

    private static void requireEvaluator(CylchUser user, Procurement procurement) {
        if (!user.hasRole(Role.COMMISSIONER) || !procurement.isEvaluator(user.userId())) {
            throw new AccessDeniedException("only the procurement's evaluators score its bids");
        }
    }

    private static void requireModerator(CylchUser user, Procurement procurement) {
        if (!user.hasRole(Role.COMMISSIONER) || !procurement.isModerator(user.userId())) {
            throw new AccessDeniedException("only the procurement's moderator moderates");
        }
    }
}
