package cymru.cylch.people;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People an organisation supports but does not hold the record of (a provider under a service agreement), read
 * through the access grants in force today, part by part. Without a grant in force the person is not found,
 * and the attempt is audited as refused. Every read is audited in the reader's log and in the holder's, with the
 * grants it went through.
 */
@Service
@Transactional(readOnly = true)
public class GrantedPeople {

    private final PersonAccessGrants grants;
    private final People people;
    private final PersonalOutcomes outcomes;
    private final OutcomeReviews reviews;
    private final SupportPlans plans;
    private final AuditLog audit;
    private final Today today;

    GrantedPeople(PersonAccessGrants grants, People people, PersonalOutcomes outcomes, OutcomeReviews reviews,
                  SupportPlans plans, AuditLog audit, Today today) {
        this.grants = grants;
        this.people = people;
        this.outcomes = outcomes;
        this.reviews = reviews;
        this.plans = plans;
        this.audit = audit;
        this.today = today;
    }

    /** The grants in force today to the reader's organisation, one person at a time, soonest ending first. */
    public List<AccessGrant> inForce(CylchUser reader) {
        return grants.inForceFor(OrganisationId.of(reader.organisationId())).stream()
                .sorted(Comparator.comparing(AccessGrant::until, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** What the reader's organisation may read of the person today. */
    @Transactional
    public GrantedPerson view(CylchUser reader, UUID personId) {
        LocalDate day = today.date();
        List<AccessGrant> inForce = grants.grantsTo(OrganisationId.of(reader.organisationId()), PersonId.of(personId))
                .stream().filter(g -> g.inForceOn(day)).toList();
        if (inForce.isEmpty()) {
            audit.recordRefusal("person", personId);
            throw new RecordNotFoundException("person", personId);
        }
        Set<AccessPart> parts = EnumSet.noneOf(AccessPart.class);
        inForce.forEach(g -> parts.addAll(g.parts()));
        OrganisationId heldBy = inForce.getFirst().heldBy();
        LocalDate until = inForce.stream().anyMatch(g -> g.until() == null) ? null
                : inForce.stream().map(AccessGrant::until).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        audit.recordInEach(List.of(heldBy.value()), AuditAction.VIEWED, "person", personId,
                "through access grant: " + inForce.stream().map(AccessGrant::source).sorted()
                        .collect(Collectors.joining(", ")));
        return new GrantedPerson(PersonId.of(personId), heldBy, parts, until,
                parts.contains(AccessPart.PROFILE) ? profile(personId) : null,
                parts.contains(AccessPart.OUTCOMES) ? outcomes(personId) : List.of(),
                parts.contains(AccessPart.SUPPORT_PLAN)
                        ? plans.findByPersonIdOrderByRevisionDesc(personId).stream().findFirst().orElse(null) : null);
    }

    private GrantedPerson.Profile profile(UUID personId) {
        Person p = people.findById(personId).orElseThrow(() -> new RecordNotFoundException("person", personId));
        return new GrantedPerson.Profile(p.reference(), p.givenName(), p.familyName(), p.dateOfBirth(), p.address(),
                p.preferredLanguage(), p.communicationNeeds(), p.dateOfDeath());
    }

    private List<GrantedPerson.GrantedOutcome> outcomes(UUID personId) {
        List<OutcomeReview> all = reviews.findByPersonIdOrderByReviewedOnDescCreatedAtDesc(personId);
        return outcomes.findByPersonIdOrderByAgreedOnAscIdAsc(personId).stream()
                .map(o -> new GrantedPerson.GrantedOutcome(OutcomeId.of(o.id()), o.statement(), o.domain(),
                        o.agreedOn(), o.targetDate(), all.stream().filter(r -> r.outcomeId().equals(o.id()))
                        .map(OutcomeReview::record).toList()))
                .toList();
    }
}
