package cymru.cylch.people.web;

import cymru.cylch.people.AccessGrant;
import cymru.cylch.people.AccessPart;
import cymru.cylch.people.GrantedPeople;
import cymru.cylch.people.GrantedPerson;
import cymru.cylch.people.ReviewRecord;
import cymru.cylch.people.SupportPlan;
import cymru.cylch.platform.security.CylchUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    private final GrantedPeople granted;

    GrantedPeopleApi(GrantedPeople granted) {
        this.granted = granted;
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
}
