package cymru.cylch.market;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.contracts.NewServiceAgreement;
import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.contracts.ServiceAgreementManagement;
import cymru.cylch.people.Arrangement;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.Person;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PersonalOutcome;
import cymru.cylch.people.SupportPlan;
import cymru.cylch.people.SupportPlanId;
import cymru.cylch.people.SupportPlanning;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brokerage of one person's support. A council's brokers and care managers put a support request to the market
 * from the person's care and support plan; the providers eligible then ({@link BrokerageRules#eligible}) are offered
 * it; each proposes once before it closes; the worker and the person score the proposals and award one, which
 * starts a service agreement under the contract that covers it, or find none acceptable, which leaves the request
 * on the unmet list its commissioners see. A provider sees only the requests it was offered, never who the person
 * is, and only its own proposals; anyone else is told the request does not exist, and the attempt is audited.
 */
@Service
@Transactional
public class Brokerage {

    private static final String RECORD = "support-request";

    private final SupportRequests requests;
    private final Accreditation accreditation;
    private final Listings listings;
    private final ContractManagement contracts;
    private final ServiceAgreementManagement agreements;
    private final PersonManagement people;
    private final SupportPlanning plans;
    private final OutcomePlanning outcomes;
    private final CareServices services;
    private final AuditLog audit;
    private final Today today;

    Brokerage(SupportRequests requests, Accreditation accreditation, Listings listings, ContractManagement contracts,
              ServiceAgreementManagement agreements, PersonManagement people, SupportPlanning plans,
              OutcomePlanning outcomes, CareServices services, AuditLog audit, Today today) {
        this.requests = requests;
        this.accreditation = accreditation;
        this.listings = listings;
        this.contracts = contracts;
        this.agreements = agreements;
        this.people = people;
        this.plans = plans;
        this.outcomes = outcomes;
        this.services = services;
        this.audit = audit;
        this.today = today;
    }

    /** A request as a provider offered it sees it: what it needs to propose, and nothing that says who. */
    public record Offered(SupportRequestId id, OrganisationId council, String service, String area,
                          LocalDate start, BigDecimal weeklyHours,
                          Money weeklyBudget, boolean welsh,
                          @Nullable String communicationNeeds, List<RequestedOutcome> outcomes, Instant closesAt,
                          AwardWeights weights, boolean takesProposals, @Nullable Proposal ownProposal,
                          boolean awardedToThem) {
    }

    /** What a council's worker sees of a request: it, who was offered it, and the proposals weighed. */
    public record Decision(SupportRequest request, List<OrganisationId> offeredTo,
                           List<BrokerageRules.Weighed> proposals) {
    }

    /** Whether the user puts people's support to the market and awards it: a council's brokers and care managers. */
    public static boolean brokers(CylchUser user) {
        return Accreditation.council(user) && (user.hasRole(Role.BROKER) || user.hasRole(Role.CARE_MANAGER));
    }

    /** Whether the user reads their council's requests: its brokers, care managers and commissioners. */
    public static boolean readsRequests(CylchUser user) {
        return brokers(user) || Accreditation.council(user) && user.hasRole(Role.COMMISSIONER);
    }

    /** Whether the user proposes for a provider: its users; its administrators manage its users and only read. */
    public static boolean proposes(CylchUser user) {
        return Accreditation.actsForProvider(user) && user.hasRole(Role.PROVIDER_USER);
    }

    // --- The council's side ------------------------------------------------------------------------------------

    /**
     * Puts the person's support to the market from their current care and support plan and offers it to every
     * eligible provider. With none eligible, the request goes straight onto the unmet list. A person whose plan is
     * a direct payment or an individual service fund arranges their own support and is not put to the market.
     */
    public SupportRequest request(CylchUser worker, NewSupportRequest wanted) {
        requireBroker(worker);
        Person person = people.held(worker, wanted.person().value());
        if (person.died()) {
            throw new RuleViolationException("brokerage.request.died");
        }
        SupportPlan plan = plans.current(worker, person.id())
                .orElseThrow(() -> new RuleViolationException("brokerage.request.noPlan"));
        if (plan.arrangement() != Arrangement.COUNCIL_ARRANGED) {
            throw new RuleViolationException("brokerage.request.selfDirected");
        }
        if (!services.exists(wanted.service())) {
            throw new RuleViolationException("brokerage.request.service");
        }
        String area = person.address().areaCode();
        if (area == null) {
            throw new RuleViolationException("brokerage.request.noArea");
        }
        Map<OutcomeId, PersonalOutcome> agreed = outcomes.outcomesOf(worker, person.id()).stream()
                .collect(Collectors.toMap(o -> OutcomeId.of(o.id()), Function.identity()));
        Instant now = today.now();
        BrokerageRules.checkRequest(wanted, now, today.date(), agreed.keySet());
        if (requests.openFor(wanted.person(), wanted.service())) {
            throw new RuleViolationException("brokerage.request.alreadyOpen");
        }
        OrganisationId council = OrganisationId.of(worker.organisationId());
        List<OrganisationId> eligible = eligible(council, wanted.service(), area, wanted.weeklyHours(),
                wanted.welsh());
        var request = new SupportRequest(SupportRequestId.of(UUID.randomUUID()), council, wanted.person(),
                SupportPlanId.of(plan.id()), wanted.service(), area, wanted.start(), wanted.weeklyHours(),
                wanted.weeklyBudget(), wanted.welsh(), blankToNull(wanted.communicationNeeds()),
                wanted.outcomes().stream().map(agreed::get)
                        .map(o -> new RequestedOutcome(OutcomeId.of(o.id()), o.statement(), o.domain())).toList(),
                wanted.closesAt().truncatedTo(ChronoUnit.SECONDS), wanted.weights(),
                eligible.isEmpty() ? RequestStatus.UNMET : RequestStatus.OPEN,
                eligible.isEmpty() ? UnmetReason.NO_ELIGIBLE_PROVIDER : null, now, null, null, null, null);
        requests.insert(request, worker.userId());
        requests.offer(request.id(), eligible, now);
        audit.recordInEach(organisationsOf(council, eligible), AuditAction.CREATED, RECORD, request.id(),
                "offered to " + eligible.size() + " providers");
        return request;
    }

    /** The providers the council could offer a request to now. */
    @Transactional(readOnly = true)
    public List<OrganisationId> eligible(OrganisationId council, String service, String area,
                                         BigDecimal weeklyHours, boolean welsh) {
        return BrokerageRules.eligible(service, area, weeklyHours, welsh,
                accreditation.providersForNewWork(council), contracts.providersCovering(council, service, area),
                listings.publishedFor(council));
    }

    /** The council's requests, newest first, with how many proposals each has. */
    @Transactional(readOnly = true)
    public List<SupportRequest> ofCouncil(CylchUser reader) {
        requireReader(reader);
        return requests.heldBy(OrganisationId.of(reader.organisationId()));
    }

    @Transactional(readOnly = true)
    public Map<SupportRequestId, Integer> proposalCounts(CylchUser reader) {
        requireReader(reader);
        return requests.proposalCounts(OrganisationId.of(reader.organisationId()));
    }

    /** The person's requests, newest first. */
    @Transactional(readOnly = true)
    public List<SupportRequest> ofPerson(CylchUser reader, PersonId person) {
        requireReader(reader);
        people.held(reader, person.value());
        return requests.ofPerson(OrganisationId.of(reader.organisationId()), person);
    }

    /** The council's unmet requests, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<SupportRequest> unmet(CylchUser reader) {
        requireReader(reader);
        return requests.unmet(OrganisationId.of(reader.organisationId()), today.now());
    }

    /** The request with who it was offered to and its proposals weighed, for the council holding it. */
    @Transactional(readOnly = true)
    public Decision decision(CylchUser reader, SupportRequestId id) {
        requireReader(reader);
        SupportRequest request = held(reader, id);
        return new Decision(request, requests.offeredTo(id),
                BrokerageRules.weigh(requests.proposals(id), requests.scores(id), request.weights()));
    }

    /** Records the worker's scores of a proposal; the latest counts, earlier ones are kept. */
    public void score(CylchUser worker, SupportRequestId id, ProposalId proposal, int quality, int outcomesScore) {
        SupportRequest request = openForDecision(worker, id);
        requireProposalOf(request, proposal);
        requests.score(proposal, BrokerageRules.checkScore(quality, outcomesScore), today.now(), worker.userId());
    }

    /**
     * Awards the request to a proposal, with why it was chosen: starts the service agreement (the person, the
     * provider, the contract that covers the service in the area, the proposal's start, weekly price and hours, and
     * the request's outcomes) and links it to the plan. All or nothing: if the agreement cannot start, the request
     * stays open.
     */
    public ServiceAgreement award(CylchUser worker, SupportRequestId id, ProposalId chosen, String reason) {
        SupportRequest request = openForDecision(worker, id);
        if (request.takesProposals(today.now())) {
            throw new RuleViolationException("brokerage.stillOpen");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("brokerage.award.reason");
        }
        Proposal proposal = requireProposalOf(request, chosen);
        if (!accreditation.mayTakeNewWork(request.heldBy(), proposal.provider())) {
            throw new RuleViolationException("brokerage.award.noNewWork");
        }
        ContractId contract = contracts.contractFor(request.heldBy(), proposal.provider(), request.service(),
                request.area()).orElseThrow(() -> new RuleViolationException("brokerage.award.noContract"));
        ServiceAgreement agreement = agreements.start(worker, new NewServiceAgreement(request.person(),
                proposal.provider(), contract, request.service(), request.supportPlan(), proposal.start(), null,
                proposal.weeklyPrice(), proposal.weeklyHours(),
                request.outcomes().stream().map(RequestedOutcome::outcome).toList(), RECORD + "/" + request.id()));
        if (!requests.award(id, chosen, reason.strip(), agreement.id(), today.now(), worker.userId())) {
            throw new RuleViolationException("brokerage.decided");
        }
        audit.recordInEach(List.of(request.heldBy().value(), proposal.provider().value()), AuditAction.CHANGED,
                RECORD, id, "awarded to proposal " + chosen);
        return agreement;
    }

    /** No proposal is acceptable: the request goes onto the unmet list, with why. */
    public void noneAcceptable(CylchUser worker, SupportRequestId id, String reason) {
        SupportRequest request = openForDecision(worker, id);
        if (request.takesProposals(today.now())) {
            throw new RuleViolationException("brokerage.stillOpen");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("brokerage.unmet.reason");
        }
        if (!requests.markUnmet(request.id(), UnmetReason.NO_ACCEPTABLE_PROPOSAL, reason.strip(), today.now(),
                worker.userId())) {
            throw new RuleViolationException("brokerage.decided");
        }
        audit.record(AuditAction.CHANGED, RECORD, id, "none acceptable");
    }

    /**
     * Offers an unmet request again, or an open one that closed with no proposal, to every provider eligible now,
     * until a new closing time. Those offered before stay offered.
     */
    public SupportRequest offerAgain(CylchUser worker, SupportRequestId id, Instant closesAt) {
        SupportRequest request = lockedForDecision(worker, id);
        Instant now = today.now();
        boolean unanswered = request.awaitsDecision(now) && requests.proposals(id).isEmpty();
        if (request.status() != RequestStatus.UNMET && !unanswered) {
            throw new RuleViolationException("brokerage.offerAgain.notUnmet");
        }
        BrokerageRules.checkClosing(closesAt, now);
        List<OrganisationId> eligible = eligible(request.heldBy(), request.service(), request.area(),
                request.weeklyHours(), request.welsh());
        if (eligible.isEmpty()) {
            throw new RuleViolationException("brokerage.offerAgain.noneEligible");
        }
        requests.reopen(id, closesAt.truncatedTo(ChronoUnit.SECONDS));
        requests.offer(id, eligible, now);
        audit.recordInEach(organisationsOf(request.heldBy(), eligible), AuditAction.CHANGED, RECORD, id,
                "offered again to " + eligible.size() + " providers");
        return requests.find(id).orElseThrow();
    }

    /** The person no longer needs it: the request is withdrawn, with why. */
    public void withdraw(CylchUser worker, SupportRequestId id, String reason) {
        lockedForDecision(worker, id);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("brokerage.withdraw.reason");
        }
        requests.withdraw(id, reason.strip(), today.now(), worker.userId());
        audit.record(AuditAction.CHANGED, RECORD, id, "withdrawn");
    }

    // --- The provider's side -----------------------------------------------------------------------------------

    /** The requests the provider was offered, latest closing first, as it may see them. */
    @Transactional(readOnly = true)
    public List<Offered> offeredTo(CylchUser member) {
        Accreditation.requireProvider(member);
        OrganisationId provider = OrganisationId.of(member.organisationId());
        Map<SupportRequestId, Proposal> own = requests.proposalsBy(provider);
        return requests.offeredToProvider(provider).stream().map(r -> offered(r, own.get(r.id()))).toList();
    }

    /** One request the provider was offered; not found for any other. The reading is audited. */
    public Offered offered(CylchUser member, SupportRequestId id) {
        Accreditation.requireProvider(member);
        SupportRequest request = offeredRequest(member, id);
        audit.record(AuditAction.VIEWED, RECORD, id, null);
        return offered(request, requests.proposalOf(id, OrganisationId.of(member.organisationId())).orElse(null));
    }

    /**
     * The provider proposes, once, before the request closes, while the council may give it new work. Its proposals
     * and withdrawals on the request are made one at a time ({@link SupportRequests#lockProposalsOf}).
     */
    public Proposal propose(CylchUser member, SupportRequestId id, NewProposal wanted) {
        requireProposer(member);
        SupportRequest request = offeredRequest(member, id);
        OrganisationId provider = OrganisationId.of(member.organisationId());
        requests.lockProposalsOf(id, provider);
        BrokerageRules.checkProposal(request, wanted, today.now(), today.date());
        if (!accreditation.mayTakeNewWork(request.heldBy(), provider)) {
            throw new RuleViolationException("brokerage.proposal.noNewWork");
        }
        if (requests.proposalOf(id, provider).isPresent()) {
            throw new RuleViolationException("brokerage.proposal.already");
        }
        var proposal = new Proposal(ProposalId.of(UUID.randomUUID()), id, provider, wanted.approaches().stream()
                .map(a -> new OutcomeApproach(a.outcome(), a.approach().strip())).toList(), wanted.weeklyPrice(),
                wanted.weeklyHours(), wanted.start(), wanted.welshSpeakingStaff(),
                blankToNull(wanted.otherLanguages()), today.now());
        requests.insertProposal(proposal, requests.lastProposalOf(id, provider).orElse(null), member.userId());
        audit.recordInEach(List.of(request.heldBy().value(), provider.value()), AuditAction.CREATED, "proposal",
                proposal.id(), "for " + RECORD + " " + id);
        return proposal;
    }

    /**
     * The provider withdraws its proposal while the request takes proposals, and may then propose again. Its own
     * proposal withdrawn already is refused as such; any other proposal, or one of another provider's, is not found.
     */
    public void withdrawProposal(CylchUser member, SupportRequestId id, ProposalId proposal) {
        requireProposer(member);
        SupportRequest request = offeredRequest(member, id);
        OrganisationId provider = OrganisationId.of(member.organisationId());
        requests.lockProposalsOf(id, provider);
        if (requests.proposalOf(id, provider).filter(own -> own.id().equals(proposal)).isEmpty()) {
            if (requests.withdrawn(id, provider, proposal)) {
                throw new RuleViolationException("brokerage.proposal.alreadyWithdrawn");
            }
            throw refused("proposal", proposal);
        }
        if (!request.takesProposals(today.now())) {
            throw new RuleViolationException("brokerage.proposal.withdrawClosed");
        }
        requests.withdrawProposal(proposal, today.now(), member.userId());
        audit.recordInEach(List.of(request.heldBy().value(), provider.value()), AuditAction.CHANGED, "proposal",
                proposal, "withdrawn from " + RECORD + " " + id);
    }

    // -----------------------------------------------------------------------------------------------------------

    private Offered offered(SupportRequest r, @Nullable Proposal own) {
        Instant now = today.now();
        boolean awardedToThem = own != null && own.id().equals(r.awardedProposal());
        return new Offered(r.id(), r.heldBy(), r.service(), r.area(), r.start(), r.weeklyHours(), r.weeklyBudget(),
                r.welsh(), r.communicationNeeds(), r.outcomes(), r.closesAt(), r.weights(), r.takesProposals(now),
                own, awardedToThem);
    }

    private SupportRequest offeredRequest(CylchUser member, SupportRequestId id) {
        OrganisationId provider = OrganisationId.of(member.organisationId());
        return requests.find(id).filter(r -> requests.offered(id, provider)).orElseThrow(() -> refused(id));
    }

    /**
     * The council's request for one of the worker's decisions, its row locked until the decision commits, and not
     * yet awarded or withdrawn: of two decisions made at once, the second waits and then sees the first's outcome.
     */
    private SupportRequest lockedForDecision(CylchUser worker, SupportRequestId id) {
        requireBroker(worker);
        SupportRequest request = requests.lockHeld(id, OrganisationId.of(worker.organisationId()))
                .orElseThrow(() -> refused(id));
        if (request.status() == RequestStatus.AWARDED || request.status() == RequestStatus.WITHDRAWN) {
            throw new RuleViolationException("brokerage.decided");
        }
        return request;
    }

    /** As {@link #lockedForDecision}, for a decision only an open request takes. */
    private SupportRequest openForDecision(CylchUser worker, SupportRequestId id) {
        SupportRequest request = lockedForDecision(worker, id);
        if (request.status() != RequestStatus.OPEN) {
            throw new RuleViolationException("brokerage.decided");
        }
        return request;
    }

    private SupportRequest held(CylchUser reader, SupportRequestId id) {
        return requests.find(id).filter(r -> r.heldBy().value().equals(reader.organisationId()))
                .orElseThrow(() -> refused(id));
    }

    private Proposal requireProposalOf(SupportRequest request, ProposalId id) {
        return requests.proposals(request.id()).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new RuleViolationException("brokerage.proposal.notThisRequests"));
    }

    private RecordNotFoundException refused(SupportRequestId id) {
        return refused(RECORD, id);
    }

    private RecordNotFoundException refused(String record, Object id) {
        audit.recordRefusal(record, id);
        return new RecordNotFoundException(record, id);
    }

    private static List<UUID> organisationsOf(OrganisationId council, List<OrganisationId> providers) {
        List<UUID> all = new ArrayList<>(List.of(council.value()));
        providers.forEach(p -> all.add(p.value()));
        return all;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireBroker(CylchUser user) {
        if (!brokers(user)) {
            throw new AccessDeniedException("only a council's brokers and care managers broker support");
        }
    }

    private static void requireProposer(CylchUser user) {
        if (!proposes(user)) {
            throw new AccessDeniedException("only a provider's own users propose");
        }
    }

    private static void requireReader(CylchUser user) {
        if (!readsRequests(user)) {
            throw new AccessDeniedException("only a council's brokers, care managers and commissioners read requests");
        }
    }
}
