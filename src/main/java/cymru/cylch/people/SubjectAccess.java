package cymru.cylch.people;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.security.CylchUser;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a subject access export of one person; the export itself is audited. */
@Service
@Transactional
public class SubjectAccess {

    private final PersonManagement people;
    private final Assessments assessments;
    private final PersonalOutcomes outcomes;
    private final OutcomeReviews reviews;
    private final AuditLog audit;
    private final Clock clock;

    SubjectAccess(PersonManagement people, Assessments assessments, PersonalOutcomes outcomes, OutcomeReviews reviews,
                  AuditLog audit, Clock clock) {
        this.people = people;
        this.assessments = assessments;
        this.outcomes = outcomes;
        this.reviews = reviews;
        this.audit = audit;
        this.clock = clock;
    }

    public SubjectAccessExport export(CylchUser actor, UUID personId) {
        Person person = people.held(actor, personId);
        var allReviews = reviews.findByPersonIdOrderByReviewedOnDescCreatedAtDesc(personId);
        var exportedOutcomes = outcomes.findByPersonIdOrderByAgreedOnAscIdAsc(personId).stream()
                .map(o -> new SubjectAccessExport.Outcome(o.id(), new OutcomeAgreement(o.statement(), o.domain(),
                        o.indicator(), o.baseline(), o.targetDate(), o.contributors(), o.genuine(), o.realistic()),
                        o.agreedOn(), allReviews.stream().filter(r -> r.outcomeId().equals(o.id()))
                        .sorted(Comparator.comparing(OutcomeReview::reviewedOn)).map(OutcomeReview::record).toList()))
                .toList();
        // The export is recorded first, so it appears in its own list of accesses.
        audit.record(AuditAction.EXPORTED, "person", personId, "subject access request");
        List<SubjectAccessExport.Access> accesses = audit.everythingAbout(person.heldBy(), "person",
                        personId.toString()).stream()
                .map(e -> new SubjectAccessExport.Access(e.occurredAt(), e.actorUsername(), e.action().name(),
                        e.channel().name()))
                .toList();
        return new SubjectAccessExport(clock.instant(), person.details(), person.reference(), person.dateOfDeath(),
                person.contacts().stream().map(c -> new SubjectAccessExport.Contact(c.name(), c.relationship(),
                        c.carer(), c.telephone(), c.notes())).toList(),
                assessments.findByPersonIdOrderByHeldOnDescIdDesc(personId).stream()
                        .map(Assessment::conversation).toList(),
                exportedOutcomes, accesses);
    }
}
