package cymru.cylch.people.web;

import cymru.cylch.people.FundingCase;
import cymru.cylch.people.FundingDecision;
import cymru.cylch.people.FundingDecisions;
import cymru.cylch.people.FundingRuling;
import cymru.cylch.people.FundingVerdict;
import cymru.cylch.people.PlannedSupport;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.MultiLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funding decisions for finance systems and team managers' tools: the requests waiting, one request with the plan
 * asked for, and the decision, under the same rules as the page (never by the one who asked; reasons always).
 */
@RestController
@RequestMapping("/api/v1/funding-requests")
@PreAuthorize(FundingPages.DECIDERS)
@Tag(name = "Funding decisions")
class FundingApi {

    private final FundingDecisions funding;

    FundingApi(FundingDecisions funding) {
        this.funding = funding;
    }

    /** A request as other systems see it, with its decision once there is one. */
    record RequestView(UUID id, UUID personId, String personReference, int revision, LocalDate effectiveFrom,
                       BigDecimal indicativeWeeklyBudget, BigDecimal plannedWeeklyCost, BigDecimal overBudget,
                       BigDecimal marginPercent, Instant requestedAt, @Nullable UUID requestedBy,
                       @Nullable String reason, List<PlannedSupport> support, @Nullable DecisionView decision) {
        static RequestView of(FundingCase c) {
            var r = c.request();
            FundingDecision decision = c.decision();
            return new RequestView(r.id(), r.personId(), c.person().reference(), r.revision(),
                    c.draft().effectiveFrom(), r.indicativeWeeklyBudget(), r.plannedWeeklyCost(), r.overBudget(),
                    r.marginPercent(), r.requestedAt(), r.requestedBy(), c.draft().reason(), c.draft().support(),
                    decision == null ? null : DecisionView.of(decision));
        }
    }

    record DecisionView(FundingVerdict verdict, @Nullable BigDecimal approvedWeeklyAmount, @Nullable String reasons,
                        @Nullable UUID planId, @Nullable UUID decidedBy, Instant decidedAt) {
        static DecisionView of(FundingDecision d) {
            return new DecisionView(d.verdict(), d.approvedWeeklyAmount(), d.reasons(), d.planId(), d.decidedBy(),
                    d.decidedAt());
        }
    }

    /** A decision: APPROVED, APPROVED_WITH_CHANGES (with the weekly amount agreed) or REFUSED, with reasons. */
    record DecisionBody(@NotNull FundingVerdict verdict,
                        @Digits(integer = 17, fraction = 2) @Nullable BigDecimal approvedWeeklyAmount,
                        @MultiLineText @Size(max = 2000) @Nullable String reasons) {
    }

    @GetMapping
    @Operation(summary = "Requests waiting for a funding decision in the caller's organisation, oldest first")
    List<RequestView> waiting(@AuthenticationPrincipal CylchUser user) {
        return funding.waiting(user).stream().map(RequestView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with the plan revision asked for and its decision, if any; audited. 404 unless "
            + "the caller's organisation holds it")
    RequestView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return RequestView.of(funding.open(user, id));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decide on a request. Approving makes the revision take effect. 422 with rule "
            + "funding.ownRequest for the one who asked, funding.alreadyDecided, funding.reasons.missing, "
            + "funding.amount.* for the amount. Send an Idempotency-Key header to retry safely.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "approved with changes", value = """
                            {"verdict": "APPROVED_WITH_CHANGES", "approvedWeeklyAmount": 520.00,
                             "reasons": "Agreed for 12 weeks at £520; review the night support with the family"}"""),
                    @ExampleObject(name = "refused", value = """
                            {"verdict": "REFUSED", "reasons": "A day service would meet the same outcome for less"}""")
            })))
    DecisionView decide(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id,
                        @Valid @RequestBody DecisionBody body) {
        return DecisionView.of(funding.decide(user, id,
                new FundingRuling(body.verdict(), body.approvedWeeklyAmount(), body.reasons())));
    }
}
