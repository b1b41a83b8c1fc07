package cymru.cylch.people.web;

import cymru.cylch.people.FundingDecisions;
import cymru.cylch.people.FundingRequest;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PlanChange;
import cymru.cylch.people.SupportPlanning;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiReadProblems;
import cymru.cylch.platform.web.ApiWriteProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's support plan for case management systems: each revision kept, read by those who may read the
 * record (each read audited as a view of it), a new revision made by care managers through
 * {@link SupportPlanning}, which checks it as the page's are checked. Kept thin: what a revision leads to is the
 * service's.
 */
@RestController
@RequestMapping("/api/v1/people/{personId}/plan")
@Tag(name = "Care and support plans")
class SupportPlanApi {

    private final PersonManagement people;
    private final SupportPlanning planning;
    private final FundingDecisions funding;

    SupportPlanApi(PersonManagement people, SupportPlanning planning, FundingDecisions funding) {
        this.people = people;
        this.planning = planning;
        this.funding = funding;
    }

    @GetMapping
    @PreAuthorize(PeoplePages.READERS)
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The latest revision")
    @Operation(summary = "The person's care and support plan as it stands (its latest revision); 404 if none yet")
    PlanView current(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId) {
        people.view(user, personId);
        return planning.current(user, personId).map(PlanView::of)
                .orElseThrow(() -> new RecordNotFoundException("support-plan", personId));
    }

    @GetMapping("/revisions")
    @PreAuthorize(PeoplePages.READERS)
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The revisions")
    @Operation(summary = "Every revision of the plan, newest first (empty if none yet)")
    List<PlanView> revisions(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId) {
        people.view(user, personId);
        return planning.history(user, personId).stream().map(PlanView::of).toList();
    }

    @GetMapping("/revisions/{revision}")
    @PreAuthorize(PeoplePages.READERS)
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The revision")
    @Operation(summary = "One revision of the plan, as it was")
    PlanView revision(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                      @PathVariable int revision) {
        people.view(user, personId);
        return PlanView.of(planning.revision(user, personId, revision));
    }

    /** A revision that costs more than its budget allows, waiting for a team manager or finance officer. */
    record AwaitingFunding(UUID fundingRequestId, int revision, BigDecimal indicativeWeeklyBudget,
                           BigDecimal plannedWeeklyCost, BigDecimal overBudget, BigDecimal marginPercent) {
        static AwaitingFunding of(FundingRequest r) {
            return new AwaitingFunding(r.id(), r.revision(), r.indicativeWeeklyBudget(), r.plannedWeeklyCost(),
                    r.overBudget(), r.marginPercent());
        }
    }

    @PostMapping("/revisions")
    @PreAuthorize(PeoplePages.WRITERS)
    @ApiWriteProblems
    @ApiResponse(responseCode = "201", description = "Made; Location is the revision's address",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @ApiResponse(responseCode = "202", description = "Saved, but over its indicative budget by more than the "
            + "council's margin: it waits for a funding decision and takes effect only if approved",
            content = @Content(schema = @Schema(implementation = AwaitingFunding.class)))
    @Operation(summary = "Make the first plan or a new revision of it (care managers); 201 with the revision and "
            + "its Location, or 202 if it waits for a funding decision",
            description = "basedOnRevision is the revision the caller started from (0 for a first plan); if "
                    + "someone revised the plan meanwhile: 422 plan.changedMeanwhile. A revision needs a reason "
                    + "(422 plan.reason.missing). Every need area of the council's resource allocation scheme "
                    + "needs a level (422 plan.need.missing, the area under part); hours a week are 0 to 168 and "
                    + "costs not negative (422 plan.support.hours / plan.support.cost, the line's index under "
                    + "part); at most 20 lines; hours and pounds have at most two decimal places (400). A plan "
                    + "costing more than its indicative budget plus the council's margin is kept as a request "
                    + "for funding (202); until it is decided or withdrawn, a new revision is refused (422 "
                    + "plan.funding.waitingAlready). Send an Idempotency-Key header to retry safely.")
    ResponseEntity<?> revise(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                             @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                     examples = @ExampleObject(name = "revision",
                                             value = PlanRevisionRequest.EXAMPLE)))
                             @Valid @RequestBody PlanRevisionRequest request) {
        return switch (planning.revise(user, personId, request.draft())) {
            case PlanChange.TookEffect took -> ResponseEntity.created(URI.create("/api/v1/people/" + personId
                    + "/plan/revisions/" + took.plan().revision())).body(PlanView.of(took.plan()));
            case PlanChange.AwaitsFunding awaits -> ResponseEntity.accepted()
                    .body(AwaitingFunding.of(awaits.request()));
        };
    }

    @GetMapping("/funding-requests")
    @PreAuthorize(PeoplePages.READERS)
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The requests, newest first")
    @Operation(summary = "Every request for funding made for the plan, newest first, each with its decision "
            + "(none while it waits)")
    List<FundingApi.RequestView> fundingRequests(@AuthenticationPrincipal CylchUser user,
                                                 @PathVariable UUID personId) {
        people.view(user, personId);
        return funding.historyOf(user, personId).stream().map(FundingApi.RequestView::of).toList();
    }

    @PostMapping("/funding-requests/withdrawal")
    @PreAuthorize(PeoplePages.WRITERS)
    @ApiWriteProblems
    @ApiResponse(responseCode = "200", description = "Withdrawn; the plan can be revised again")
    @Operation(summary = "Withdraw the revision waiting for a funding decision (care managers); 422 "
            + "funding.nothingWaiting if none is. Send an Idempotency-Key header to retry safely.")
    FundingApi.DecisionView withdraw(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId) {
        return FundingApi.DecisionView.of(funding.withdraw(user, personId, null));
    }
}
