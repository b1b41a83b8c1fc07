package cymru.cylch.people;

import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.documents.PdfDocuments;
import cymru.cylch.platform.security.CylchUser;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a subject access export of one person, as JSON or PDF; the export itself is audited. */
@Service
@Transactional
public class SubjectAccess {

    private final PersonManagement people;
    private final Assessments assessments;
    private final PersonalOutcomes outcomes;
    private final OutcomeReviews reviews;
    private final SupportPlans plans;
    private final AuditLog audit;
    private final PdfDocuments pdf;
    private final OutcomeFrameworks frameworks;
    private final Clock clock;
    private final List<PersonalDataContributor> contributors;

    SubjectAccess(PersonManagement people, Assessments assessments, PersonalOutcomes outcomes, OutcomeReviews reviews,
                  SupportPlans plans, AuditLog audit, PdfDocuments pdf, OutcomeFrameworks frameworks, Clock clock,
                  List<PersonalDataContributor> contributors) {
        this.people = people;
        this.assessments = assessments;
        this.outcomes = outcomes;
        this.reviews = reviews;
        this.plans = plans;
        this.audit = audit;
        this.pdf = pdf;
        this.frameworks = frameworks;
        this.clock = clock;
        this.contributors = contributors;
    }

    /**
     * The same export as a PDF for the person to read, in their preferred language, with the domain names of
     * the frameworks spelt out.
     */
    public PrintedDocument print(CylchUser actor, UUID personId) {
        SubjectAccessExport export = export(actor, personId);
        String language = export.person().preferredLanguage() == Language.CY ? "cy" : "en";
        byte[] content = pdf.render("people/subject-access-document", Locale.of(language),
                Map.of("export", export, "language", language, "frameworks", frameworks));
        return new PrintedDocument("subject-access-" + export.reference() + ".pdf", content);
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
                exportedOutcomes, plans.findByPersonIdOrderByRevisionDesc(personId).reversed().stream()
                        .map(SubjectAccess::exported).toList(),
                accesses, contributors.stream().map(c -> c.sectionAbout(PersonId.of(personId))).toList());
    }

    private static SubjectAccessExport.Plan exported(SupportPlan p) {
        return new SubjectAccessExport.Plan(p.revision(), p.effectiveFrom(), p.arrangement(), p.allocationScheme(),
                p.allocationPoints(), p.indicativeWeeklyBudget(), p.contributions(), p.needs(), p.support(),
                p.reason(), p.revisedAtReview(), p.createdAt());
    }
}
