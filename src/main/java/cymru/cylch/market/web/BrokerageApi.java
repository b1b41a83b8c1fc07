package cymru.cylch.market.web;

import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.market.Accreditation;
import cymru.cylch.market.AwardWeights;
import cymru.cylch.market.Brokerage;
import cymru.cylch.market.BrokerageRules;
import cymru.cylch.market.NewProposal;
import cymru.cylch.market.NewSupportRequest;
import cymru.cylch.market.OutcomeApproach;
import cymru.cylch.market.Proposal;
import cymru.cylch.market.ProposalId;
import cymru.cylch.market.RequestedOutcome;
import cymru.cylch.market.SupportRequest;
import cymru.cylch.market.SupportRequestId;
import cymru.cylch.people.OutcomeId;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Brokerage for other systems, behind the same walls as the pages: a council's brokers and care managers make
 * requests, score and award; its commissioners read; a provider reads the requests sent to it (never who the person
 * is) and proposes. Broken rules answer 422 with their code, in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/support-requests")
@Tag(name = "Brokerage")
class BrokerageApi {

    private final Brokerage brokerage;

    BrokerageApi(Brokerage brokerage) {
        this.brokerage = brokerage;
    }

    record Outcome(UUID outcomeId, String statement, String domain) {
        static Outcome of(RequestedOutcome o) {
            return new Outcome(o.outcome().value(), o.statement(), o.domain());
        }
    }

    record Weights(int quality, int outcomes, int price) {
        static Weights of(AwardWeights w) {
            return new Weights(w.quality(), w.outcomes(), w.price());
        }
    }

    /** A request as its council sees it. */
    record RequestView(UUID id, UUID personId, UUID supportPlanId, String service, String area, LocalDate start,
                       BigDecimal weeklyHours, BigDecimal weeklyBudget, boolean welsh,
                       @Nullable String communicationNeeds, List<Outcome> outcomes, Instant closesAt, Weights weights,
                       String status, @Nullable String unmetReason, @Nullable String decisionReason,
                       @Nullable UUID awardedProposalId, @Nullable UUID agreementId, Instant createdAt) {
        static RequestView of(SupportRequest r) {
            ProposalId awarded = r.awardedProposal();
            var agreement = r.agreement();
            var unmet = r.unmetReason();
            return new RequestView(r.id().value(), r.person().value(), r.supportPlan().value(), r.service(), r.area(),
                    r.start(), r.weeklyHours(), r.weeklyBudget().amount(), r.welsh(), r.communicationNeeds(),
                    r.outcomes().stream().map(Outcome::of).toList(), r.closesAt(), Weights.of(r.weights()),
                    r.status().name(), unmet == null ? null : unmet.name(), r.decisionReason(),
                    awarded == null ? null : awarded.value(), agreement == null ? null : agreement.value(),
                    r.createdAt());
        }
    }

    record Approach(@NotNull UUID outcomeId, @NotBlank @MultiLineText @Size(max = 4000) String approach) {
    }

    record ProposalView(UUID id, UUID providerId, List<Approach> approaches, BigDecimal weeklyPrice,
                        BigDecimal weeklyHours, LocalDate start, boolean welshSpeakingStaff,
                        @Nullable String otherLanguages, Instant submittedAt) {
        static @Nullable ProposalView of(@Nullable Proposal p) {
            return p == null ? null : new ProposalView(p.id().value(), p.provider().value(), p.approaches().stream()
                    .map(a -> new Approach(a.outcome().value(), a.approach())).toList(), p.weeklyPrice().amount(),
                    p.weeklyHours(), p.start(), p.welshSpeakingStaff(), p.otherLanguages(), p.submittedAt());
        }
    }

    /** A proposal weighed: the worker's scores (absent until scored), the price score and the weighted total. */
    record WeighedView(ProposalView proposal, @Nullable Integer quality, @Nullable Integer outcomes,
                       BigDecimal priceScore, @Nullable BigDecimal total) {
        static WeighedView of(BrokerageRules.Weighed w) {
            var score = w.score();
            return new WeighedView(Objects.requireNonNull(ProposalView.of(w.proposal())),
                    score == null ? null : score.quality(), score == null ? null : score.outcomes(), w.priceScore(),
                    w.total());
        }
    }

    record DecisionView(RequestView request, List<UUID> offeredTo, List<WeighedView> proposals) {
    }

    /** A request as a provider it was sent to sees it: no person, no plan, no identifier. */
    record OfferedView(UUID id, UUID councilId, String service, String area, LocalDate start, BigDecimal weeklyHours,
                       BigDecimal weeklyBudget, boolean welsh, @Nullable String communicationNeeds,
                       List<Outcome> outcomes, Instant closesAt, Weights weights, boolean takesProposals,
                       @Nullable ProposalView ownProposal, boolean awardedToYou) {
        static OfferedView of(Brokerage.Offered o) {
            return new OfferedView(o.id().value(), o.council().value(), o.service(), o.area(), o.start(),
                    o.weeklyHours(), o.weeklyBudget().amount(), o.welsh(), o.communicationNeeds(),
                    o.outcomes().stream().map(Outcome::of).toList(), o.closesAt(), Weights.of(o.weights()),
                    o.takesProposals(), ProposalView.of(o.ownProposal()), o.awardedToThem());
        }
    }

    record NewRequestBody(@NotNull UUID personId, @NotBlank @Size(max = 40) String service, @NotNull LocalDate start,
                        @NotNull @Digits(integer = 3, fraction = 2) BigDecimal weeklyHours,
                        @NotNull @Digits(integer = 17, fraction = 2) BigDecimal weeklyBudget, boolean welsh,
                        @MultiLineText @Size(max = 1000) @Nullable String communicationNeeds,
                        @NotEmpty @Size(max = 50) List<@NotNull UUID> outcomeIds, @NotNull Instant closesAt,
                        @Valid @Nullable Weights weights) {
    }

    record ProposalBody(@NotEmpty @Size(max = 50) List<@Valid @NotNull Approach> approaches,
                        @NotNull @Digits(integer = 17, fraction = 2) BigDecimal weeklyPrice,
                        @NotNull @Digits(integer = 3, fraction = 2) BigDecimal weeklyHours, @NotNull LocalDate start,
                        boolean welshSpeakingStaff, @SingleLineText @Size(max = 200) @Nullable String otherLanguages) {
    }

    record ScoreBody(int quality, int outcomes) {
    }

    record AwardBody(@NotNull UUID proposalId, @NotBlank @MultiLineText @Size(max = 2000) String reason) {
    }

    record ReasonBody(@NotBlank @MultiLineText @Size(max = 2000) String reason) {
    }

    record AwardView(UUID requestId, UUID agreementId, UUID providerId, UUID contractId, LocalDate start,
                     BigDecimal weeklyPrice, BigDecimal weeklyHours) {
        static AwardView of(SupportRequestId request, ServiceAgreement a) {
            return new AwardView(request.value(), a.id().value(), a.provider().value(), a.contract().value(),
                    a.start(), a.weeklyPrice().amount(), a.weeklyHours());
        }
    }

    @GetMapping
    @PreAuthorize(SupportRequestPages.READERS)
    @Operation(summary = "The council's support requests, newest first; for a provider, the requests sent to it, "
            + "without who the person is (OfferedView)")
    List<?> list(@AuthenticationPrincipal CylchUser user) {
        if (Accreditation.actsForProvider(user)) {
            return brokerage.offeredTo(user).stream().map(OfferedView::of).toList();
        }
        return brokerage.ofCouncil(user).stream().map(RequestView::of).toList();
    }

    @GetMapping("/unmet")
    @PreAuthorize("hasAnyRole('COMMISSIONER', 'BROKER', 'CARE_MANAGER')")
    @Operation(summary = "The council's unmet requests (no eligible provider, closed with no proposal, or none "
            + "acceptable), the longest waiting first")
    List<RequestView> unmet(@AuthenticationPrincipal CylchUser user) {
        return brokerage.unmet(user).stream().map(RequestView::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(SupportRequestPages.READERS)
    @Operation(summary = "One request: for its council with who it was sent to and the proposals weighed "
            + "(DecisionView); for a provider it was sent to, what it may see and its own proposal (OfferedView). "
            + "404 for anyone else")
    Object one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        if (Accreditation.actsForProvider(user)) {
            return OfferedView.of(brokerage.offered(user, SupportRequestId.of(id)));
        }
        var decision = brokerage.decision(user, SupportRequestId.of(id));
        return new DecisionView(RequestView.of(decision.request()),
                decision.offeredTo().stream().map(o -> o.value()).toList(),
                decision.proposals().stream().map(WeighedView::of).toList());
    }

    @PostMapping
    @PreAuthorize(SupportRequestPages.BROKERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a person's support to the market from their current care and support plan; it is sent "
            + "to every eligible provider, or goes onto the unmet list if none is. Weights default to quality 40, "
            + "outcomes 40, price 20. 422 with rule brokerage.* otherwise")
    RequestView request(@AuthenticationPrincipal CylchUser user, @Valid @RequestBody NewRequestBody body) {
        Weights weights = body.weights();
        return RequestView.of(brokerage.request(user, new NewSupportRequest(PersonId.of(body.personId()),
                body.service(), body.start(), body.weeklyHours(), Money.of(body.weeklyBudget()), body.welsh(),
                body.communicationNeeds(), body.outcomeIds().stream().map(OutcomeId::of).toList(), body.closesAt(),
                weights == null ? AwardWeights.USUAL
                        : new AwardWeights(weights.quality(), weights.outcomes(), weights.price()))));
    }

    @PostMapping("/{id}/proposals")
    @PreAuthorize(SupportRequestPages.PROPOSERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose, once, before the request closes: an approach for each of its outcomes, a weekly "
            + "price and hours, a start date and staff languages. Only a provider the request was sent to, which the "
            + "council may give new work to")
    ProposalView propose(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                         @Valid @RequestBody ProposalBody body) {
        return Objects.requireNonNull(ProposalView.of(brokerage.propose(user, SupportRequestId.of(id),
                new NewProposal(body.approaches().stream()
                        .map(a -> new OutcomeApproach(OutcomeId.of(a.outcomeId()), a.approach())).toList(),
                        Money.of(body.weeklyPrice()), body.weeklyHours(), body.start(), body.welshSpeakingStaff(),
                        body.otherLanguages()))));
    }

    @DeleteMapping("/{id}/proposals/{proposalId}")
    @PreAuthorize(SupportRequestPages.PROPOSERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw the provider's own proposal while the request takes proposals; it may then propose "
            + "again. Its own proposal withdrawn already is refused (422); another provider's, or any other, is not "
            + "found (404)")
    void withdrawProposal(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                          @PathVariable UUID proposalId) {
        brokerage.withdrawProposal(user, SupportRequestId.of(id), ProposalId.of(proposalId));
    }

    @PostMapping("/{id}/proposals/{proposalId}/scores")
    @PreAuthorize(SupportRequestPages.BROKERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Score a proposal for quality and outcomes, each 0 to 10; the latest score counts")
    void score(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable UUID proposalId,
               @Valid @RequestBody ScoreBody body) {
        brokerage.score(user, SupportRequestId.of(id), ProposalId.of(proposalId), body.quality(), body.outcomes());
    }

    @PostMapping("/{id}/award")
    @PreAuthorize(SupportRequestPages.BROKERS)
    @Operation(summary = "Award the request to one of its proposals, with why: starts the service agreement under "
            + "the contract that covers the service in the area, and opens the person's record to the provider")
    AwardView award(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                    @Valid @RequestBody AwardBody body) {
        return AwardView.of(SupportRequestId.of(id), brokerage.award(user, SupportRequestId.of(id),
                ProposalId.of(body.proposalId()), body.reason()));
    }

    @PostMapping("/{id}/none-acceptable")
    @PreAuthorize(SupportRequestPages.BROKERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "No proposal is acceptable: the request goes onto the unmet list, with why")
    void noneAcceptable(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                        @Valid @RequestBody ReasonBody body) {
        brokerage.noneAcceptable(user, SupportRequestId.of(id), body.reason());
    }
}
