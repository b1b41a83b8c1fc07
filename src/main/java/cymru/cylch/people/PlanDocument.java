package cymru.cylch.people;

import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.documents.PdfDocuments;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's support plan as a PDF in their preferred language (not the language of whoever prints it): what
 * matters to them, their outcomes and how they are going, how support is arranged and who contributes what,
 * and when the plan will next be reviewed. Printing it is recorded as an export of the person's record.
 */
@Service
@Transactional
public class PlanDocument {

    private final PersonManagement people;
    private final SupportPlans plans;
    private final PersonalOutcomes outcomes;
    private final OutcomeReviews reviews;
    private final Assessments assessments;
    private final OutcomeReviewing reviewing;
    private final ResourceAllocationScheme scheme;
    private final OutcomeFrameworks frameworks;
    private final PdfDocuments pdf;
    private final AuditLog audit;
    private final Today today;

    PlanDocument(PersonManagement people, SupportPlans plans, PersonalOutcomes outcomes, OutcomeReviews reviews,
                 Assessments assessments, OutcomeReviewing reviewing, ResourceAllocationScheme scheme,
                 OutcomeFrameworks frameworks, PdfDocuments pdf, AuditLog audit, Today today) {
        this.people = people;
        this.plans = plans;
        this.outcomes = outcomes;
        this.reviews = reviews;
        this.assessments = assessments;
        this.reviewing = reviewing;
        this.scheme = scheme;
        this.frameworks = frameworks;
        this.pdf = pdf;
        this.audit = audit;
        this.today = today;
    }

    public PrintedDocument print(CylchUser actor, UUID personId) {
        Person person = people.held(actor, personId);
        SupportPlan plan = plans.findFirstByPersonIdOrderByRevisionDesc(personId)
                .orElseThrow(() -> new RecordNotFoundException("support-plan", personId));
        String language = person.preferredLanguage() == Language.CY ? "cy" : "en";
        Map<UUID, OutcomeReview> latest = new HashMap<>();
        reviews.findByPersonIdOrderByReviewedOnDescCreatedAtDesc(personId)
                .forEach(r -> latest.putIfAbsent(r.outcomeId(), r));
        Map<String, Object> model = new HashMap<>();
        model.put("person", person);
        model.put("plan", plan);
        model.put("scheme", scheme);
        model.put("language", language);
        model.put("frameworks", frameworks);
        model.put("outcomes", outcomes.findByPersonIdOrderByAgreedOnAscIdAsc(personId));
        model.put("latestReviews", latest);
        assessments.findByPersonIdOrderByHeldOnDescIdDesc(personId).stream().findFirst()
                .ifPresent(a -> model.put("conversation", a.conversation()));
        reviewing.nextReviewDue(actor, personId).ifPresent(due -> model.put("nextReviewDue", due));
        model.put("printedOn", today.date());
        byte[] content = pdf.render("people/plan-document", Locale.of(language), model);
        audit.record(AuditAction.EXPORTED, "person", personId, "support plan PDF");
        return new PrintedDocument("support-plan-" + person.reference() + "-" + plan.revision() + ".pdf", content);
    }
}
