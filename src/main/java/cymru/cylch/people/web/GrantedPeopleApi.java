package cymru.cylch.people.web;

import cymru.cylch.people.AccessGrant;
import cymru.cylch.people.AccessPart;
import cymru.cylch.people.GrantedPeople;
import cymru.cylch.people.GrantedPerson;
import cymru.cylch.people.ProviderView;
import cymru.cylch.people.Rating;
import cymru.cylch.people.ReviewRecord;
import cymru.cylch.people.SupportPlan;
import cymru.cylch.people.SupportedPeople;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiReadProblems;
import cymru.cylch.platform.web.ApiWriteProblems;
import cymru.cylch.platform.web.MultiLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * People the caller's organisation supports but does not hold the record of (a provider under a service
 * agreement), through the access grants in force today: only the parts granted. Every read is audited in the
 * caller's and the holder's logs.
 */
@RestController
@RequestMapping("/api/v1/granted-people")
@PreAuthorize(GrantedPeopleApi.READERS)
@Tag(name = "People supported through an access grant")
class GrantedPeopleApi {

    static final String READERS = "hasAnyRole('PROVIDER_USER', 'CARE_MANAGER')";

    static final String PROVIDER_USERS = "hasRole('PROVIDER_USER')";

    private final GrantedPeople granted;
    private final SupportedPeople supported;

    GrantedPeopleApi(GrantedPeople granted, SupportedPeople supported) {
        this.granted = granted;
        this.supported = supported;
    }

    /** One grant in force: whose record, which parts, for which days, and why. */
    record GrantView(UUID personId, Set<AccessPart> parts, LocalDate from, @Nullable LocalDate until, String source) {
        static GrantView of(AccessGrant g) {
            return new GrantView(g.person().value(), g.parts(), g.from(), g.until(), g.source());
        }
    }

    /** An outcome with its reviews, latest first. */
    record OutcomeView(UUID id, String statement, String domain, LocalDate agreedOn, @Nullable LocalDate targetDate,
                       List<ReviewRecord> reviews) {
        static OutcomeView of(GrantedPerson.GrantedOutcome o) {
            return new OutcomeView(o.id().value(), o.statement(), o.domain(), o.agreedOn(), o.targetDate(),
                    o.reviews());
        }
    }

    /** What the caller may read of the person: absent parts were not granted. */
    record GrantedPersonView(UUID id, Set<AccessPart> parts, @Nullable LocalDate until,
                             GrantedPerson.@Nullable Profile profile, List<OutcomeView> outcomes,
                             @Nullable PlanView plan) {
    }

    /** A provider's view of progress on an outcome it works to. */
    record ProviderViewView(UUID id, UUID outcomeId, Rating rating, String seen, Instant recordedAt) {
        static ProviderViewView of(ProviderView v) {
            return new ProviderViewView(v.id(), v.outcome().value(), v.rating(), v.seen(), v.recordedAt());
        }
    }

    /** The provider's view of progress: the rating it would give and what it saw. */
    record ProviderViewRequest(@NotNull @Nullable Rating rating,
                               @MultiLineText @NotBlank @Size(max = SupportedPeople.LONGEST_SEEN) String seen) {
        static final String EXAMPLE = """
                {"rating": "PARTLY_ACHIEVED",
                 "seen": "Walked to the shop with support twice this week; wants to try the bus next."}""";
    }

    @GetMapping
    @Operation(summary = "The access grants in force today to the caller's organisation")
    List<GrantView> inForce(@AuthenticationPrincipal CylchUser user) {
        return granted.inForce(user).stream().map(GrantView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "What the caller's organisation may read of one person today",
            description = "Only the granted parts; 404 when no grant is in force today.")
    GrantedPersonView one(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        GrantedPerson person = granted.view(user, id);
        SupportPlan plan = person.plan();
        return new GrantedPersonView(person.id().value(), person.parts(), person.until(), person.profile(),
                person.outcomes().stream().map(OutcomeView::of).toList(),
                plan == null ? null : PlanView.of(plan));
    }

    @GetMapping("/{id}/provider-views")
    @PreAuthorize(PROVIDER_USERS)
    @ApiReadProblems
    @Operation(summary = "The caller's own views of progress on the person's outcomes, newest first",
            description = "404 unless a grant of the person's record is in force today; views are shown only while "
                    + "the person's outcomes are granted.")
    List<ProviderViewView> views(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return supported.person(user, id).views().stream().map(ProviderViewView::of).toList();
    }

    @PostMapping("/{id}/outcomes/{outcomeId}/provider-views")
    @PreAuthorize(PROVIDER_USERS)
    @ApiWriteProblems
    @ApiResponse(responseCode = "201", description = "Recorded; Location is the caller's views of the person")
    @Operation(summary = "Record the provider's view of progress on an outcome it works to (provider users)",
            description = "404 unless the person's outcomes are granted to the caller's organisation today and one "
                    + "of its service agreements in force today works to the outcome. The council holding the "
                    + "person sees the view when it reviews the outcome; nobody else does.")
    ResponseEntity<ProviderViewView> recordView(
            @AuthenticationPrincipal CylchUser user, @PathVariable UUID id, @PathVariable UUID outcomeId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "providerView", value = ProviderViewRequest.EXAMPLE)))
            @Valid @RequestBody ProviderViewRequest request) {
        Rating rating = Objects.requireNonNull(request.rating());
        ProviderView view = supported.recordView(user, id, outcomeId, rating, request.seen());
        return ResponseEntity.created(URI.create("/api/v1/granted-people/" + id + "/provider-views"))
                .body(ProviderViewView.of(view));
    }
}
