package cymru.cylch.contracts.web;

import cymru.cylch.contracts.Bid;
import cymru.cylch.contracts.BidOutcome;
import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Criterion;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.NewBid;
import cymru.cylch.contracts.Procurement;
import cymru.cylch.contracts.ProcurementId;
import cymru.cylch.contracts.ProcurementManagement;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.ProcurementStage;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Procurements for other systems: a council reads its own; a provider reads those open for bids, its own bids, and
 * submits a bid. A provider's bid is always its own organisation's, whatever the body says; another provider's bid,
 * or another council's procurement, is not found (404).
 */
@RestController
@RequestMapping("/api/v1/procurements")
@PreAuthorize(ProcurementApi.READERS)
@Tag(name = "Procurements")
class ProcurementApi {

    static final String READERS = "hasAnyRole('COMMISSIONER', 'AUDITOR', 'PROVIDER_USER')";

    private final ProcurementManagement procurements;

    ProcurementApi(ProcurementManagement procurements) {
        this.procurements = procurements;
    }

    /** A procurement as published: what bidders and other systems need. */
    record ProcurementView(UUID id, UUID buyer, String reference, String title, @Nullable String description,
                           ProcurementRoute route, CommissioningModel model, ProcurementStage stage, Instant closesAt,
                           int standstillWorkingDays, LocalDate contractStart, LocalDate contractEnd,
                           List<String> outcomes, List<Lot> lots, List<Criterion> criteria,
                           @Nullable LocalDate standstillLastDay, List<UUID> contracts) {
        static ProcurementView of(Procurement p, ProcurementStage stage) {
            var d = p.draft();
            return new ProcurementView(p.id().value(), p.heldBy().value(), d.reference(), d.title(), d.description(),
                    d.route(), d.model(), stage, d.closesAt(), d.standstillDays(), d.contractStart(), d.contractEnd(),
                    d.outcomeStatements(), d.lots(), d.criteria(), p.standstillLastDay(),
                    p.contracts().stream().map(c -> c.value()).toList());
        }
    }

    /**
     * A bid: the lot, the price, the response to each criterion by number; for the provider reading one of its own,
     * once awarded, whether it was successful ({@code outcome}) and the standstill's last day ({@code standstillEnds}).
     */
    record BidView(UUID id, UUID procurementId, UUID providerId, int lot, BigDecimal price,
                   Map<Integer, String> responses, Instant submittedAt, @Nullable UUID replaces,
                   BidOutcome.@Nullable Result outcome, @Nullable LocalDate standstillEnds) {
        static BidView of(Bid b) {
            return of(b, null);
        }

        static BidView of(Bid b, @Nullable BidOutcome outcome) {
            return new BidView(b.id(), b.procurement().value(), b.provider().value(), b.lot(), b.price().amount(),
                    b.responses(), b.submittedAt(), b.replaces(), outcome == null ? null : outcome.result(),
                    outcome == null ? null : outcome.standstillEnds());
        }
    }

    /** A bid as a provider sends it. There is no provider here: it is always the caller's organisation. */
    record BidBody(@NotNull Integer lot, @NotNull @Digits(integer = 17, fraction = 2) BigDecimal price,
                   @NotNull Map<Integer, String> responses) {
    }

    @GetMapping
    @Operation(summary = "A council's own procurements; for a provider, those open for bids")
    List<ProcurementView> list(@AuthenticationPrincipal CylchUser user) {
        List<Procurement> shown = procurements.mayBid(user) ? procurements.openForBids(user)
                : procurements.procurements(user);
        return shown.stream().map(p -> ProcurementView.of(p, procurements.stage(p))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One procurement: the council's own, or for a provider one that has been published. 404 "
            + "otherwise")
    ProcurementView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        Procurement procurement = procurements.procurement(user, ProcurementId.of(id));
        return ProcurementView.of(procurement, procurements.stage(procurement));
    }

    @GetMapping("/{id}/bids")
    @Operation(summary = "For a provider, its own current bids; for the council, every current bid once bidding has "
            + "closed (none before: bids are sealed until then)")
    List<BidView> bids(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        ProcurementId procurement = ProcurementId.of(id);
        List<Bid> bids = procurements.mayBid(user) ? procurements.ownBids(user, procurement)
                : procurements.bids(user, procurement);
        return bids.stream().map(BidView::of).toList();
    }

    @GetMapping("/{id}/bids/{bidId}")
    @PreAuthorize("hasRole('PROVIDER_USER')")
    @Operation(summary = "One of the provider's own bids, current or replaced, with, once awarded, its outcome "
            + "(AWARDED or NOT_AWARDED) and the standstill's last day. Any other bid is not found (404)")
    BidView bid(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable UUID bidId) {
        ProcurementId procurement = ProcurementId.of(id);
        return BidView.of(procurements.ownBid(user, procurement, bidId), procurements.outcome(user, procurement, bidId));
    }

    @PostMapping("/{id}/bids")
    @PreAuthorize("hasRole('PROVIDER_USER')")
    @Operation(summary = "Submit the caller's bid for a lot, replacing its current bid for that lot. 422 with rule "
            + "procurement.bid.closed after the closing time (nothing is stored), procurement.bid.price.negative, "
            + "procurement.bid.lot, procurement.bid.response.missing (part: the criterion's number)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "bid", value = """
                            {"lot": 1, "price": 412000.00,
                             "responses": {"1": "Each person's outcomes lead their support plan...",
                                           "2": "We measure what matters to people at every review..."}}""")
            })))
    BidView submit(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @Valid @RequestBody BidBody body) {
        return BidView.of(procurements.bid(user, ProcurementId.of(id),
                new NewBid(body.lot(), Money.of(body.price()), body.responses())));
    }

    @DeleteMapping("/{id}/bids/lots/{lot}")
    @PreAuthorize("hasRole('PROVIDER_USER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw the caller's current bid for a lot while bidding is open; it may bid again. 422 with "
            + "rule procurement.bid.none when it has no current bid for the lot, procurement.bid.closed after the "
            + "closing time. Another provider's bid cannot be named: the caller's own is the one withdrawn")
    void withdraw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable int lot) {
        procurements.withdrawBid(user, ProcurementId.of(id), lot);
    }
}
