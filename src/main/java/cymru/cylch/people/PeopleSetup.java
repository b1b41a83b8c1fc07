package cymru.cylch.people;

import org.springframework.context.ApplicationEventPublisher;
import cymru.cylch.outcomes.OutcomeStatementClassifier;
import cymru.cylch.outcomes.StatementKind;
import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering people as Cylch itself (the demo county), audited as the system acting for the holder, and
 * publishing the same events as the one-by-one paths (deaths, outcomes agreed and reviewed, plans made and
 * revised), so that what listens to people sees the demo county as if it had been entered by hand.
 */
@Service
@Transactional
public class PeopleSetup {

    private final People people;
    private final PersonalOutcomes outcomes;
    private final OutcomeReviews reviews;
    private final SupportPlans plans;
    private final ResourceAllocationScheme scheme;
    private final OutcomeStatementClassifier classifier;
    private final AuditLog audit;
    private final Clock clock;
    private final Today today;
    private final ApplicationEventPublisher events;

    PeopleSetup(People people, PersonalOutcomes outcomes, OutcomeReviews reviews, SupportPlans plans,
                ResourceAllocationScheme scheme, OutcomeStatementClassifier classifier, AuditLog audit, Clock clock, Today today, ApplicationEventPublisher events) {
        this.plans = plans;
        this.scheme = scheme;
        this.people = people;
        this.outcomes = outcomes;
        this.reviews = reviews;
        this.classifier = classifier;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
        this.events = events;
    }

    /** A carer or other person who matters, for {@link #register}. */
    public record Contact(String name, String relationship, boolean carer) {
    }

    /** One person to register, with at most one carer or other contact and perhaps a date of death. */
    public record NewPerson(UUID id, PersonDetails details, @Nullable Contact contact,
                            @Nullable LocalDate dateOfDeath, @Nullable UUID allocatedWorker) {
    }

    /**
     * Registers many people at once. References are drawn in one query first: a query per person would make
     * Hibernate flush the whole growing batch before each one.
     */
    public void registerAll(UUID heldBy, List<NewPerson> newPeople) {
        List<String> references = people.nextReferences(newPeople.size());
        List<Person> batch = new ArrayList<>(newPeople.size());
        for (int i = 0; i < newPeople.size(); i++) {
            NewPerson p = newPeople.get(i);
            Person person = new Person(p.id(), heldBy, references.get(i), p.details(), null, clock.instant(),
                    today.date());
            if (p.contact() != null) {
                person.addContact(p.contact().name(), p.contact().relationship(), p.contact().carer(), null, null,
                        null, clock.instant());
            }
            if (p.dateOfDeath() != null) {
                person.recordDeath(p.dateOfDeath(), null, clock.instant());
            }
            person.allocateTo(p.allocatedWorker());
            batch.add(person);
        }
        people.saveAll(batch);
        people.flush();
        audit.recordAll(new Actor(null, null, heldBy, AuditChannel.SYSTEM), AuditAction.CREATED, "person",
                batch.stream().map(p -> p.id().toString()).toList());
        batch.stream().filter(Person::died).forEach(person -> events.publishEvent(person.death()));
    }

    /** An outcome agreed in the past, with the reviews it has had since (oldest first). */
    public record PastOutcome(UUID id, UUID personId, OutcomeAgreement agreement, LocalDate agreedOn,
                              List<ReviewRecord> reviews) {
    }

    /** Records outcomes and their reviews as they happened, for the demo county's history. */
    public void agreeAll(UUID heldBy, List<PastOutcome> pastOutcomes) {
        Actor system = new Actor(null, null, heldBy, AuditChannel.SYSTEM);
        List<PersonalOutcome> agreed = new ArrayList<>();
        List<OutcomeReview> reviewed = new ArrayList<>();
        Map<String, StatementKind> kinds = new HashMap<>();
        for (PastOutcome past : pastOutcomes) {
            var kind = kinds.computeIfAbsent(past.agreement().statement(), text -> classifier.classify(text).kind());
            PersonalOutcome outcome = new PersonalOutcome(past.id(), past.personId(), heldBy, past.agreement(),
                    kind, past.agreedOn(), null, clock.instant());
            agreed.add(outcome);
            for (ReviewRecord review : past.reviews()) {
                reviewed.add(new OutcomeReview(UUID.randomUUID(), outcome, heldBy, review, null, clock.instant()));
            }
        }
        outcomes.saveAll(agreed);
        outcomes.flush();
        reviews.saveAll(reviewed);
        reviews.flush();
        audit.recordAll(system, AuditAction.CREATED, "personal-outcome",
                agreed.stream().map(o -> o.id().toString()).toList());
        audit.recordAll(system, AuditAction.CREATED, "outcome-review",
                reviewed.stream().map(r -> r.id().toString()).toList());
        // The same events as outcomes agreed and reviewed one by one, so later modules see the history too.
        Map<UUID, PersonalOutcome> byId = new HashMap<>();
        agreed.forEach(outcome -> {
            byId.put(outcome.id(), outcome);
            events.publishEvent(outcome.agreed());
        });
        reviewed.forEach(review -> events.publishEvent(review.reviewed(byId.get(review.outcomeId()))));
    }

    /** A person's support plan as it was made and revised, oldest revision first. */
    public record PastPlan(UUID personId, List<PlanDraft> revisions) {
    }

    /** The person's latest care and support plan, for setups that link to it (a demo support request). */
    @Transactional(readOnly = true)
    public Optional<SupportPlanId> latestPlan(UUID personId) {
        return plans.findFirstByPersonIdOrderByRevisionDesc(personId).map(p -> SupportPlanId.of(p.id()));
    }

    /** The council's resource allocation scheme, which past plans are scored under. */
    public ResourceAllocationScheme scheme() {
        return scheme;
    }

    /** Records support plans and their revisions as they happened, for the demo county's history. */
    public void planAll(UUID heldBy, List<PastPlan> pastPlans) {
        List<SupportPlan> made = new ArrayList<>();
        for (PastPlan past : pastPlans) {
            int revision = 1;
            for (PlanDraft draft : past.revisions()) {
                made.add(new SupportPlan(UUID.randomUUID(), past.personId(), heldBy, revision++, draft,
                        scheme.allocate(draft.needLevels()), null, clock.instant()));
            }
        }
        plans.saveAll(made);
        plans.flush();
        audit.recordAll(new Actor(null, null, heldBy, AuditChannel.SYSTEM), AuditAction.CREATED, "support-plan",
                made.stream().map(p -> p.id().toString()).toList());
        made.forEach(plan -> events.publishEvent(plan.changed()));
    }
}
