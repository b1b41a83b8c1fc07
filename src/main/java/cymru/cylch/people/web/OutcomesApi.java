package cymru.cylch.people.web;

import cymru.cylch.outcomes.StatementKind;
import cymru.cylch.people.OutcomePlanning;
import cymru.cylch.people.OutcomeReviewing;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PersonalOutcome;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiReadProblems;
import cymru.cylch.platform.web.ApiWriteProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * A person's personal outcomes for case management systems: read by those who may read the record, agreed by
 * care managers, under the same rules, walls and audit as the pages ({@link OutcomePlanning}).
 */
@RestController
@RequestMapping("/api/v1/people/{personId}/outcomes")
@Tag(name = "Personal outcomes")
class OutcomesApi {

    private final PersonManagement people;
    private final OutcomePlanning planning;
    private final OutcomeReviewing reviewing;

    OutcomesApi(PersonManagement people, OutcomePlanning planning, OutcomeReviewing reviewing) {
        this.people = people;
        this.planning = planning;
        this.reviewing = reviewing;
    }

    /** An agreed outcome: the person's words, the framework domain's key, and how the helper read the words. */
    record OutcomeView(UUID id, String statement, String domain, @Nullable String indicator,
                       @Nullable String baseline, @Nullable LocalDate targetDate, @Nullable String contributors,
                       boolean genuine, boolean realistic, StatementKind statementKind, LocalDate agreedOn) {
        static OutcomeView of(PersonalOutcome o) {
            return new OutcomeView(o.id(), o.statement(), o.domain(), o.indicator(), o.baseline(), o.targetDate(),
                    o.contributors(), o.genuine(), o.realistic(), o.statementKind(), o.agreedOn());
        }
    }

    @GetMapping
    @PreAuthorize(PeoplePages.READERS)
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The outcomes")
    @Operation(summary = "The person's outcomes, oldest first; audited as a view of the record")
    List<OutcomeView> list(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId) {
        people.view(user, personId);
        return planning.outcomesOf(user, personId).stream().map(OutcomeView::of).toList();
    }

    @GetMapping("/{outcomeId}")
    @PreAuthorize(PeoplePages.READERS)
    @ApiReadProblems
    @ApiResponse(responseCode = "200", description = "The outcome")
    @Operation(summary = "One of the person's outcomes; audited as a view of its review history")
    OutcomeView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                    @PathVariable UUID outcomeId) {
        return OutcomeView.of(reviewing.history(user, personId, outcomeId).outcome());
    }

    @PostMapping
    @PreAuthorize(PeoplePages.WRITERS)
    @ApiWriteProblems
    @ApiResponse(responseCode = "201", description = "Agreed; Location is the outcome's address")
    @Operation(summary = "Agree an outcome with the person (care managers); 201 with the outcome and its Location",
            description = "The domain must be one of the organisation's nation's framework (422 "
                    + "outcome.domain.unknown). When the outcome helper reads the words as an output, a process or "
                    + "an input, the outcome is refused (422 outcome.confirm.OUTPUT, ...) unless confirmedAsOutcome "
                    + "is true. Not for a person who has died (422 outcome.personDied). Send an Idempotency-Key "
                    + "header to retry safely.")
    ResponseEntity<OutcomeView> agree(@AuthenticationPrincipal CylchUser user, @PathVariable UUID personId,
                                      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                              examples = @ExampleObject(name = "outcome",
                                                      value = OutcomeRequest.EXAMPLE)))
                                      @Valid @RequestBody OutcomeRequest request) {
        PersonalOutcome outcome = planning.agree(user, personId, request.agreement(), request.confirmed());
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/outcomes/" + outcome.id()))
                .body(OutcomeView.of(outcome));
    }
}
