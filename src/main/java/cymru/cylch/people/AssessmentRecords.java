package cymru.cylch.people;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording and reading assessment conversations. Nothing recorded is changed afterwards. */
@Service
@Transactional
public class AssessmentRecords {

    private final PersonManagement people;
    private final Assessments assessments;
    private final AuditLog audit;
    private final Clock clock;
    private final Today today;

    AssessmentRecords(PersonManagement people, Assessments assessments, AuditLog audit, Clock clock, Today today) {
        this.people = people;
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    public Assessment record(CylchUser actor, UUID personId, Conversation conversation) {
        Person person = people.held(actor, personId);
        DateBounds.assessment(conversation.heldOn(), person.dateOfBirth(), today.date())
                .ifPresent(problem -> {
                    throw new RuleViolationException(problem);
                });
        Assessment assessment = new Assessment(UUID.randomUUID(), person, conversation, actor.userId(),
                clock.instant());
        assessments.saveAndFlush(assessment);
        audit.record(AuditAction.CREATED, "assessment", assessment.id());
        return assessment;
    }

    @Transactional(readOnly = true)
    public List<Assessment> of(CylchUser actor, UUID personId) {
        people.held(actor, personId);
        return assessments.findByPersonIdOrderByHeldOnDescIdDesc(personId);
    }

    /** One conversation, its reading audited. */
    public Assessment view(CylchUser actor, UUID personId, UUID assessmentId) {
        people.held(actor, personId);
        Assessment assessment = assessments.findByIdAndPersonId(assessmentId, personId).orElseThrow(() -> {
            audit.recordRefusal("assessment", assessmentId);
            return new RecordNotFoundException("assessment", assessmentId);
        });
        audit.record(AuditAction.VIEWED, "assessment", assessmentId);
        return assessment;
    }
}
