package cymru.cylch.people;

import cymru.cylch.organisations.Nation;
import cymru.cylch.organisations.OrganisationNations;
import cymru.cylch.outcomes.OutcomeDomain;
import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.outcomes.OutcomeStatementClassifier;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreeing personal outcomes with a person, the heart of outcome-based care planning (Model 1), each linked to a
 * domain of the national outcome framework of the organisation's nation.
 */
@Service
@Transactional
public class OutcomePlanning {

    private final PersonManagement people;
    private final PersonalOutcomes outcomes;
    private final OutcomeFrameworks frameworks;
    private final OutcomeStatementClassifier classifier;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final OrganisationNations nations;
    private final Clock clock;
    private final Today today;

    OutcomePlanning(PersonManagement people, PersonalOutcomes outcomes, OutcomeFrameworks frameworks,
                    OutcomeStatementClassifier classifier, AuditLog audit, ApplicationEventPublisher events,
                    OrganisationNations nations, Clock clock, Today today) {
        this.nations = nations;
        this.people = people;
        this.outcomes = outcomes;
        this.frameworks = frameworks;
        this.classifier = classifier;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.today = today;
    }

    /** Agrees an outcome whose words the helper reads as an outcome (or cannot read either way). */
    public PersonalOutcome agree(CylchUser actor, UUID personId, OutcomeAgreement agreement) {
        return agree(actor, personId, agreement, false);
    }

    /**
     * Agrees an outcome. The helper only advises, but when it reads the words as an output, a process or an
     * input ({@link cymru.cylch.outcomes.StatementClassification#notAnOutcome()}), the worker must confirm that they are what the person wants to achieve, in their own words
     * ({@code confirmedAsOutcome}); otherwise the outcome is refused, naming what the helper read.
     */
    public PersonalOutcome agree(CylchUser actor, UUID personId, OutcomeAgreement agreement,
                                 boolean confirmedAsOutcome) {
        Person person = people.held(actor, personId);
        if (person.died()) {
            throw new RuleViolationException("outcome.personDied");
        }
        if (frameworks.domain(agreement.domain()).filter(d -> d.framework().equals(framework(actor))).isEmpty()) {
            throw new RuleViolationException("outcome.domain.unknown");
        }
        LocalDate today = this.today.date();
        if (agreement.targetDate() != null) {
            DateBounds.target(agreement.targetDate(), today).ifPresent(problem -> {
                throw new RuleViolationException(problem);
            });
        }
        var reading = classifier.classify(agreement.statement());
        if (reading.notAnOutcome() && !confirmedAsOutcome) {
            throw new RuleViolationException("outcome.confirm." + reading.kind());
        }
        var kind = reading.kind();
        PersonalOutcome outcome = new PersonalOutcome(UUID.randomUUID(), person, agreement, kind, today,
                actor.userId(), clock.instant());
        outcomes.saveAndFlush(outcome);
        audit.record(AuditAction.CREATED, "personal-outcome", outcome.id());
        events.publishEvent(outcome.agreed());
        return outcome;
    }

    /**
     * The national outcome framework of the actor's organisation's nation, whose domains new outcomes are linked to:
     * Wales's national outcomes framework, or England's ASCOF. Outcomes stored with another framework's domain keep
     * it and still show its name.
     */
    @Transactional(readOnly = true)
    public String framework(CylchUser actor) {
        return nations.of(actor.organisationId()) == Nation.ENGLAND ? OutcomeFrameworks.ENGLAND
                : OutcomeFrameworks.WALES;
    }

    /** The domains new outcomes may be linked to: those of the organisation's own nation's framework. */
    @Transactional(readOnly = true)
    public List<OutcomeDomain> domainsFor(CylchUser actor) {
        return frameworks.domainsOf(framework(actor));
    }

    /** The person's outcomes, oldest first. Reading them is part of viewing the record (audited there). */
    @Transactional(readOnly = true)
    public List<PersonalOutcome> outcomesOf(CylchUser actor, UUID personId) {
        people.held(actor, personId);
        return outcomes.findByPersonIdOrderByAgreedOnAscIdAsc(personId);
    }
}
