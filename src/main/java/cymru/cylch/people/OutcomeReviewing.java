package cymru.cylch.people;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewing personal outcomes: each review is appended, with its evidence and everyone's views; the schedule
 * says when the next is due (the earliest of the person's outcomes' due dates, {@link ReviewSchedule}).
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
    private final Today today;

    OutcomeReviewing(PersonManagement people, PersonalOutcomes outcomes, OutcomeReviews reviews,
                     SupportPlans plans, ReviewSchedule schedule, AuditLog audit, ApplicationEventPublisher events, Clock clock, Today today) {
        this.people = people;
        this.outcomes = outcomes;
        this.reviews = reviews;
        this.plans = plans;
        this.schedule = schedule;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.today = today;
    }

    public OutcomeReview review(CylchUser actor, UUID personId, UUID outcomeId, ReviewRecord record) {
        Person person = people.held(actor, personId);
        PersonalOutcome outcome = outcome(personId, outcomeId);
        LocalDate planStarted = plans.findFirstByPersonIdOrderByRevisionAsc(personId).map(SupportPlan::effectiveFrom)
                .orElse(null);
        DateBounds.review(record.reviewedOn(), outcome.agreedOn(), planStarted, person.dateOfDeath(),
                today.date()).ifPresent(problem -> {
                    throw new RuleViolationException(problem);
                });
        if (record.viewsDiffer() && (record.disagreement() == null || record.disagreement().isBlank())) {
            throw new RuleViolationException("review.disagreement.missing");
        }
        OutcomeReview review = new OutcomeReview(UUID.randomUUID(), outcome, person.heldBy(), record, actor.userId(),
                clock.instant());
        reviews.saveAndFlush(review);
        audit.record(AuditAction.CREATED, "outcome-review", review.id());
        events.publishEvent(review.reviewed(outcome));
        return review;
    }

    /** One of the person's outcomes, for the review form. */
    @Transactional(readOnly = true)
    public PersonalOutcome outcomeToReview(CylchUser actor, UUID personId, UUID outcomeId) {
        people.held(actor, personId);
        return outcome(personId, outcomeId);
    }

    /** One outcome and every review of it, newest first, for reading. */
    public record OutcomeHistory(PersonalOutcome outcome, List<OutcomeReview> reviews) {
    }

    /**
     * One outcome's review history: the evidence, everyone's views and any disagreement, newest first. Reading it
     * is a view of the person's record, audited as one; an outcome that is not the person's is "not found", and the
     * attempt audited.
     */
    public OutcomeHistory history(CylchUser actor, UUID personId, UUID outcomeId) {
        people.held(actor, personId);
        PersonalOutcome outcome = outcome(personId, outcomeId);
        audit.record(AuditAction.VIEWED, "person", personId, "review history of outcome " + outcomeId);
        return new OutcomeHistory(outcome, reviews.findByOutcomeIdOrderByReviewedOnDescCreatedAtDesc(outcomeId));
    }

    /** All the person's reviews, newest first. Reading them is part of viewing the record (audited there). */
    @Transactional(readOnly = true)
    public List<OutcomeReview> reviewsOf(CylchUser actor, UUID personId) {
        people.held(actor, personId);
        return reviews.findByPersonIdOrderByReviewedOnDescCreatedAtDesc(personId);
    }

    /**
     * When the person's next review is due, if they have a plan or agreed outcomes and are alive: the earliest due
     * date of their outcomes ({@link ReviewSchedule}).
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextReviewDue(CylchUser actor, UUID personId) {
        Person person = people.held(actor, personId);
        if (person.died()) {
            return Optional.empty();
        }
        var planStart = plans.findFirstByPersonIdOrderByRevisionAsc(personId).map(SupportPlan::effectiveFrom)
                .orElse(null);
        Map<UUID, LocalDate> latest = new HashMap<>();
        reviews.findByPersonIdOrderByReviewedOnDescCreatedAtDesc(personId)
                .forEach(review -> latest.merge(review.outcomeId(), review.reviewedOn(),
                        (a, b) -> a.isAfter(b) ? a : b));
        var dates = outcomes.findByPersonIdOrderByAgreedOnAscIdAsc(personId).stream()
                .map(o -> new ReviewSchedule.OutcomeDates(o.agreedOn(), latest.get(o.id()))).toList();
        return schedule.nextDue(planStart, dates);
    }

    public boolean overdue(LocalDate due) {
        return schedule.overdue(due, today.date());
    }

    private PersonalOutcome outcome(UUID personId, UUID outcomeId) {
        return outcomes.findById(outcomeId).filter(o -> o.personId().equals(personId))
                .orElseThrow(() -> {
                    audit.recordRefusal("personal-outcome", outcomeId);
                    return new RecordNotFoundException("personal-outcome", outcomeId);
                });
    }
}
