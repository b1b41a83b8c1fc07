package cymru.cylch.people;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.RecordNotFoundException;
import cymru.cylch.platform.web.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewing personal outcomes: each review is appended, with its evidence and everyone's views; the schedule
 * says when the next is due: from the start of the person's support plan (its first revision), or, before a plan
 * is written, from the first outcome agreed with them.
 */
@Service
@Transactional
@EnableConfigurationProperties(ReviewSchedule.class)
public class OutcomeReviewing {

    private final PersonManagement people;
    private final PersonalOutcomes outcomes;
    private final OutcomeReviews reviews;
    private final SupportPlans plans;
    private final ReviewSchedule schedule;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutcomeReviewing(PersonManagement people, PersonalOutcomes outcomes, OutcomeReviews reviews,
                     SupportPlans plans, ReviewSchedule schedule, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.outcomes = outcomes;
        this.reviews = reviews;
        this.plans = plans;
        this.schedule = schedule;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public OutcomeReview review(CylchUser actor, UUID personId, UUID outcomeId, ReviewRecord record) {
        Person person = people.held(actor, personId);
        PersonalOutcome outcome = outcome(personId, outcomeId);
        LocalDate planStarted = plans.findFirstByPersonIdOrderByRevisionAsc(personId).map(SupportPlan::effectiveFrom)
                .orElse(null);
        DateBounds.review(record.reviewedOn(), outcome.agreedOn(), planStarted, person.dateOfDeath(),
                PersonManagement.today(clock)).ifPresent(problem -> {
                    throw new RuleViolationException("reviewedDay", problem);
                });
        if (record.viewsDiffer() && (record.disagreement() == null || record.disagreement().isBlank())) {
            throw new RuleViolationException("disagreement", "review.disagreement.missing");
        }
        OutcomeReview review = new OutcomeReview(UUID.randomUUID(), outcome, person.heldBy(), record, actor.userId(),
                clock.instant());
        reviews.saveAndFlush(review);
        audit.record(AuditAction.CREATED, "outcome-review", review.id());
        events.publishEvent(new OutcomeReviewed(review.id(), outcomeId, personId, person.heldBy(), outcome.domain(),
                record.rating(), record.progressScore(), record.reviewedOn()));
        return review;
    }

    /** One of the person's outcomes, for the review form. */
    @Transactional(readOnly = true)
    public PersonalOutcome outcomeToReview(CylchUser actor, UUID personId, UUID outcomeId) {
        people.held(actor, personId);
        return outcome(personId, outcomeId);
    }

    /** All the person's reviews, newest first. */
    @Transactional(readOnly = true)
    public List<OutcomeReview> reviewsOf(CylchUser actor, UUID personId) {
        people.held(actor, personId);
        return reviews.findByPersonIdOrderByReviewedOnDescCreatedAtDesc(personId);
    }

    /** When the person's next review is due, if they have a plan or agreed outcomes and are alive. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextReviewDue(CylchUser actor, UUID personId) {
        Person person = people.held(actor, personId);
        if (person.died()) {
            return Optional.empty();
        }
        var planStart = plans.findFirstByPersonIdOrderByRevisionAsc(personId).map(SupportPlan::effectiveFrom)
                .or(() -> outcomes.findByPersonIdOrderByAgreedOnAscIdAsc(personId).stream()
                        .map(PersonalOutcome::agreedOn).findFirst());
        var latest = reviews.findByPersonIdOrderByReviewedOnDescCreatedAtDesc(personId).stream()
                .map(OutcomeReview::reviewedOn).max(Comparator.naturalOrder()).orElse(null);
        return planStart.map(start -> schedule.nextDue(start, latest));
    }

    public boolean overdue(LocalDate due) {
        return schedule.overdue(due, PersonManagement.today(clock));
    }

    private PersonalOutcome outcome(UUID personId, UUID outcomeId) {
        return outcomes.findById(outcomeId).filter(o -> o.personId().equals(personId))
                .orElseThrow(() -> {
                    audit.recordRefusal("personal-outcome", outcomeId);
                    return new RecordNotFoundException("personal-outcome", outcomeId);
                });
    }
}
