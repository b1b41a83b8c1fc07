package cymru.cylch.people;

import cymru.cylch.organisations.Colleagues;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.rules.SearchText;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding, viewing and changing people. Every method takes the acting user: a person is visible
 * only to the organisation that holds their record, anything else is "not found" and audited as refused, and
 * every view of a record is audited.
 */
@Service
@Transactional
public class PersonManagement {

    /** The reason given in the audit for each person a search showed. */
    public static final String SEARCH_RESULT = "search result";

    private final People people;
    private final PersonSearch search;
    private final Colleagues colleagues;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Today today;

    PersonManagement(People people, PersonSearch search, Colleagues colleagues, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock, Today today) {
        this.people = people;
        this.search = search;
        this.colleagues = colleagues;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.today = today;
    }

    /** Registers someone, unless the organisation holds someone with the same name and date of birth. */
    public Person register(CylchUser actor, PersonDetails details) {
        return register(actor, details, false);
    }

    /**
     * Registers someone. Unless the user has confirmed that this is not one of them, someone held by the
     * organisation with the same name and date of birth stops the registration with
     * {@link PossibleDuplicatesException}; registrations of the same name and date at once wait for each other,
     * so the second one is stopped too.
     */
    public Person register(CylchUser actor, PersonDetails details, boolean confirmedNotDuplicate) {
        checkBirth(details);
        search.lockNameAndBirth(actor.organisationId(), details.givenName(), details.familyName(),
                details.dateOfBirth());
        requireUniqueNhsNumber(actor.organisationId(), details, null);
        if (!confirmedNotDuplicate) {
            var candidates = search.sameNameAndBirth(actor.organisationId(), details.givenName(),
                    details.familyName(), details.dateOfBirth());
            if (!candidates.isEmpty()) {
                throw new PossibleDuplicatesException(candidates);
            }
        }
        Person person = new Person(UUID.randomUUID(), actor.organisationId(), people.nextReference(), details,
                actor.userId(), clock.instant(), today.date());
        if (actor.hasRole(Role.CARE_MANAGER)) {
            // Whoever registers someone starts as their worker; the caseload follows from it.
            person.allocateTo(actor.userId());
        }
        try {
            people.saveAndFlush(person);
        } catch (DataIntegrityViolationException e) {
            // Another registration with the same NHS number committed after the check above: say so, as the check
            // would have had the two come one after the other.
            throw nhsNumberTakenOr(e, details);
        }
        audit.record(AuditAction.CREATED, "person", person.id());
        return person;
    }

    /**
     * People matching the query (see {@link PersonSearch}). The query is checked first ({@link SearchText}: a
     * {@link cymru.cylch.platform.web.SearchRefusedException} when too long or holding control characters), and
     * every person found is audited as viewed, reason {@value #SEARCH_RESULT}: a search shows their name, date of
     * birth and NHS number, so the log says whose it showed, not what was typed.
     */
    public List<PersonSummary> search(CylchUser actor, String query) {
        List<PersonSummary> found = search.search(actor.organisationId(), SearchText.of(query));
        if (!found.isEmpty()) {
            audit.recordEach(AuditAction.VIEWED, "person", found.stream().map(PersonSummary::id).toList(),
                    SEARCH_RESULT);
        }
        return found;
    }

    /** The person's record, with the view audited. */
    public Person view(CylchUser actor, UUID personId) {
        Person person = held(actor, personId);
        audit.record(AuditAction.VIEWED, "person", personId);
        return person;
    }

    public void change(CylchUser actor, UUID personId, long expectedVersion, PersonDetails details) {
        Person person = held(actor, personId);
        if (person.version() != expectedVersion) {
            throw new RuleViolationException("person.changedMeanwhile");
        }
        checkBirth(details);
        requireUniqueNhsNumber(actor.organisationId(), details, personId);
        person.change(details, actor.userId(), clock.instant(), today.date());
        try {
            people.flush();
        } catch (DataIntegrityViolationException e) {
            throw nhsNumberTakenOr(e, details);
        }
        audit.record(AuditAction.CHANGED, "person", personId);
    }

    public void addContact(CylchUser actor, UUID personId, String name, String relationship, boolean carer,
                           @Nullable String telephone, @Nullable String notes) {
        Person person = held(actor, personId);
        person.addContact(name, relationship, carer, telephone, notes, actor.userId(), clock.instant());
        people.flush();
        audit.record(AuditAction.CHANGED, "person", personId, "contact added");
    }

    private void checkBirth(PersonDetails details) {
        DateBounds.birth(details.dateOfBirth(), today.date()).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
    }

    /** Records a death; other modules stop payments, agreements and reviews from {@link PersonDied}. */
    public void recordDeath(CylchUser actor, UUID personId, LocalDate dateOfDeath) {
        Person person = held(actor, personId);
        DateBounds.death(dateOfDeath, person.dateOfBirth(), today.date()).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        person.recordDeath(dateOfDeath, actor.userId(), clock.instant());
        people.flush();
        audit.record(AuditAction.CHANGED, "person", personId, "date of death recorded");
        events.publishEvent(person.death());
    }

    /**
     * Allocates the person to another care manager in the same organisation (their caseload from now on). The
     * new worker must be an enabled care manager there; anyone else is refused.
     */
    public void allocate(CylchUser actor, UUID personId, UUID worker) {
        Person person = held(actor, personId);
        var rule = new AllocationRule(colleagues.withRole(actor, Role.CARE_MANAGER).stream()
                .map(Colleagues.Colleague::userId).collect(Collectors.toSet()));
        if (!rule.moves(person.allocatedWorker(), worker)) {
            return;
        }
        person.allocateTo(worker);
        people.flush();
        audit.record(AuditAction.CHANGED, "person", personId, "allocated to another care manager");
    }

    /**
     * A person the actor's organisation holds; anyone else is "not found", and the attempt audited. For modules
     * that act on a person's record (measurement): they audit what they do with it.
     */
    public Person held(CylchUser actor, UUID personId) {
        return people.findHeld(personId, actor.organisationId()).orElseThrow(() -> {
            audit.recordRefusal("person", personId);
            return new RecordNotFoundException("person", personId);
        });
    }

    /** As {@link #held}, and keeps the person's row for this transaction, so that changes to it queue up. */
    Person heldForChange(CylchUser actor, UUID personId) {
        Person person = held(actor, personId);
        people.lockById(personId);
        return person;
    }

    private void requireUniqueNhsNumber(UUID heldBy, PersonDetails details, @Nullable UUID except) {
        if (details.nhsNumber() != null && people.nhsNumberTaken(heldBy, details.nhsNumber().value(),
                except == null ? new UUID(0, 0) : except)) {
            throw new RuleViolationException("person.nhsNumber.taken");
        }
    }

    /**
     * The rule's own words when a unique violation comes from the NHS number index (the only unique key a person's
     * details carry); otherwise the failure itself, which the web layer answers as a conflict.
     */
    private static RuntimeException nhsNumberTakenOr(DataIntegrityViolationException e, PersonDetails details) {
        return details.nhsNumber() != null && mentions(e, "person_nhs_number")
                ? new RuleViolationException("person.nhsNumber.taken") : e;
    }

    private static boolean mentions(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getNextException() != null
                    && String.valueOf(sql.getNextException().getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

}
